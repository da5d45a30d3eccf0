import { registerEnumType } from 'type-graphql';
import {
  ADVICES,
  DECISIONS,
  PARTIES,
  PHASES,
  PLAN_REVIEWS,
  SCORES,
  STAGES,
  STEPS,
  VARIANTS,
  type Advice,
  type Decision,
  type Party,
  type Phase,
  type PlanReview,
  type Score,
  type Stage,
  type Step,
  type Variant,
} from '../../../../workflows/src/rules';

/** GraphQL enums built from the process rules, so the API and the workflow cannot drift apart. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const CyclePhase = enumObject<Phase>(PHASES);
export const CycleVariant = enumObject<Variant>(VARIANTS);
export const NormScore = enumObject<Score>(SCORES);
export const CycleStep = enumObject<Step>(STEPS);
export const AuditAdvice = enumObject<Advice>(ADVICES);
export const CertificationDecision = enumObject<Decision>(DECISIONS);
export const ImprovementPlanReview = enumObject<PlanReview>(PLAN_REVIEWS);
export const CycleStage = enumObject<Stage>(STAGES);
export const WaitingParty = enumObject<Party>(PARTIES);
export const TimelineStepStatus = enumObject(['DONE', 'CURRENT', 'UPCOMING'] as const);

registerEnumType(CyclePhase, { name: 'CyclePhase', description: 'Where a certification cycle stands.' });
registerEnumType(CycleVariant, { name: 'CycleVariant' });
registerEnumType(CycleStep, { name: 'CycleStep', description: 'Where a phase stands inside itself: who acts next.' });
registerEnumType(AuditAdvice, { name: 'AuditAdvice' });
registerEnumType(CertificationDecision, { name: 'CertificationDecision' });
registerEnumType(ImprovementPlanReview, { name: 'ImprovementPlanReview' });
registerEnumType(CycleStage, { name: 'CycleStage', description: 'The stages of a cycle, as shown on its timeline.' });
registerEnumType(WaitingParty, { name: 'WaitingParty', description: 'Who is to act next in a cycle.' });
registerEnumType(TimelineStepStatus, { name: 'StepStatus' });
registerEnumType(NormScore, {
  name: 'NormScore',
  description: 'MEETS = voldoet, PARTLY_MEETS = voldoet deels, DOES_NOT_MEET = voldoet niet.',
});

export { ADVICES, DECISIONS, PHASES, PLAN_REVIEWS, SCORES, STEPS, VARIANTS };
export type { Advice, Decision, Phase, PlanReview, Score, Step, Variant };
