import { isLinkFixed, LINK_AREA, type Phase } from '../../../../workflows/src/rules';
import { DomainError } from '../../common/errors';
import { assertContentOpen, contentPosition, type ProjectedPosition } from '../../common/phase-guard';

/** What a piece of evidence can be linked to, in a cycle. */
export type LinkTarget = keyof typeof LINK_AREA;

export type CyclePosition = ProjectedPosition;

/** Whether a link made in `linkedInPhase` is fixed now; the rule is the process model's (isLinkFixed). */
export function isLinkLocked(linkedInPhase: Phase, cycle: CyclePosition, actionDone = false): boolean {
  return isLinkFixed(linkedInPhase, contentPosition(cycle), actionDone);
}

export const lockedLinkRefusal = (action: string) =>
  new DomainError(
    'LOCKED',
    `This evidence belongs to a phase that was submitted, so it can no longer be ${action}. You can add a new version; the old one stays available.`,
  );

/**
 * The phase a new link to `target` belongs to, or the model's refusal for its content window. A done action
 * takes no new evidence: what it proved is settled.
 */
export function phaseForNewLink(target: LinkTarget, cycle: CyclePosition, actionDone = false): Phase {
  assertContentOpen(cycle, LINK_AREA[target]);
  if (target === 'IMPROVEMENT_ACTION' && cycle.phase !== 'IMPROVEMENT_PLAN' && actionDone) {
    throw new DomainError('LOCKED', 'This action is done; evidence can no longer be linked to it.');
  }
  return cycle.phase;
}
