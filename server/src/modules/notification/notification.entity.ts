import type { ProcessMessage } from '../../../../workflows/src/activities';
import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';

/** An in-app message to one person (reminder, escalation, something to act on). */
@ObjectType()
@Entity({ tableName: 'notification' })
// A retried notify activity finds its rows by (user, cycle, key) and adds nothing. The key is per cycle
// ("draft#7"), so the cycle is part of it: the sector body hears of step 7 of every cycle, not only the first.
@Unique({ properties: ['user', 'cycle', 'key'] })
@Index({ properties: ['user', 'createdAt'] })
export class Notification extends BaseEntity<'readAt' | 'body' | 'asksToAct' | 'supersededAt'> {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne(() => Cycle, { ref: true, nullable: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle> | null;

  @Property({ type: 'text' })
  key!: string;

  @Field({ description: 'REMINDER, OVERDUE, TRANSITION, RECERTIFICATION, EXPIRED, INVITATION (to answer as a respondent), LEARNING (the learning year: overviews, scan rounds, the year report), or SECURITY (about your account, not a cycle).' })
  @Property({ type: 'text' })
  kind!: string;

  /** The Dutch wording (mail uses it too); the api words `message` in the reader's language. */
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', default: '' })
  body: string = '';

  /** What the notification says, as the workflow reported it; null on notifications from before codes. */
  @Property({ type: 'jsonb', nullable: true })
  message: ProcessMessage | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  readAt: Date | null = null;

  /**
   * Whether the step it reports waits on this reader (see notice-category.ts); kinds that are always or never
   * about acting decide without it.
   */
  @Property({ type: 'boolean', default: false })
  asksToAct: boolean = false;

  /**
   * When a newer notice on the same occasion of the same cycle replaced it (dates proposed again, a new
   * reminder for the same term): it is then no longer listed or counted, so no one sees two of the same.
   */
  @Property({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null = null;
}
