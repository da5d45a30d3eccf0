import { DecimalType, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { LearningSession } from './learning-session.entity';

export enum LearningKind {
  TRAINING = 'TRAINING',
  INTERVISION = 'INTERVISION',
  READING = 'READING',
  SHADOWING = 'SHADOWING',
  TEAM_SESSION = 'TEAM_SESSION',
  OTHER = 'OTHER',
}
registerEnumType(LearningKind, { name: 'LearningKind' });

/** Time a professional spent learning, registered by themselves; nobody else reads it one by one. */
@ObjectType()
@Entity({ tableName: 'learning_entry' })
@Index({ properties: ['person', 'createdAt', 'id'] })
@Index({ properties: ['organisation', 'date'] })
// A person gets a session's hours once, whatever retries or repeated recordings of its attendance happen.
@Unique({ properties: ['session', 'person'] })
export class LearningEntry extends BaseEntity<'theme' | 'goal' | 'session'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true })
  person!: Ref<User>;

  @Field({ description: 'The day of the learning (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Float, { description: 'Hours, in quarters of an hour.' })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  hours!: number;

  @Field(() => LearningKind)
  @Enum({ items: () => LearningKind, nativeEnumName: 'learning_kind' })
  kind!: LearningKind;

  @Field({ description: 'What it was about; may be empty.' })
  @Property({ type: 'text', default: '' })
  theme: string = '';

  @Field({ description: 'The learning goal it served; may be empty.' })
  @Property({ type: 'text', default: '' })
  goal: string = '';

  /** The session whose attendance gave this entry; null for time the person registered themselves. */
  @ManyToOne(() => LearningSession, { ref: true, nullable: true, deleteRule: 'set null' })
  session: Ref<LearningSession> | null = null;
}
