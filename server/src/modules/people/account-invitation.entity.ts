import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../user/user.entity';

/**
 * An invitation to an account the quality officer made for someone of the organisation. The invited person
 * chooses their own password through a single-use link; only the SHA-256 of the link's token is stored, so
 * neither a database leak nor the inviter reading the table can take the account over.
 */
@ObjectType({ description: 'An invitation to a new account of your organisation.' })
@Entity()
export class AccountInvitation extends BaseEntity<'acceptedAt' | 'revokedAt'> {
  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  person!: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedBy?: Ref<User> | null;

  @Property({ type: 'text', unique: true, hidden: true })
  tokenHash!: string;

  @Field({ description: 'The link works until then.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the person chose their password; the link no longer works.' })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  /** Set when a newer invitation to the same person replaced this one. */
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /**
   * The link, in the answer to the request that made it and only when LabelCycle mails nothing: then the
   * inviter hands it over. Never stored; a retry of the same request answers without it.
   */
  @Field(() => String, { nullable: true, description: 'The single-use link to hand over; only in the answer that made it, and only when no mail is sent.' })
  link?: string | null;
}
