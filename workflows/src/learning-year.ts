import { defineQuery, defineSignal } from '@temporalio/workflow';

/**
 * The contract of the learning-year workflow: its input, signal, query and the ports (activities) the server
 * implements. Kept apart from the workflow so the server imports types and names without workflow code.
 */

/** The one place a learning year's workflow ID is built, so a second start finds the first. */
export function learningYearWorkflowId(organisationId: string, year: number): string {
  return `learning-year-${organisationId}-${year}`;
}

/** The part of the organisation's learning settings the year's rhythm follows. */
export interface LearningSchedule {
  /** Months (1–12) in which a climate-scan round opens, on the first day of the month. */
  scanMonths: number[];
  /** Days a scheduled round stays open. */
  scanOpenDays: number;
  /** A team that used less than this share (percent) of the room it was offered in a quarter is signalled to its lead. */
  farUnderNormPercent: number;
}

export interface LearningYearInput {
  organisationId: string;
  year: number;
  schedule: LearningSchedule;
  /**
   * Tests only: a compressed year that starts when the workflow starts, with months of 30 days of `dayMs`
   * each. Without it the year is the calendar year (UTC).
   */
  testDayMs?: number;
}

export type LearningYearEventKind = 'NUDGE' | 'SCAN_OPEN' | 'SCAN_CLOSE' | 'QUARTER' | 'YEAR_CLOSE';

export interface LearningYearEventRecord {
  kind: LearningYearEventKind;
  /** Workflow time (ISO) the event was handled. */
  at: string;
  month?: number;
  quarter?: number;
  roundId?: string | null;
}

export interface LearningYearStatus {
  organisationId: string;
  year: number;
  schedule: LearningSchedule;
  /** The round this workflow opened and has not closed yet, with when it closes (ISO). */
  openRound: { roundId: string; closesAt: string } | null;
  done: LearningYearEventRecord[];
  /** Set once the year is closed: the stored learning year report. */
  reportId: string | null;
}

export const scheduleChangedSignal = defineSignal<[LearningSchedule]>('learningScheduleChanged');
export const learningYearStatusQuery = defineQuery<LearningYearStatus>('learningYearStatus');

export interface LearningYearActivities {
  /** Notifies the organisation's professionals to register their learning time of the month; once per month. */
  nudgeLearningTime(input: { organisationId: string; year: number; month: number }): Promise<{ notified: number }>;
  /**
   * Sends the quarter's overview (per team used against offered, where shown) to the learning coordinators and
   * the team leads, and signals each team that used less than `farUnderNormPercent` of its room to its own leads
   * only. Returns how many teams were signalled.
   */
  learningQuarterOverview(input: { organisationId: string; year: number; quarter: number; farUnderNormPercent: number }): Promise<{ teams: number; farUnder: number }>;
  /** Opens a scan round for every open team; null when a round is open already or there are no teams. */
  openScheduledScanRound(input: { organisationId: string; year: number; month: number }): Promise<{ roundId: string | null }>;
  /** Closes the round if it is still open (someone may have closed it by hand). */
  closeScheduledScanRound(input: { organisationId: string; roundId: string }): Promise<void>;
  /** Computes and stores the learning year report (once per organisation and year) and tells the coordinators. */
  closeLearningYear(input: { organisationId: string; year: number }): Promise<{ reportId: string }>;
}
