import { FINAL_PHASES, PHASES } from '../../../../workflows/src/rules';
import { DomainError } from '../../common/errors';
import { assertContentOpen } from '../../common/phase-guard';
import type { Phase, Step } from '../cycle/cycle-enums';

/** What a piece of evidence can be linked to, in a cycle. */
export type LinkTarget = 'NORM' | 'SELF_EVALUATION_ANSWER' | 'INTERNAL_AUDIT_FINDING' | 'IMPROVEMENT_ACTION';

export interface CyclePosition {
  phase: Phase;
  step: Step | null;
  selfEvaluationLockedAt: Date | string | null;
}

const isAfter = (phase: Phase, than: Phase) => PHASES.indexOf(phase) > PHASES.indexOf(than);

/**
 * Whether the phase a link was made in has been submitted, which fixes the link (PRODUCT.md §3: what was
 * submitted cannot change; a new version of the file can still be added). Self-evaluation: once its answers
 * are locked. Internal audit: once the cycle moved past it. Improvement plan: once submitted (any step but
 * DRAFTING) or past. Evidence added while tracking an action (decision, certified): once the action is done
 * or the cycle has ended.
 */
export function isLinkLocked(linkedInPhase: Phase, cycle: CyclePosition, actionDone = false): boolean {
  switch (linkedInPhase) {
    case 'PREPARATION':
    case 'SELF_EVALUATION':
      return cycle.selfEvaluationLockedAt !== null || isAfter(cycle.phase, 'SELF_EVALUATION');
    case 'INTERNAL_AUDIT':
      return isAfter(cycle.phase, 'INTERNAL_AUDIT');
    case 'EXTERNAL_AUDIT':
    case 'IMPROVEMENT_PLAN':
      return isAfter(cycle.phase, 'IMPROVEMENT_PLAN') || (cycle.phase === 'IMPROVEMENT_PLAN' && cycle.step !== 'DRAFTING');
    default:
      return actionDone || FINAL_PHASES.includes(cycle.phase);
  }
}

export const lockedLinkRefusal = (action: string) =>
  new DomainError(
    'LOCKED',
    `This evidence belongs to a phase that was submitted, so it can no longer be ${action}. You can add a new version; the old one stays available.`,
  );

/**
 * The phase a new link to `target` belongs to, or a refusal that says where such links can be made:
 * norms and answers during the self-evaluation, findings during the internal audit, actions while the plan
 * is drafted and while accepted actions are tracked (not once an action is done).
 */
export function phaseForNewLink(target: LinkTarget, cycle: CyclePosition, actionDone = false): Phase {
  switch (target) {
    case 'NORM':
    case 'SELF_EVALUATION_ANSWER':
      if (cycle.selfEvaluationLockedAt !== null) {
        throw new DomainError('LOCKED', 'The self-evaluation was submitted; evidence can no longer be linked to its norms and answers.');
      }
      assertContentOpen(cycle, 'Evidence can be linked to norms and answers', [{ phase: 'SELF_EVALUATION' }]);
      return 'SELF_EVALUATION';
    case 'INTERNAL_AUDIT_FINDING':
      assertContentOpen(cycle, 'Evidence can be linked to internal-audit findings', [{ phase: 'INTERNAL_AUDIT' }]);
      return 'INTERNAL_AUDIT';
    case 'IMPROVEMENT_ACTION':
      assertContentOpen(cycle, 'Evidence can be linked to improvement actions', [
        { phase: 'IMPROVEMENT_PLAN', steps: ['DRAFTING'] },
        { phase: 'DECISION' },
        { phase: 'CERTIFIED' },
      ]);
      if (cycle.phase !== 'IMPROVEMENT_PLAN' && actionDone) {
        throw new DomainError('LOCKED', 'This action is done; evidence can no longer be linked to it.');
      }
      return cycle.phase;
  }
}
