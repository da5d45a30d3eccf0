import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { acts, check, CycleRun, iso, refuse } from './cycle-run';
import { cycleWorkflowId } from './ids';
import * as m from './messages';
import {
  auditDateOptionsRefusal,
  auditDaysOverrideRefusal,
  auditorsRefusal,
  calendarDate,
  chosenDateRefusal,
  draftReportDateRefusal,
  draftReportRefusal,
  FINAL_PHASES,
  improvementPlanRefusal,
  internalAuditIncomplete,
  reminderMoment,
  planReviewRefusal,
  preparationRefusal,
  peerRegistrationRefusal,
  peerStep,
  reasonRefusal,
  selfEvaluationRefusal,
  shiftBy,
  type Command,
  type PeerProgress,
  type Phase,
  type Step,
} from './rules';

/** The marker of the change that mails respondents' invitations from the cycle's workflow. */
export const INVITATION_MAIL_PATCH = 'respondent-invitation-mail';

/**
 * The marker of the peer path: from it on a PEER_REVIEW cycle goes from its internal audit to the peer
 * assessment. A history whose internal audit was completed before it replays to the external audit, as it ran.
 */
export const PEER_PATH_PATCH = 'peer-review-path';

/**
 * One certification cycle, from preparation to the end of its certificate. The workflow owns the phase,
 * the deadlines and whether a command is allowed now (it asks the process model in rules.ts); every change
 * is projected to PostgreSQL. One method per command; each runs under the lock, after its validator.
 */
export async function certificationCycleWorkflow(input: m.CycleWorkflowInput): Promise<void> {
  await new CertificationCycle(input).run();
}

class CertificationCycle extends CycleRun {
  constructor(input: m.CycleWorkflowInput) {
    super(input);
    // Held until the start is projected (in run), before any handler can run.
    void this.lock.acquire();
    this.registerHandlers();
  }

  /** A command: its validator judges it once, then its method runs under the lock and answers the new state. */
  private handle<A extends m.CommandArgs>(update: m.CommandUpdate<A>, name: Command, body: (args: A) => Promise<void>, validate?: (args: A) => void): void {
    setHandler(update, (args: A) => this.exclusive(name, async () => {
      await body(args);
      return this.state.view();
    }), {
      validator: (args: A) => {
        this.guard(name);
        validate?.(args);
      },
    });
  }

