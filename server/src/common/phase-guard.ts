import { contentRefusal, type ContentArea, type Phase, type Refusal, type Step } from '../../../workflows/src/rules';
import { DomainError } from './errors';

/** The model's refusal as the error a mutation answers with (its field and details included). */
export function refusalError(refusal: Refusal): DomainError {
  return new DomainError(refusal.code, refusal.message, refusal.field, refusal.details);
}

/** Throws the model's refusal, if it gave one. */
export function assertNoRefusal(refusal: Refusal | null): void {
  if (refusal) throw refusalError(refusal);
}

/** The cycle facts a content window looks at, as the projection stores them. */
export interface ProjectedPosition {
  phase: Phase;
  step: Step | null;
  selfEvaluationLockedAt: Date | string | null;
}

export const contentPosition = (cycle: ProjectedPosition) => ({
  phase: cycle.phase,
  step: cycle.step,
  selfEvaluationLocked: cycle.selfEvaluationLockedAt !== null,
});

/**
 * Content (answers, audits, findings, actions, links) is written straight to the database, not through the
 * workflow, so the guard is the projected position of the cycle, judged by the process model's content
 * windows. `what` rewords the refusal for one operation of the area.
 */
export function assertContentOpen(cycle: ProjectedPosition, area: ContentArea, what?: string): void {
  assertNoRefusal(contentRefusal(area, contentPosition(cycle), what));
}
