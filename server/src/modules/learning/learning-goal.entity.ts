import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Competency } from '../framework/competency.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';

export enum LearningGoalStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ACHIEVED = 'ACHIEVED',
  PAUSED = 'PAUSED',
}
registerEnumType(LearningGoalStatus, { name: 'LearningGoalStatus' });

@ObjectType({ description: 'One step towards a learning goal.' })
export class LearningGoalStep {
  @Field()
  text!: string;

  @Field()
  done!: boolean;
}

@ObjectType({ description: 'What the professional noticed on a day, in their own words.' })
export class LearningGoalReflection {
  @Field({ description: 'The day (YYYY-MM-DD).' })
  date!: string;

  @Field()
  text!: string;
}

/**
 * A goal a professional set for their own learning. Private: only its owner reads and changes it; the owner may
 * let the team leads of their teams read it. Steps and reflections belong to the goal alone and are always read
 * and written with it, so they are kept in the row itself.
 */
@ObjectType()
@Entity({ tableName: 'learning_goal' })
@Index({ properties: ['person', 'createdAt', 'id'] })
export class LearningGoal extends BaseEntity<'description' | 'status' | 'sharedWithTeamLead' | 'steps' | 'reflections' | 'updatedAt'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true })
  person!: Ref<User>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'May be empty.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => LearningGoalStatus)
  @Enum({ items: () => LearningGoalStatus, nativeEnumName: 'learning_goal_status', default: LearningGoalStatus.PLANNED })
  status: LearningGoalStatus = LearningGoalStatus.PLANNED;

  @Field({ description: 'True when the owner lets the team leads of their teams read the goal.' })
  @Property({ default: false })
  sharedWithTeamLead: boolean = false;

  @Field(() => [LearningGoalStep])
  @Property({ type: 'json', default: '[]' })
  steps: LearningGoalStep[] = [];

  @Field(() => [LearningGoalReflection])
  @Property({ type: 'json', default: '[]' })
  reflections: LearningGoalReflection[] = [];

  @Field({ description: 'When the goal was last saved.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @ManyToMany(() => Competency, undefined, { pivotTable: 'learning_goal_competency', owner: true })
  competencies = new Collection<Competency>(this);
}