  private registerHandlers(): void {
    setHandler(m.cycleStateQuery, () => this.state.view());
    // Waits for the start's projection (the lock) like every command, then just reports the state.
    setHandler(m.startedUpdate, () => this.exclusive(null, async () => this.state.view()));
    setHandler(m.certificateRenewedSignal, ({ byCycleId }) => {
      this.state.renewedBy = byCycleId;
      this.state.version += 1;
    });
    setHandler(m.respondentsInvitedSignal, async ({ invitedAt, dueDate, dueAt }) => {
      this.state.respondentReminders.push({ dueDate, invitedAt, remindMs: reminderMoment(Date.parse(invitedAt), Date.parse(dueAt)) });
      this.state.version += 1;
      // The invitation's mail goes from here, once the signal is in the history: it is sent even when the
      // api stops right after inviting. Histories from before it replay without (see INVITATION_MAIL_PATCH).
      if (patched(INVITATION_MAIL_PATCH)) await acts().mailRespondentInvitations({ cycleId: this.input.cycleId, invitedAt });
    });
    setHandler(m.peerGroupFormedSignal, () => this.onPeerProgress({ groupFormed: true }));
    setHandler(m.peerVisitsAgreedSignal, () => this.onPeerProgress({ groupFormed: true, visitsAgreed: true }));
    setHandler(m.peerReportsFinalSignal, () => this.onPeerProgress({ groupFormed: true, visitsAgreed: true, reportsFinal: true }));
    setHandler(m.registerPeerReviewUpdate, (a: m.RegisterPeerReviewArgs) => this.exclusive(null, async () => {
      check(peerRegistrationRefusal(this.state));
      await this.registerPeerReview(a);
      return this.state.view();
    }), { validator: (_a: m.RegisterPeerReviewArgs) => check(peerRegistrationRefusal(this.state)) });
    this.handle(m.completePreparationUpdate, 'completePreparation', (a) => this.completePreparation(a), (a) => check(preparationRefusal(a.preparation)));
    this.handle(m.submitSelfEvaluationUpdate, 'submitSelfEvaluation', (a) => this.submitSelfEvaluation(a));
    this.handle(m.completeInternalAuditUpdate, 'completeInternalAudit', (a) => this.completeInternalAudit(a));
    this.handle(m.engageUpdate, 'engageCertifyingInstitution', (a) => this.engageCertifyingInstitution(a));
    this.handle(m.acceptEngagementUpdate, 'acceptEngagement', (a) => this.acceptEngagement(a), (a) => {
      check(auditorsRefusal(a.leadAuditorId, a.coAuditorId));
      check(auditDaysOverrideRefusal(a.computedAuditDays, a.auditDays, a.overrideReason));
    });
    this.handle(m.declineEngagementUpdate, 'declineEngagement', (a) => this.declineEngagement(a), (a) => check(reasonRefusal('declineEngagement', a.reason)));
    this.handle(m.proposeAuditDatesUpdate, 'proposeAuditDates', (a) => this.proposeAuditDates(a), (a) => {
      const horizon = this.input.durations.auditDateHorizon;
      const engagedAt = this.state.engagedAtMs;
      const latest = horizon && engagedAt !== null ? calendarDate(shiftBy(engagedAt, horizon)) : null;
      check(auditDateOptionsRefusal(a.dates, { today: this.today(), latest }));
    });
    this.handle(m.confirmAuditDateUpdate, 'confirmAuditDate', (a) => this.confirmAuditDate(a), (a) => check(chosenDateRefusal(a.date, this.state.proposedDates)));
    this.handle(m.issueDraftReportUpdate, 'issueDraftReport', (a) => this.issueDraftReport(a), () =>
      check(draftReportDateRefusal(this.state.confirmedAuditDate, this.today())),
    );
    this.handle(m.replyToDraftReportUpdate, 'replyToDraftReport', (a) => this.replyToDraftReport(a));
    this.handle(m.issueFinalReportUpdate, 'issueFinalReport', (a) => this.issueFinalReport(a));
    this.handle(m.submitImprovementPlanUpdate, 'submitImprovementPlan', (a) => this.submitImprovementPlan(a));
    this.handle(m.reviewImprovementPlanUpdate, 'reviewImprovementPlan', (a) => this.reviewImprovementPlan(a), (a) => check(planReviewRefusal(a.review, a.comments)));
    this.handle(m.decideCertificationUpdate, 'decideCertification', (a) => this.decideCertification(a), (a) => check(reasonRefusal('decideCertification', a.reason)));
    this.handle(m.suspendCertificateUpdate, 'suspendCertificate', (a) => this.certificateAction('suspendCertificate', a, { phase: 'CERTIFIED', step: 'SUSPENDED' }, 'SUSPENDED', 'suspended'), (a) =>
      check(reasonRefusal('suspendCertificate', a.reason)),
    );
    // A suspension is temporary: lifting it makes the certificate valid again until its own end date.
    this.handle(m.reinstateCertificateUpdate, 'reinstateCertificate', (a) => this.certificateAction('reinstateCertificate', a, { phase: 'CERTIFIED', step: 'VALID' }, 'VALID', 'reinstated'), (a) =>
      check(reasonRefusal('reinstateCertificate', a.reason)),
    );
    this.handle(m.withdrawCertificateUpdate, 'withdrawCertificate', (a) => this.certificateAction('withdrawCertificate', a, { phase: 'WITHDRAWN', step: null }, 'WITHDRAWN', 'withdrawn'), (a) =>
      check(reasonRefusal('withdrawCertificate', a.reason)),
    );
  }

  // --- Organisation: preparation, self-evaluation, internal audit ---

