import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Cycle } from '../cycle/cycle.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';

/**
 * One stored evidence file of an organisation: its metadata here, its bytes in the evidence storage under
 * `storageKey` (a content address). Rows are never updated after the upload except to join a version chain,
 * so what an auditor saw stays what it was.
 */
@ObjectType()
@Entity({ tableName: 'evidence' })
// The same content uploaded twice by one organisation is stored once; the upload inserts "on conflict do
// nothing" against this index, so two simultaneous uploads of one file still make one row.
@Unique({ properties: ['organisation', 'sha256'] })
// The library pages newest first per organisation with keyset cursors.
@Index({ properties: ['organisation', 'createdAt', 'id'] })
export class Evidence extends BaseEntity<'uploadedForCycle' | 'previousVersion'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true })
  uploadedBy!: Ref<User>;

  /** The cycle the upload was made for, when the client said so; only context, access goes by links. */
  @ManyToOne(() => Cycle, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedForCycle: Ref<Cycle> | null = null;

  @Field({
    description:
      'The file name it is stored and offered under: no folders, no control characters, at most 200 characters, and a name ' +
      'ending in an executable or active extension gets the extension of its type added (rapport.html becomes rapport.html.txt).',
  })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The name as uploaded (only sanitised); differs from name when that was made safe.' })
  @Property({ type: 'text' })
  originalName!: string;

  @Field({ description: 'The media type, decided from the content (magic bytes), not from the name.' })
  @Property({ type: 'text' })
  type!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  @Field({ description: 'SHA-256 of the content, lower-case hex.' })
  @Property({ type: 'text' })
  sha256!: string;

  /** Where the bytes are in the storage: `<organisationId>/<sha256>`. */
  @Property({ type: 'text' })
  storageKey!: string;

  /** Shared by every version of one document: the ID of its first version. */
  @Index()
  @Property({ type: 'uuid' })
  documentId!: string;

  /**
   * The version this one replaces. Unique: a version has at most one successor, so the chain cannot fork.
   * No action on delete: a version that has a successor cannot be deleted, so no chain is cut.
   */
  @ManyToOne(() => Evidence, { ref: true, nullable: true, unique: true, deleteRule: 'no action' })
  previousVersion: Ref<Evidence> | null = null;
}
