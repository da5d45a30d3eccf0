import { DecimalType, Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { FrameworkVersion } from '../framework/framework-version.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import {
  ADVICES,
  AuditAdvice,
  CertificationDecision,
  CyclePhase,
  CycleStep,
  CycleVariant,
  DECISIONS,
  PHASES,
  STEPS,
  VARIANTS,
  type Advice,
  type Decision,
  type Phase,
  type Step,
  type Variant,
} from './cycle-enums';
import type { VariantChoiceRecord } from '../../../../workflows/src/rules';

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
@Index({ properties: ['certifyingInstitution'] })
@Index({ properties: ['leadAuditor'] })
@Index({ properties: ['coAuditor'] })
@Index({ properties: ['overdue', 'dueAt'] })
export class Cycle extends BaseEntity<
  | 'phase'
  | 'seq'
  | 'phaseChangedAt'
  | 'selfEvaluationLockedAt'
  | 'closedAt'
  | 'step'
  | 'overdue'
  | 'dueAt'
  | 'proposedAuditDates'
> {
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

  @Field(() => CycleStep, { nullable: true })
  @Enum({ items: () => [...STEPS], nullable: true })
  step: Step | null = null;

  /** The cycle this one renews; set when it was opened for recertification. */
  @ManyToOne(() => Cycle, { ref: true, nullable: true, unique: true })
  previousCycle: Ref<Cycle> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the running deadline falls due.' })
  @Property({ type: 'timestamptz', nullable: true })
  dueAt: Date | null = null;

  @Field({ description: 'True once the running deadline has passed.' })
  @Property({ type: 'boolean', default: false })
  overdue: boolean = false;

  @ManyToOne(() => CertifyingInstitution, { ref: true, nullable: true })
  certifyingInstitution: Ref<CertifyingInstitution> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  leadAuditor: Ref<User> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  coAuditor: Ref<User> | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 1, nullable: true })
  auditDays: number | null = null;

  @Field(() => Float, { nullable: true, description: "Audit days from the scheme's FTE table." })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 1, nullable: true })
  auditDaysComputed: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  auditDaysOverrideReason: string | null = null;

  @Field(() => [String])
  @Property({ type: 'text[]', default: '{}' })
  proposedAuditDates: string[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  confirmedAuditDate: string | null = null;

  @Field(() => AuditAdvice, { nullable: true })
  @Enum({ items: () => [...ADVICES], nullable: true })
  advice: Advice | null = null;

  @Field(() => CertificationDecision, { nullable: true })
  @Enum({ items: () => [...DECISIONS], nullable: true })
  decision: Decision | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  /** The decision tree's answers and recommendation, stored when preparation completes with a choice. */
  @Property({ type: 'json', nullable: true })
  variantChoice: VariantChoiceRecord | null = null;
}
