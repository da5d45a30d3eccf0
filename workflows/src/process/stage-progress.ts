import type { Stage, Step, StepStatus } from './phases';

/**
 * How far one stage of the cycle is, for the timeline's progress bars: norms scored, internal audits
 * settled, steps of the external audit taken, improvement points answered, actions carried out. `key` says
 * what the numbers count, so a screen can word them.
 */
export const MEASURE_KEYS = [
  'done',
  'upcoming',
  'busy',
  'norms',
  'internalAudits',
  'noInternalAudits',
  'externalSteps',
  'points',
  'awaitingDecision',
  'actionsDone',
  'certified',
  'peerSteps',
  'registered',
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export interface StageMeasure {
  key: MeasureKey;
  value: number;
  max: number;
}

/** The external audit's steps in order; the final report completes the phase. */
export const EXTERNAL_AUDIT_STEPS: readonly Step[] = ['AWAITING_ENGAGEMENT', 'ENGAGEMENT_REQUESTED', 'SCHEDULING', 'DATES_PROPOSED', 'AUDITING', 'AWAITING_REPLY', 'REPLIED'];

/** The peer assessment's steps in order; the last learning report made final completes the phase. */
export const PEER_ASSESSMENT_STEPS: readonly Step[] = ['AWAITING_GROUP', 'GROUP_FORMED', 'VISITS_PLANNED'];

/** The counts a cycle carries; each is done out of total. */
export interface StageFacts {
  step: Step | null;
  normsScored: { done: number; total: number };
  internalAuditsSettled: { done: number; total: number };
  improvementPointsCovered: { done: number; total: number };
  actionsDone: { done: number; total: number };
}

const DONE: StageMeasure = { key: 'done', value: 1, max: 1 };
const waiting = (key: MeasureKey): StageMeasure => ({ key, value: 0, max: 1 });
const count = (key: MeasureKey, { done, total }: { done: number; total: number }): StageMeasure => ({ key, value: done, max: total });

export function stageMeasure(stage: Stage, status: StepStatus, f: StageFacts): StageMeasure {
  if (status === 'UPCOMING') return waiting('upcoming');
  const finished = status === 'DONE';
  switch (stage) {
    case 'SELF_EVALUATION':
      return count('norms', f.normsScored);
    case 'INTERNAL_AUDIT':
      if (f.internalAuditsSettled.total === 0) return finished ? DONE : waiting('noInternalAudits');
      return count('internalAudits', f.internalAuditsSettled);
    case 'EXTERNAL_AUDIT': {
      const total = EXTERNAL_AUDIT_STEPS.length;
      const taken = finished || !f.step ? total : Math.max(0, EXTERNAL_AUDIT_STEPS.indexOf(f.step));
      return count('externalSteps', { done: taken, total });
    }
    case 'PEER_ASSESSMENT': {
      const total = PEER_ASSESSMENT_STEPS.length;
      const taken = finished || !f.step || !PEER_ASSESSMENT_STEPS.includes(f.step) ? total : PEER_ASSESSMENT_STEPS.indexOf(f.step);
      return count('peerSteps', { done: taken, total });
    }
    case 'REGISTERED':
      if (f.actionsDone.total > 0) return count('actionsDone', f.actionsDone);
      return { key: 'registered', value: 1, max: 1 };
    case 'IMPROVEMENT_PLAN':
      if (f.improvementPointsCovered.total > 0) return count('points', f.improvementPointsCovered);
      return finished ? DONE : waiting('busy');
    case 'DECISION':
      return finished ? DONE : waiting('awaitingDecision');
    case 'CERTIFIED':
      if (f.actionsDone.total > 0) return count('actionsDone', f.actionsDone);
      return { key: 'certified', value: 1, max: 1 };
    default:
      return finished ? DONE : waiting('busy');
  }
}
