import type { CycleStage, CycleStep, CycleTimelineFragment, StepStatus } from '../../gql/graphql';

/** The external audit's steps in order; the final report completes the phase. */
export const EXTERNAL_AUDIT_STEPS: readonly CycleStep[] = [
  'AWAITING_ENGAGEMENT',
  'ENGAGEMENT_REQUESTED',
  'SCHEDULING',
  'DATES_PROPOSED',
  'AUDITING',
  'AWAITING_REPLY',
  'REPLIED',
];

export type MeasureKey =
  | 'done'
  | 'upcoming'
  | 'busy'
  | 'norms'
  | 'internalAudits'
  | 'noInternalAudits'
  | 'externalSteps'
  | 'points'
  | 'awaitingDecision'
  | 'actionsDone'
  | 'certified';

export interface Measure {
  value: number;
  max: number;
  key: MeasureKey;
  params?: { done: number; total: number };
}

const DONE: Measure = { value: 1, max: 1, key: 'done' };
const count = (done: number, total: number, key: MeasureKey): Measure => ({ value: done, max: total, key, params: { done, total } });

/**
 * How far one stage of the cycle is, from what the cycle already carries: norms scored, internal audits
 * settled, steps of the external audit taken, improvement points answered, actions carried out.
 */
export function measureOf(stage: CycleStage, status: StepStatus, cycle: CycleTimelineFragment): Measure {
  if (status === 'UPCOMING') return { value: 0, max: 1, key: 'upcoming' };
  const finished = status === 'DONE';
  switch (stage) {
    case 'SELF_EVALUATION':
      return count(cycle.progress.done, cycle.progress.total, 'norms');
    case 'INTERNAL_AUDIT': {
      const audits = cycle.internalAudits;
      if (audits.length === 0) return finished ? DONE : { value: 0, max: 1, key: 'noInternalAudits' };
      return count(audits.filter((a) => a.status !== 'PLANNED').length, audits.length, 'internalAudits');
    }
    case 'EXTERNAL_AUDIT': {
      const total = EXTERNAL_AUDIT_STEPS.length;
      const taken = finished || !cycle.step ? total : Math.max(0, EXTERNAL_AUDIT_STEPS.indexOf(cycle.step));
      return count(finished ? total : taken, total, 'externalSteps');
    }
    case 'IMPROVEMENT_PLAN': {
      const points = cycle.improvementPoints;
      if (points.length > 0) return count(points.filter((p) => p.covered).length, points.length, 'points');
      return finished ? DONE : { value: 0, max: 1, key: 'busy' };
    }
    case 'DECISION':
      return finished ? DONE : { value: 0, max: 1, key: 'awaitingDecision' };
    case 'CERTIFIED': {
      const actions = cycle.improvementActions;
      if (actions.length > 0) return count(actions.filter((a) => a.status === 'DONE').length, actions.length, 'actionsDone');
      return { value: 1, max: 1, key: 'certified' };
    }
    default:
      return finished ? DONE : { value: 0, max: 1, key: 'busy' };
  }
}