  private async completePreparation(a: m.CompletePreparationArgs): Promise<void> {
    const c = a.choice;
    // The choice is projected with the move itself: the cycle never shows a new phase with the old variant.
    const effects = c ? { cycle: { variant: c.variant, wholeOrganisation: c.wholeOrganisation, scopeUnits: c.scopeUnits, variantChoice: c.record } } : {};
    await this.transition('completePreparation', a.actorId, { phase: 'SELF_EVALUATION', step: null }, { code: 'completePreparation' }, effects, {
      kind: 'SELF_EVALUATION',
      window: this.input.durations.selfEvaluationWindow,
    });
  }

  private async submitSelfEvaluation(a: m.CommandArgs): Promise<void> {
    const { unscoredNormCodes } = await acts().lockSelfEvaluation({ cycleId: this.input.cycleId });
    check(selfEvaluationRefusal(unscoredNormCodes));
    await this.transition('submitSelfEvaluation', a.actorId, { phase: 'INTERNAL_AUDIT', step: null }, { code: 'submitSelfEvaluation' }, {}, null);
  }

  private async completeInternalAudit(a: m.CommandArgs): Promise<void> {
    const problem = internalAuditIncomplete(await acts().countInternalAudits({ cycleId: this.input.cycleId }));
    if (problem) refuse({ code: 'INCOMPLETE', message: problem });
    // The variant as it stands now: it may have been chosen in the preparation, after the start.
    if (patched(PEER_PATH_PATCH) && (await acts().cycleVariant({ cycleId: this.input.cycleId })).variant === 'PEER_REVIEW') {
      // A group may have formed (or got further) while the cycle was still in its internal audit.
      await this.transition('completeInternalAudit', a.actorId, { phase: 'PEER_ASSESSMENT', step: peerStep(this.state.peer) }, { code: 'completeInternalAudit' });
      return;
    }
    await this.transition('completeInternalAudit', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT' }, { code: 'completeInternalAudit' });
  }

  // --- Peer assessment (variant PEER_REVIEW) ---

  /**
   * The peer group's workflow tells what the group reached. Remembered in any phase (a group may form during
   * the self-evaluation); in the peer assessment the cycle moves to the step it implies. Told twice, nothing moves.
   */
  private onPeerProgress(reached: Partial<PeerProgress>): Promise<void> {
    return this.exclusive(null, async () => {
      const state = this.state;
      Object.assign(state.peer, reached);
      state.version += 1;
      if (state.phase !== 'PEER_ASSESSMENT') return;
      const step = peerStep(state.peer);
      if (step === state.step) return;
      await this.transition('peerGroupProgress', null, { phase: 'PEER_ASSESSMENT', step }, { code: `peer-${step}` });
      await this.notify(`peer-${step}`, step === 'REPORTS_FINAL' ? ['ORGANISATION', 'SECTOR_BODY'] : ['ORGANISATION'], 'TRANSITION');
    });
  }

  /** The sector body registered the peer assessment: the cycle ends in the register, until the entry's validity ends. */
  private async registerPeerReview(a: m.RegisterPeerReviewArgs): Promise<void> {
    this.state.registrationValidUntilMs = Date.parse(a.validUntil);
    await this.transition('registerPeerReview', a.actorId, { phase: 'REGISTERED', step: null }, { code: 'peerReviewRegistered', params: { validUntil: a.validUntil } }, {}, null);
    await this.notify('peer-registered', ['ORGANISATION'], 'TRANSITION', { code: 'peer-registered', params: { validUntil: a.validUntil } });
  }

  // --- External audit ---

  private async engageCertifyingInstitution(a: m.EngageArgs): Promise<void> {
    await this.transition('engageCertifyingInstitution', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'ENGAGEMENT_REQUESTED' }, { code: 'engageCertifyingInstitution' }, {
      cycle: { certifyingInstitutionId: a.certifyingInstitutionId },
    });
    await this.notify('engaged', ['CERTIFYING_INSTITUTION'], 'TRANSITION');
  }

