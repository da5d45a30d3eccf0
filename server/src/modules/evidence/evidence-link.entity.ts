import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { CyclePhase, PHASES, type Phase } from '../cycle/cycle-enums';
import { Cycle } from '../cycle/cycle.entity';
import { Norm } from '../framework/norm.entity';
import { ImprovementAction } from '../improvement-plan/improvement-action.entity';
import { InternalAuditFinding } from '../internal-audit/internal-audit-finding.entity';
import { SelfEvaluationAnswer } from '../self-evaluation/self-evaluation-answer.entity';
import { User } from '../user/user.entity';
import { Evidence } from './evidence.entity';

/**
 * Evidence linked, in one cycle, to exactly one thing: a norm, a self-evaluation answer, an internal-audit
 * finding or an improvement action. The cycle is on every link because access (who may download) and
 * immutability (is the phase it was linked in submitted?) are both decided per cycle.
 */
@ObjectType()
@Entity({ tableName: 'evidence_link' })
// Written the way PostgreSQL prints it back, so the migration differ sees no change where there is none.
@Check({
  name: 'evidence_link_one_target',
  expression: 'num_nonnulls(norm_id, self_evaluation_answer_id, internal_audit_finding_id, improvement_action_id) = 1',
})
// One link per evidence, cycle and target. Exactly one target column is set (the check above), so the
// coalesce is that target; linking again finds the existing row ("on conflict do nothing").
@Unique({
  name: 'evidence_link_target_unique',
  expression:
    'create unique index "evidence_link_target_unique" on "evidence_link" ("evidence_id", "cycle_id", coalesce("norm_id", "self_evaluation_answer_id", "internal_audit_finding_id", "improvement_action_id"))',
})
@Index({ properties: ['cycle'] })
@Index({ properties: ['evidence'] })
export class EvidenceLink extends BaseEntity<'norm' | 'selfEvaluationAnswer' | 'internalAuditFinding' | 'improvementAction' | 'carriedOver'> {
  @ManyToOne(() => Evidence, { ref: true, deleteRule: 'cascade' })
  evidence!: Ref<Evidence>;

  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @ManyToOne(() => Norm, { ref: true, nullable: true, deleteRule: 'cascade' })
  norm: Ref<Norm> | null = null;

  @ManyToOne(() => SelfEvaluationAnswer, { ref: true, nullable: true, deleteRule: 'cascade' })
  selfEvaluationAnswer: Ref<SelfEvaluationAnswer> | null = null;

  @ManyToOne(() => InternalAuditFinding, { ref: true, nullable: true, deleteRule: 'cascade' })
  internalAuditFinding: Ref<InternalAuditFinding> | null = null;

  /** Cascade: an action deleted while the plan is drafted takes its (then unlocked) links along. */
  @ManyToOne(() => ImprovementAction, { ref: true, nullable: true, deleteRule: 'cascade' })
  improvementAction: Ref<ImprovementAction> | null = null;

  @Field(() => CyclePhase, { description: 'The phase the link belongs to; once that phase is submitted the link is locked.' })
  @Enum({ items: () => [...PHASES] })
  linkedInPhase!: Phase;

  @Field({ description: 'True when the link came over from the previous cycle with a "still valid" confirmation.' })
  @Property({ type: 'boolean', default: false })
  carriedOver: boolean = false;

  @ManyToOne(() => User, { ref: true })
  linkedBy!: Ref<User>;
}
