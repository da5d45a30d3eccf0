import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ImprovementPlanReview, PLAN_REVIEWS, type PlanReview } from '../cycle/cycle-enums';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';

/** The lead auditor's verdict on a submitted improvement plan; one row per review, written by the projection. */
@ObjectType('ImprovementPlanReviewRecord')
@Entity({ tableName: 'improvement_plan_review' })
@Unique({ properties: ['cycle', 'seq'] })
export class PlanReviewRecord extends BaseEntity {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  /** The transition that recorded it. */
  @Property({ type: 'int' })
  seq!: number;

  @Field(() => ImprovementPlanReview)
  @Enum({ items: () => [...PLAN_REVIEWS] })
  review!: PlanReview;

  @Field()
  @Property({ type: 'text' })
  comments!: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  reviewer!: Ref<User> | null;

  @Field()
  @Property({ type: 'timestamptz' })
  at!: Date;
}
