import type { CycleResume, CycleStateView } from './messages';
import { reminderMoment, shiftBy, type PeerProgress, type Phase, type SchemeDuration, type Step } from './rules';

export interface Deadline {
  kind: 'SELF_EVALUATION' | 'DRAFT_REPORT_REPLY' | 'IMPROVEMENT_PLAN';
  startMs: number;
  remindMs: number;
  dueMs: number;
  reminded: boolean;
  escalated: boolean;
}

/** A batch of invitations whose reminder is still to go out. */
export interface RespondentReminder {
  dueDate: string;
  invitedAt: string;
  remindMs: number;
}

export interface Certificate {
  number: string;
  validFromMs: number;
  validUntilMs: number;
  recertificationMs: number;
}

/** The workflow's own memory of the cycle, kept small so it is cheap to carry through continue-as-new. */
export class CycleState {
  phase: Phase = 'PREPARATION';
  step: Step | null = null;
  seq = 0;
  /** Bumped on every change, so the main loop wakes to recompute its next timer. */
  version = 0;
  deadline: Deadline | null = null;
  proposedDates: string[] = [];
  /** When the engagement was accepted: the scheme may bound the audit dates from then on. */
  engagedAtMs: number | null = null;
  confirmedAuditDate: string | null = null;
  leadAuditorId: string | null = null;
  coAuditorId: string | null = null;
  certificate: Certificate | null = null;
  nextCycleId: string | null = null;
  renewedBy: string | null = null;
  /** Empty unless respondents were invited: a cycle without them waits on exactly the timers it always did. */
  respondentReminders: RespondentReminder[] = [];
  /** What the peer group reached, as its workflow told (PEER_REVIEW cycles only); kept from before PEER_ASSESSMENT. */
  peer: PeerProgress = { groupFormed: false, visitsAgreed: false, reportsFinal: false };
  /** The end of the registered peer assessment's validity, once registered. */
  registrationValidUntilMs: number | null = null;

  constructor(readonly cycleId: string) {}

  /**
   * The state of a cycle rebuilt from its projection. A reminder not yet known to be sent is sent again;
   * its notification key (occasion and seq) is the one it had, so one already stored is not repeated.
   */
  static resumed(cycleId: string, r: CycleResume, recertificationReminder: SchemeDuration): CycleState {
    const state = new CycleState(cycleId);
    Object.assign(state, {
      phase: r.phase,
      step: r.step,
      seq: r.seq,
      proposedDates: [...r.proposedDates],
      engagedAtMs: r.engagedAtMs,
      confirmedAuditDate: r.confirmedAuditDate,
      leadAuditorId: r.leadAuditorId,
      coAuditorId: r.coAuditorId,
      nextCycleId: r.nextCycleId,
      registrationValidUntilMs: r.registrationValidUntilMs ?? null,
    });
    // A peer cycle's step says what its group reached; earlier phases learn it again from the group's workflow.
    if (r.phase === 'PEER_ASSESSMENT') {
      const s = r.step;
      state.peer = { groupFormed: s !== 'AWAITING_GROUP', visitsAgreed: s === 'VISITS_PLANNED' || s === 'REPORTS_FINAL', reportsFinal: s === 'REPORTS_FINAL' };
    }
    const d = r.deadline;
    if (d) {
      state.deadline = { kind: d.kind, startMs: d.startMs, dueMs: d.dueMs, remindMs: reminderMoment(d.startMs, d.dueMs), reminded: d.escalated, escalated: d.escalated };
    }
    state.respondentReminders = (r.respondentReminders ?? []).map((x) => ({
      dueDate: x.dueDate,
      invitedAt: x.invitedAt,
      remindMs: reminderMoment(Date.parse(x.invitedAt), Date.parse(x.dueAt)),
    }));
    const c = r.certificate;
    if (c) state.certificate = { ...c, recertificationMs: shiftBy(c.validUntilMs, recertificationReminder, -1) };
    return state;
  }

  view(): CycleStateView {
    return {
      cycleId: this.cycleId,
      phase: this.phase,
      step: this.step,
      seq: this.seq,
      dueAt: this.deadline ? new Date(this.deadline.dueMs).toISOString() : null,
      overdue: !!this.deadline?.escalated,
      certificateValidUntil: this.certificate ? new Date(this.certificate.validUntilMs).toISOString() : null,
      nextCycleId: this.nextCycleId,
      leadAuditorId: this.leadAuditorId,
      coAuditorId: this.coAuditorId,
      proposedDates: [...this.proposedDates],
      confirmedAuditDate: this.confirmedAuditDate,
    };
  }

  /** Takes the respondent reminders due at `nowMs` off the list and returns them. */
  takeDueRespondentReminders(nowMs: number): RespondentReminder[] {
    const due = this.respondentReminders.filter((r) => r.remindMs <= nowMs);
    this.respondentReminders = this.respondentReminders.filter((r) => r.remindMs > nowMs);
    return due;
  }

  /** The next moment a timer must act, or null when only a command can move the cycle. */
  nextWakeMs(): number | null {
    const moments: number[] = [];
    if (this.deadline && !this.deadline.reminded) moments.push(this.deadline.remindMs);
    for (const r of this.respondentReminders) moments.push(r.remindMs);
    if (this.deadline && !this.deadline.escalated) moments.push(this.deadline.dueMs);
    if (this.phase === 'CERTIFIED' && this.certificate) {
      if (!this.nextCycleId) moments.push(this.certificate.recertificationMs);
      moments.push(this.certificate.validUntilMs);
    }
    if (this.phase === 'REGISTERED' && this.registrationValidUntilMs !== null) moments.push(this.registrationValidUntilMs);
    return moments.length ? Math.min(...moments) : null;
  }
}
