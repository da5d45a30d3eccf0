import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  learningYearStatusQuery,
  scheduleChangedSignal,
  type LearningSchedule,
  type LearningYearActivities,
  type LearningYearEventKind,
  type LearningYearEventRecord,
  type LearningYearInput,
  type LearningYearStatus,
} from './learning-year';

const acts = proxyActivities<LearningYearActivities>({
  startToCloseTimeout: '5 minutes',
  // The database may be away for a while; the year waits for it rather than skipping a nudge or a report.
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

const DAY_MS = 24 * 60 * 60 * 1000;
/** The nudge goes out on the 25th, when most of the month's learning has happened and is still remembered. */
const NUDGE_DAY_OFFSET = 24;
/** At the same moment: close a round before the quarter's overview counts, open the next after, close the year last. */
const ORDER: Record<LearningYearEventKind, number> = { SCAN_CLOSE: 0, QUARTER: 1, NUDGE: 2, SCAN_OPEN: 3, YEAR_CLOSE: 4 };

interface Due {
  kind: LearningYearEventKind;
  key: string;
  at: number;
  month?: number;
  quarter?: number;
}

/**
 * One organisation's learning year: a nudge to register learning time each month, an overview each quarter
 * (with a signal to the lead of a team far under its norm), climate-scan rounds opened and closed as the
 * organisation's settings schedule them, and at the end the learning year report. Each moment is computed from
 * the year and the schedule in force, so a schedule change (a signal) moves what is still to come.
 */
export async function learningYearWorkflow(input: LearningYearInput): Promise<{ reportId: string }> {
  return new LearningYear(input).run();
}

class LearningYear {
  private schedule: LearningSchedule;
  private readonly startedAt = Date.now();
  /** Scheduled openings before this moment are not made up for: a new schedule counts from when it arrives. */
  private scanSince = this.startedAt;
  private scheduleVersion = 0;
  private readonly doneKeys = new Set<string>();
  private readonly done: LearningYearEventRecord[] = [];
  private openRound: { roundId: string; openedAt: number } | null = null;
  private reportId: string | null = null;

  constructor(private readonly input: LearningYearInput) {
    this.schedule = input.schedule;
    setHandler(scheduleChangedSignal, (schedule) => {
      this.schedule = schedule;
      this.scanSince = Date.now();
      this.scheduleVersion++;
    });
    setHandler(learningYearStatusQuery, (): LearningYearStatus => ({
      organisationId: input.organisationId,
      year: input.year,
      schedule: this.schedule,
      openRound: this.openRound ? { roundId: this.openRound.roundId, closesAt: new Date(this.closesAt()).toISOString() } : null,
      done: this.done,
      reportId: this.reportId,
    }));
  }

  async run(): Promise<{ reportId: string }> {
    for (;;) {
      const next = this.next();
      const wait = next.at - Date.now();
      if (wait > 0) {
        const version = this.scheduleVersion;
        // Woken early by a schedule change, the next moment is computed again.
        if (await condition(() => this.scheduleVersion !== version, wait)) continue;
      }
      await this.handle(next);
      this.doneKeys.add(next.key);
      if (next.kind === 'YEAR_CLOSE') return { reportId: this.reportId! };
    }
  }

  private async handle(due: Due): Promise<void> {
    const { organisationId, year } = this.input;
    const record: LearningYearEventRecord = { kind: due.kind, at: new Date(Date.now()).toISOString(), month: due.month, quarter: due.quarter };
    switch (due.kind) {
      case 'NUDGE':
        await acts.nudgeLearningTime({ organisationId, year, month: due.month! });
        break;
      case 'QUARTER':
        await acts.learningQuarterOverview({ organisationId, year, quarter: due.quarter!, farUnderNormPercent: this.schedule.farUnderNormPercent });
        break;
      case 'SCAN_OPEN': {
        const { roundId } = await acts.openScheduledScanRound({ organisationId, year, month: due.month! });
        if (roundId) this.openRound = { roundId, openedAt: Date.now() };
        record.roundId = roundId;
        break;
      }
      case 'SCAN_CLOSE':
        record.roundId = this.openRound!.roundId;
        await acts.closeScheduledScanRound({ organisationId, roundId: this.openRound!.roundId });
        this.openRound = null;
        break;
      case 'YEAR_CLOSE':
        this.reportId = (await acts.closeLearningYear({ organisationId, year })).reportId;
        break;
    }
    this.done.push(record);
  }

  /** The earliest moment still to come (or overdue); the year's close is always there, so there is one. */
  private next(): Due {
    const candidates: Due[] = [];
    for (let month = 1; month <= 12; month++) {
      const at = this.monthStart(month) + NUDGE_DAY_OFFSET * this.dayMs();
      if (at >= this.startedAt) candidates.push({ kind: 'NUDGE', key: `NUDGE:${month}`, at, month });
    }
    for (let quarter = 1; quarter <= 4; quarter++) {
      const at = this.monthStart(quarter * 3 + 1);
      if (at >= this.startedAt) candidates.push({ kind: 'QUARTER', key: `QUARTER:${quarter}`, at, quarter });
    }
    for (const month of this.schedule.scanMonths) {
      const at = this.monthStart(month);
      if (at >= this.scanSince) candidates.push({ kind: 'SCAN_OPEN', key: `SCAN_OPEN:${month}`, at, month });
    }
    if (this.openRound) candidates.push({ kind: 'SCAN_CLOSE', key: `SCAN_CLOSE:${this.openRound.roundId}`, at: this.closesAt() });
    candidates.push({ kind: 'YEAR_CLOSE', key: 'YEAR_CLOSE', at: this.monthStart(13) });
    const open = candidates.filter((c) => !this.doneKeys.has(c.key));
    open.sort((a, b) => a.at - b.at || ORDER[a.kind] - ORDER[b.kind]);
    return open[0];
  }

  /** A round closes after the days the schedule in force says, and at the latest when the year ends. */
  private closesAt(): number {
    return Math.min(this.openRound!.openedAt + this.schedule.scanOpenDays * this.dayMs(), this.monthStart(13));
  }

  private dayMs(): number {
    return this.input.testDayMs ?? DAY_MS;
  }

  /** The first moment of month 1–12 of the year; month 13 is the end of the year. */
  private monthStart(month: number): number {
    if (this.input.testDayMs) return this.startedAt + (month - 1) * 30 * this.input.testDayMs;
    return Date.UTC(this.input.year, month - 1, 1);
  }
}
