import { DecimalType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';

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
export class LearningEntry extends BaseEntity<'theme' | 'goal'> {
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
}
