import { Entity, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { ProgrammeSlot } from '../../../../workflows/src/rules';
import { BaseEntity } from '../../common/base.entity';
import { RevisionColumn } from '../../common/revision';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';

/**
 * The programme of a cycle's audit day(s): interview slots with the groups the scheme names, who is
 * interviewed, the norms each slot covers and the auditors who hold it. One per cycle; it belongs to the
 * cycle and names auditors as users, so every assessment path that visits an organisation can plan with it.
 * The slots are saved and replaced as a whole, so they live in one JSON column beside the confirmation.
 */
@ObjectType({ description: "The audit programme of a cycle: the interview slots of its audit day(s), and the organisation's confirmation." })
@Entity({ tableName: 'audit_programme' })
export class AuditProgramme extends BaseEntity<'slots' | 'updatedAt' | 'revision' | 'confirmedBy' | 'confirmedAt'> {
  @OneToOne(() => Cycle, { ref: true, owner: true, deleteRule: 'cascade', unique: true })
  cycle!: Ref<Cycle>;

  /** In the order of day and start time. */
  @Property({ type: 'json', default: '[]' })
  slots: ProgrammeSlot[] = [];

  @RevisionColumn('Counts the saves of the slots, from 1 (a confirmation is no save); an edit names the one it started from as expectedRevision.')
  revision: number = 1;

  @ManyToOne(() => User, { ref: true })
  savedBy!: Ref<User>;

  @Field({ description: 'When the slots were last saved.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  /** Who confirmed the programme for the organisation; saving the slots again clears it. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  confirmedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the organisation confirmed this programme; null until then, and again after a change.' })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;
}
