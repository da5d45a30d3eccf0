import { DecimalType, Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { FrameworkVersion } from '../framework/framework-version.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { CyclePhase, CycleVariant, PHASES, VARIANTS, type Phase, type Variant } from './cycle-enums';

/**
 * A certification cycle: the preparation content the organisation gave, plus the projection of the
 * workflow's state (phase, seq), written only by the projection activity.
 */
@ObjectType()
@Entity({ tableName: 'cycle' })
// At most one open cycle per organisation: a second startCycle finds the first instead of racing it.
@Unique({
  name: 'cycle_one_open_per_organisation',
  expression: 'create unique index "cycle_one_open_per_organisation" on "cycle" ("organisation_id") where "closed_at" is null',
})
@Index({ properties: ['phase'] })
@Index({ properties: ['organisation'] })
// Keyset pagination of cycle lists walks this index, newest first.
@Index({ properties: ['createdAt', 'id'] })
export class Cycle extends BaseEntity<'phase' | 'seq' | 'phaseChangedAt' | 'selfEvaluationLockedAt' | 'closedAt'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Index()
  @ManyToOne(() => FrameworkVersion, { ref: true })
  frameworkVersion!: Ref<FrameworkVersion>;

  @ManyToOne(() => User, { ref: true })
  startedBy!: Ref<User>;

  @Field(() => CycleVariant)
  @Enum({ items: () => [...VARIANTS] })
  variant!: Variant;

  @Field({ description: 'True when the whole organisation is in scope; otherwise scopeUnits names the units.' })
  @Property({ type: 'boolean' })
  wholeOrganisation!: boolean;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  scopeUnits!: string[];

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), precision: 8, scale: 2 })
  fte!: number;

  @Field(() => CyclePhase)
  @Enum({ items: () => [...PHASES], default: 'PREPARATION' })
  phase: Phase = 'PREPARATION';

  /** Sequence number of the last projected transition; a transition with a lower number is stale. */
  @Property({ type: 'int', default: 0 })
  seq: number = 0;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  phaseChangedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  selfEvaluationLockedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}