  private async acceptEngagement(a: m.AcceptEngagementArgs): Promise<void> {
    this.state.leadAuditorId = a.leadAuditorId;
    this.state.coAuditorId = a.coAuditorId;
    this.state.engagedAtMs = Date.now();
    await this.transition('acceptEngagement', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'SCHEDULING' }, { code: 'acceptEngagement', params: { days: a.auditDays } }, {
      cycle: {
        leadAuditorId: a.leadAuditorId,
        coAuditorId: a.coAuditorId,
        auditDays: a.auditDays,
        auditDaysComputed: a.computedAuditDays,
        auditDaysOverrideReason: a.overrideReason,
      },
    });
    await this.notify('accepted', ['ORGANISATION', 'AUDITORS'], 'TRANSITION');
  }

  /**
   * The institution will not do this audit: the request goes back to the organisation, which may engage
   * another institution or the same one again. The institution is cleared, so it no longer sees the cycle.
   */
  private async declineEngagement(a: m.ReasonArgs): Promise<void> {
    await this.transition('declineEngagement', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT' }, { code: 'declineEngagement', params: { text: a.reason } }, {
      cycle: { certifyingInstitutionId: null },
    });
    await this.notify('declined', ['ORGANISATION'], 'TRANSITION', { code: 'declined', params: { text: a.reason } });
  }

  private async proposeAuditDates(a: m.ProposeAuditDatesArgs): Promise<void> {
    this.state.proposedDates = [...a.dates];
    await this.transition('proposeAuditDates', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'DATES_PROPOSED' }, { code: 'proposeAuditDates', params: { dates: a.dates.join(',') } }, {
      cycle: { proposedAuditDates: a.dates },
    });
    await this.notify('dates', ['ORGANISATION'], 'TRANSITION');
  }

  private async confirmAuditDate(a: m.ConfirmAuditDateArgs): Promise<void> {
    this.state.confirmedAuditDate = a.date;
    await this.transition('confirmAuditDate', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'AUDITING' }, { code: 'confirmAuditDate', params: { date: a.date } }, {
      cycle: { confirmedAuditDate: a.date },
    });
    await this.notify('date-confirmed', ['AUDITORS'], 'TRANSITION', { code: 'date-confirmed', params: { date: a.date } });
  }

  private async issueDraftReport(a: m.IssueDraftReportArgs): Promise<void> {
    check(draftReportRefusal((await acts().missingAuditFindings({ cycleId: this.input.cycleId })).normCodes));
    await this.transition('issueDraftReport', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'AWAITING_REPLY' }, { code: 'issueDraftReport' }, {
      report: { kind: 'DRAFT', advice: null, ...a.report },
    }, { kind: 'DRAFT_REPORT_REPLY', window: this.input.durations.draftReportReplyWindow });
    await this.notify('draft', ['ORGANISATION'], 'TRANSITION');
  }

  private async replyToDraftReport(a: m.ReplyArgs): Promise<void> {
    await this.transition('replyToDraftReport', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'REPLIED' }, { code: 'replyToDraftReport' }, {
      reply: { text: a.reply },
    }, null);
    await this.notify('replied', ['AUDITORS'], 'TRANSITION');
  }

  private async issueFinalReport(a: m.IssueFinalReportArgs): Promise<void> {
    await this.transition('issueFinalReport', a.actorId, { phase: 'IMPROVEMENT_PLAN', step: 'DRAFTING' }, { code: 'issueFinalReport', params: { advice: a.advice } }, {
      report: { kind: 'FINAL', advice: a.advice, ...a.report },
      cycle: { advice: a.advice },
    }, { kind: 'IMPROVEMENT_PLAN', window: this.input.durations.improvementPlanDue });
    await this.notify('final', ['ORGANISATION'], 'TRANSITION');
  }

  // --- Improvement plan and decision ---

  private async submitImprovementPlan(a: m.CommandArgs): Promise<void> {
    check(improvementPlanRefusal((await acts().uncoveredImprovementPoints({ cycleId: this.input.cycleId })).normCodes));
    await this.transition('submitImprovementPlan', a.actorId, { phase: 'IMPROVEMENT_PLAN', step: 'SUBMITTED' }, { code: 'submitImprovementPlan' }, {}, null);
    await this.notify('plan', ['AUDITORS'], 'TRANSITION');
  }

  private async reviewImprovementPlan(a: m.ReviewPlanArgs): Promise<void> {
    const planReview = { review: a.review, comments: a.comments };
    if (a.review === 'ACCEPT') {
      await this.transition('reviewImprovementPlan', a.actorId, { phase: 'DECISION', step: 'AWAITING_DECISION' }, { code: 'planAccepted' }, { planReview });
      await this.notify('plan-accepted', ['ORGANISATION', 'SECTOR_DECIDERS'], 'TRANSITION');
    } else {
      await this.transition('reviewImprovementPlan', a.actorId, { phase: 'IMPROVEMENT_PLAN', step: 'DRAFTING' }, { code: 'planReturned' }, { planReview });
      await this.notify('plan-returned', ['ORGANISATION'], 'TRANSITION', { code: 'plan-returned', params: { text: a.comments } });
    }
  }

  private async decideCertification(a: m.DecideArgs): Promise<void> {
    const decision = { decision: a.decision, decisionReason: a.reason };
    const reason = { text: a.reason };
    if (a.decision === 'AWARD') {
      const now = Date.now();
      const { durations, previousCycleId } = this.input;
      const validUntilMs = shiftBy(now, durations.certificateValidity);
      const { number } = await acts().issueCertificate({ cycleId: this.input.cycleId, validFrom: iso(now), validUntil: iso(validUntilMs) });
      this.state.certificate = { number, validFromMs: now, validUntilMs, recertificationMs: shiftBy(validUntilMs, durations.recertificationReminder, -1) };
      await this.transition('decideCertification', a.actorId, { phase: 'CERTIFIED', step: 'VALID' }, { code: 'awarded', params: { number } }, { cycle: decision });
      if (previousCycleId) {
        // The previous cycle's certificate is now replaced; that workflow may already have ended.
        await getExternalWorkflowHandle(cycleWorkflowId(previousCycleId))
          .signal(m.certificateRenewedSignal, { byCycleId: this.input.cycleId })
          .catch(() => undefined);
      }
      await this.notify('awarded', ['ORGANISATION', 'CERTIFYING_INSTITUTION'], 'TRANSITION', { code: 'awarded', params: { number, ...reason } });
    } else if (a.decision === 'REFUSE') {
      await this.transition('decideCertification', a.actorId, { phase: 'REFUSED', step: null }, { code: 'refused' }, { cycle: decision });
      await this.notify('refused', ['ORGANISATION', 'CERTIFYING_INSTITUTION'], 'TRANSITION', { code: 'refused', params: reason });
    } else {
      await this.transition('decideCertification', a.actorId, { phase: 'DECISION', step: 'DEFERRED' }, { code: 'deferred' }, { cycle: decision });
      await this.notify('deferred', ['ORGANISATION'], 'TRANSITION', { code: 'deferred', params: reason });
    }
  }

  // --- Certified ---

  /** What the sector body does to a certificate: a move, its status in the register, a notice, all with a reason. */
  private async certificateAction(
    name: 'suspendCertificate' | 'reinstateCertificate' | 'withdrawCertificate',
    a: m.ReasonArgs,
    to: { phase: Phase; step: Step | null },
    status: 'VALID' | 'SUSPENDED' | 'WITHDRAWN',
    noticeKey: string,
  ): Promise<void> {
    await this.transition(name, a.actorId, to, { code: name }, { certificate: { status, reason: a.reason } });
    await this.notify(noticeKey, ['ORGANISATION', 'CERTIFYING_INSTITUTION'], 'TRANSITION', { code: noticeKey, params: { text: a.reason } });
  }

  /** What the clock does: reminders, escalation, the next cycle, expiry, renewal. */
  private async onClock(): Promise<void> {
    const state = this.state;
    const now = Date.now();
    // Taken off the list before the activity runs: a signal arriving meanwhile adds to the list, never loses one.
    for (const r of state.takeDueRespondentReminders(now)) {
      await acts().remindRespondents({ cycleId: this.input.cycleId, dueDate: r.dueDate, invitedAt: r.invitedAt });
    }
    const d = state.deadline;
    if (d && !d.reminded && now >= d.remindMs) {
      d.reminded = true;
      await this.notify(`remind-${d.kind}`, ['ORGANISATION', 'AUDITORS'], 'REMINDER', { code: 'remind', params: { kind: d.kind, due: iso(d.dueMs) } });
    }
    if (d && !d.escalated && now >= d.dueMs) {
      d.escalated = true;
      await this.transition('deadlinePassed', null, { phase: state.phase, step: state.step }, { code: 'deadlinePassed', params: { kind: d.kind } }, { cycle: { overdue: true } });
      await this.notify(`overdue-${d.kind}`, ['SECTOR_BODY', 'ORGANISATION', 'AUDITORS'], 'OVERDUE', { code: 'overdue', params: { kind: d.kind, due: iso(d.dueMs) } });
    }
    const cert = state.certificate;
    if (state.phase === 'CERTIFIED' && cert && state.renewedBy) {
      await this.transition('certificateRenewed', null, { phase: 'RENEWED', step: null }, { code: 'certificateRenewed' }, {
        certificate: { status: 'RENEWED', reason: `renewed by cycle ${state.renewedBy}` },
      });
      return;
    }
    if (state.phase === 'CERTIFIED' && cert && !state.nextCycleId && now >= cert.recertificationMs) {
      const { nextCycleId, workflowInput } = await acts().openNextCycle({ cycleId: this.input.cycleId });
      // Abandoned: the next cycle lives on when this one ends with its certificate.
      await startChild(certificationCycleWorkflow, {
        workflowId: cycleWorkflowId(nextCycleId),
        args: [workflowInput],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
      state.nextCycleId = nextCycleId;
      await this.transition('openNextCycle', null, { phase: state.phase, step: state.step }, { code: 'openNextCycle' }, { cycle: { closed: true } });
      await this.notify('recertification', ['ORGANISATION'], 'RECERTIFICATION', { code: 'recertification', params: { validUntil: iso(cert.validUntilMs) } });
    }
    if (state.phase === 'REGISTERED' && state.registrationValidUntilMs !== null && now >= state.registrationValidUntilMs) {
      await this.transition('peerReviewExpired', null, { phase: 'EXPIRED', step: null }, { code: 'peerReviewExpired' });
      await this.notify('peer-expired', ['ORGANISATION', 'SECTOR_BODY'], 'EXPIRED', { code: 'peer-expired' });
    }
    if (state.phase === 'CERTIFIED' && cert && now >= cert.validUntilMs) {
      await this.transition('certificateExpired', null, { phase: 'EXPIRED', step: null }, { code: 'certificateExpired' }, {
        certificate: { status: 'EXPIRED', reason: 'validity ended without renewal' },
      });
      await this.notify('expired', ['ORGANISATION', 'SECTOR_BODY'], 'EXPIRED');
    }
    state.version += 1;
  }

  /**
   * The start itself is the first entry of the audit trail (seq 1), written through the same projection.
   * Commands wait for it (the lock, taken in the constructor), so the trail never shows a move before it.
   */
  private async projectStart(): Promise<void> {
    this.state.seq = 1;
    await acts().projectTransition({
      cycleId: this.input.cycleId,
      seq: 1,
      fromPhase: null,
      toPhase: 'PREPARATION',
      command: 'startCycle',
      actorId: this.input.startedBy,
      at: iso(workflowInfo().startTime.getTime()),
      event: { code: 'startCycle' },
    });
  }

  async run(): Promise<void> {
    const state = this.state;
    // A rebuilt cycle's trail is already in PostgreSQL: it goes on from its last projected transition.
    if (!this.input.resume) await this.projectStart();
    this.lock.release();

    while (!FINAL_PHASES.includes(state.phase)) {
      const seen = state.version;
      const wake = state.nextWakeMs();
      const changed = await condition(() => state.version !== seen, wake === null ? undefined : Math.max(1, wake - Date.now()));
      if (!changed || state.renewedBy) await this.exclusive(null, () => this.onClock());
    }
    await condition(allHandlersFinished);
  }
}
