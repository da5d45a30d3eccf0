import { DecimalType, Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { Team } from './team.entity';

/**
 * The organisation's learning norm and the privacy threshold, as set at one moment. A change adds a row; the
 * newest row counts, so the history of the norm is the rows themselves.
 */
@ObjectType()
@Entity({ tableName: 'learning_settings' })
@Index({ properties: ['organisation', 'createdAt', 'id'] })
export class LearningSettings extends BaseEntity {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Field(() => Float, { description: 'The share of contract hours offered for learning, in percent (for example 10).' })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  normPercent!: number;

  @Field(() => Int, { description: 'A team month shows figures only when at least this many people registered time in it.' })
  @Property({ type: 'int' })
  minContributors!: number;

  @ManyToOne(() => User, { ref: true })
  setBy!: Ref<User>;
}

/** A learning budget in hours for one year, of a team or of a person; a change adds a row, the newest counts. */
@ObjectType()
@Entity({ tableName: 'learning_budget' })
@Index({ properties: ['organisation', 'year', 'createdAt'] })
export class LearningBudget extends BaseEntity<'teamId' | 'personId'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => Team, { ref: true, nullable: true })
  team?: Ref<Team>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  person?: Ref<User>;

  @Field(() => Int)
  @Property({ type: 'int' })
  year!: number;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), precision: 8, scale: 2 })
  hours!: number;

  @ManyToOne(() => User, { ref: true })
  setBy!: Ref<User>;

  @Field(() => ID, { nullable: true })
  get teamId(): string | null {
    return this.team?.id ?? null;
  }

  @Field(() => ID, { nullable: true })
  get personId(): string | null {
    return this.person?.id ?? null;
  }
}

/** A person's contract hours per week from a moment on; a change adds a row, the newest counts. */
@ObjectType()
@Entity({ tableName: 'contract_hours' })
@Index({ properties: ['person', 'createdAt'] })
export class ContractHours extends BaseEntity<'personId'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true })
  person!: Ref<User>;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  hoursPerWeek!: number;

  @ManyToOne(() => User, { ref: true })
  setBy!: Ref<User>;

  @Field(() => ID)
  get personId(): string {
    return this.person.id;
  }
}

/** The team lead's note beside a team's figures for one month: one per team and month, rewritten in place. */
@ObjectType()
@Entity({ tableName: 'learning_context_note' })
@Unique({ properties: ['team', 'month'] })
export class LearningContextNote extends BaseEntity<'updatedAt'> {
  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team!: Ref<Team>;

  @Field({ description: 'The month (YYYY-MM).' })
  @Property({ type: 'text' })
  month!: string;

  @Field()
  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => User, { ref: true })
  writtenBy!: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
