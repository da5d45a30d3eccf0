import { DecimalType, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { LearningTheme } from './learning-theme.entity';
import { Team } from './team.entity';

export enum LearningSessionKind {
  /** Learning together in or across teams (a theme session, an intervision round). */
  SESSION = 'SESSION',
  /** A training the organisation arranges centrally, often with a trainer from outside. */
  CENTRAL_TRAINING = 'CENTRAL_TRAINING',
}
registerEnumType(LearningSessionKind, { name: 'LearningSessionKind' });

/**
 * A session or central training the learning coordinator plans, often from a theme of the agenda, with the
 * people of the organisation taking part. After its day the coordinator records who attended; each attendee
 * then has the session's hours as learning time of their own (docs/learning.md).
 */
@ObjectType()
@Entity({ tableName: 'learning_session' })
// The coordinator's list, newest day first; one index serves every page of it.
@Index({ properties: ['organisation', 'date', 'id'] })
export class LearningSession extends BaseEntity<'theme' | 'team' | 'plannedBy' | 'attendanceRecordedAt'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  /** The agenda theme it serves, if any; the session stays when the theme goes. */
  @ManyToOne(() => LearningTheme, { ref: true, nullable: true, deleteRule: 'set null' })
  theme: Ref<LearningTheme> | null = null;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => LearningSessionKind)
  @Enum({ items: () => LearningSessionKind, nativeEnumName: 'learning_session_kind' })
  kind!: LearningSessionKind;

  @Field({ description: 'The day of the session (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Float, { description: 'Hours, in quarters of an hour; what each attendee gets as learning time.' })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  hours!: number;

  /** The team it is for, if any; its people are the participants when none are named. */
  @ManyToOne(() => Team, { ref: true, nullable: true })
  team: Ref<Team> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  plannedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true, description: 'When attendance was last recorded; null while it was not.' })
  @Property({ type: 'timestamptz', nullable: true })
  attendanceRecordedAt: Date | null = null;
}

/**
 * A person taking part in a session, and whether they attended. Attending is what gives them the learning
 * entry; the entry points back at the session (`LearningEntry.session`), one per session and person.
 */
@Entity({ tableName: 'learning_session_participant' })
@Unique({ properties: ['session', 'person'] })
export class LearningSessionParticipant extends BaseEntity<'attended'> {
  @ManyToOne(() => LearningSession, { ref: true, deleteRule: 'cascade' })
  session!: Ref<LearningSession>;

  @Index()
  @ManyToOne(() => User, { ref: true })
  person!: Ref<User>;

  @Property({ default: false })
  attended: boolean = false;
}
