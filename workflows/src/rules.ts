/**
 * The process model of the certification cycle, in one place: its vocabulary, where each command and each
 * kind of content write is possible, what closes a phase, the date rules, the audit days, who acts next,
 * and the scheme's durations. Pure: no I/O, no clock (callers pass "now" and "today"). The workflow, the
 * api (and through `viewerCan` and `nextStep`, the client) all ask this model; docs/process-model.md
 * explains it.
 */

export * from './process/phases';
export * from './process/commands';
export * from './process/content-windows';
export * from './process/completeness';
export * from './process/calendar';
export * from './process/audit-days';
export * from './process/audit-programme';
export * from './process/next-step';
export * from './process/command-input';
export * from './process/stage-progress';
export * from './process/variant-guide';
export * from './process/respondents';

export const DURATION_UNITS = ['SECONDS', 'DAYS', 'WEEKS', 'MONTHS'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface SchemeDuration {
  amount: number;
  unit: DurationUnit;
}

/** The scheme's durations a cycle runs with, pinned from its framework version at start. */
export interface CycleDurations {
  certificateValidity: SchemeDuration;
  recertificationReminder: SchemeDuration;
  selfEvaluationWindow: SchemeDuration;
  draftReportReplyWindow: SchemeDuration;
  improvementPlanDue: SchemeDuration;
  /**
   * How long after the engagement is accepted the audit may take place, when the scheme bounds it. Absent
   * in cycles started before the bound existed: those have none.
   */
  auditDateHorizon?: SchemeDuration | null;
}

const DAY_MS = 86_400_000;

/** A moment plus (or minus, with sign -1) a scheme duration; months follow the calendar. */
export function shiftBy(fromMs: number, d: SchemeDuration, sign: 1 | -1 = 1): number {
  switch (d.unit) {
    case 'SECONDS':
      return fromMs + sign * d.amount * 1000;
    case 'DAYS':
      return fromMs + sign * d.amount * DAY_MS;
    case 'WEEKS':
      return fromMs + sign * d.amount * 7 * DAY_MS;
    case 'MONTHS': {
      const date = new Date(fromMs);
      date.setUTCMonth(date.getUTCMonth() + sign * d.amount);
      return date.getTime();
    }
  }
}

/** A reminder goes out when a quarter of a window is left. */
export function reminderMoment(startMs: number, dueMs: number): number {
  return dueMs - Math.floor((dueMs - startMs) / 4);
}
