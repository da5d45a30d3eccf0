import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { Audience, CycleActivities, TransitionEffects } from './activities';
import { CycleState, type Deadline } from './cycle-state';
import { cycleWorkflowId } from './ids';
import * as m from './messages';
import {
  FINAL_PHASES,
  internalAuditIncomplete,
  missingPreparation,
  positionRefusal,
  reminderMoment,
  shiftBy,
  type Command,
  type Phase,
  type RefusalCode,
  type SchemeDuration,
  type Step,
} from './rules';

const acts = proxyActivities<CycleActivities>({
  startToCloseTimeout: '10 seconds',
  // Projection must eventually land, so retry without limit but never hammer a database that is down.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/** Details travel with the refusal so the server can hand them to the client as extensions. */
function refuse(code: RefusalCode, message: string, details?: Record<string, unknown>): never {
  throw ApplicationFailure.create({ type: code, message, nonRetryable: true, details: details ? [details] : undefined });
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One certification cycle, from preparation to the end of its certificate. The workflow owns the phase,
 * the deadlines and whether a command is allowed now; every change is projected to PostgreSQL.
 * Date.now() here is Temporal's deterministic workflow clock.
 */
export async function certificationCycleWorkflow(input: m.CycleWorkflowInput): Promise<void> {
  const state = new CycleState(input.cycleId);
  // Busy from the first moment: an Update that arrives with the start can run its handler before this
  // function reaches the start's projection below, and must still wait for it.
  state.busy = true;
  const { durations } = input;

  function guard(command: Command): void {
    const refusal = positionRefusal(command, { phase: state.phase, step: state.step });
    if (refusal) refuse(refusal.code, refusal.message);
  }

  /** Moves the cycle and projects the move; `deadline` starts a new one, null ends the running one. */
  async function transition(
    command: string,
    actorId: string | null,
    to: { phase: Phase; step: Step | null },
    summary: string,
    effects: TransitionEffects = {},
    deadline?: { kind: Deadline['kind']; window: SchemeDuration } | null,
  ): Promise<void> {
    const from = state.phase;
    const now = Date.now();
    const cycle = { ...effects.cycle, step: to.step };
    if (deadline) {
      const dueMs = shiftBy(now, deadline.window);
      state.deadline = { kind: deadline.kind, startMs: now, dueMs, remindMs: reminderMoment(now, dueMs), reminded: false, escalated: false };
      Object.assign(cycle, { dueAt: iso(dueMs), overdue: false });
    } else if (deadline === null) {
      state.deadline = null;
      Object.assign(cycle, { dueAt: null, overdue: false });
    }
    state.phase = to.phase;
    state.step = to.step;
    state.seq += 1;
    state.version += 1;
    if (FINAL_PHASES.includes(to.phase)) cycle.closed = true;
    await acts.projectTransition({
      cycleId: input.cycleId,
      seq: state.seq,
      fromPhase: from,
      toPhase: to.phase,
      command,
      actorId,
      at: iso(now),
      summary,
      effects: { ...effects, cycle },
    });
  }

  function notify(key: string, audience: Audience[], kind: 'REMINDER' | 'OVERDUE' | 'TRANSITION' | 'RECERTIFICATION' | 'EXPIRED', title: string, body = '') {
    return acts.notify({ cycleId: input.cycleId, key: `${key}#${state.seq}`, audience, kind, title, body });
  }

  /** Runs one command or timer at a time: the validator ran earlier, so the position is checked again inside. */
  async function exclusive<T>(command: Command | null, body: () => Promise<T>): Promise<T> {
    await condition(() => !state.busy);
    state.busy = true;
    try {
      if (command) guard(command);
      return await body();
    } finally {
      state.busy = false;
    }
  }

  function command<A extends m.CommandArgs>(
    update: m.CommandUpdate<A>,
    name: Command,
    body: (args: NoInfer<A>) => Promise<void>,
    validate: (args: NoInfer<A>) => void = () => undefined,
  ): void {
    setHandler(update, (args: A) => exclusive(name, async () => {
      await body(args);
      return state.view();
    }), {
      validator: (args: A) => {
        guard(name);
        validate(args);
      },
    });
  }

  setHandler(m.cycleStateQuery, () => state.view());
  // Waits for the start's projection (busy) like every command, then just reports the state.
  setHandler(m.startedUpdate, () => exclusive(null, async () => state.view()));
  setHandler(m.certificateRenewedSignal, ({ byCycleId }) => {
    state.renewedBy = byCycleId;
    state.version += 1;
  });

  // --- Organisation: preparation, self-evaluation, internal audit ---

  command(m.completePreparationUpdate, 'completePreparation', async (a) => {
    await transition('completePreparation', a.actorId, { phase: 'SELF_EVALUATION', step: null }, 'Voorbereiding afgerond; zelfevaluatie gestart', {}, {
      kind: 'SELF_EVALUATION',
      window: durations.selfEvaluationWindow,
    });
  }, (a) => {
    const missing = missingPreparation(a.preparation);
    if (missing.length > 0) refuse('INCOMPLETE', `Preparation is incomplete: ${missing.join(', ')}.`, { missing });
  });

  command(m.submitSelfEvaluationUpdate, 'submitSelfEvaluation', async (a) => {
    const { unscoredNormCodes } = await acts.lockSelfEvaluation({ cycleId: input.cycleId });
    if (unscoredNormCodes.length > 0) {
      refuse('INCOMPLETE', `Every norm needs a score before submitting; unscored: ${unscoredNormCodes.join(', ')}.`, { unscoredNormCodes });
    }
    await transition('submitSelfEvaluation', a.actorId, { phase: 'INTERNAL_AUDIT', step: null }, 'Zelfevaluatie ingediend', {}, null);
  });

  command(m.completeInternalAuditUpdate, 'completeInternalAudit', async (a) => {
    const problem = internalAuditIncomplete(await acts.countInternalAudits({ cycleId: input.cycleId }));
    if (problem) refuse('INCOMPLETE', problem);
    await transition('completeInternalAudit', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT' }, 'Interne audit afgerond');
  });

  // --- External audit ---

  command(m.engageUpdate, 'engageCertifyingInstitution', async (a) => {
    await transition('engageCertifyingInstitution', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'ENGAGEMENT_REQUESTED' }, 'Certificerende instelling gevraagd', {
      cycle: { certifyingInstitutionId: a.certifyingInstitutionId },
    });
    await notify('engaged', ['CERTIFYING_INSTITUTION'], 'TRANSITION', 'Nieuwe aanvraag voor een externe audit');
  });

  command(m.acceptEngagementUpdate, 'acceptEngagement', async (a) => {
    state.leadAuditorId = a.leadAuditorId;
    state.coAuditorId = a.coAuditorId;
    await transition('acceptEngagement', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'SCHEDULING' }, `Opdracht aanvaard; ${a.auditDays} auditdag(en)`, {
      cycle: {
        leadAuditorId: a.leadAuditorId,
        coAuditorId: a.coAuditorId,
        auditDays: a.auditDays,
        auditDaysComputed: a.computedAuditDays,
        auditDaysOverrideReason: a.overrideReason,
      },
    });
    await notify('accepted', ['ORGANISATION', 'AUDITORS'], 'TRANSITION', 'De certificerende instelling heeft de opdracht aanvaard');
  }, (a) => {
    if (a.leadAuditorId === a.coAuditorId) refuse('BAD_USER_INPUT', 'The lead auditor and the co-auditor must be two different people.');
    if (a.auditDays !== a.computedAuditDays && !a.overrideReason?.trim()) {
      refuse('BAD_USER_INPUT', `Audit days differ from the scheme's ${a.computedAuditDays}; give a reason for the override.`);
    }
  });

  command(m.proposeAuditDatesUpdate, 'proposeAuditDates', async (a) => {
    state.proposedDates = [...a.dates];
    await transition('proposeAuditDates', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'DATES_PROPOSED' }, `Auditdata voorgesteld: ${a.dates.join(', ')}`, {
      cycle: { proposedAuditDates: a.dates },
    });
    await notify('dates', ['ORGANISATION'], 'TRANSITION', 'Kies een auditdatum');
  });

  command(m.confirmAuditDateUpdate, 'confirmAuditDate', async (a) => {
    await transition('confirmAuditDate', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'AUDITING' }, `Auditdatum bevestigd: ${a.date}`, {
      cycle: { confirmedAuditDate: a.date },
    });
    await notify('date-confirmed', ['AUDITORS'], 'TRANSITION', `Auditdatum bevestigd: ${a.date}`);
  }, (a) => {
    if (!state.proposedDates.includes(a.date)) refuse('BAD_USER_INPUT', `Choose one of the proposed dates: ${state.proposedDates.join(', ')}.`);
  });

  command(m.issueDraftReportUpdate, 'issueDraftReport', async (a) => {
    const { normCodes } = await acts.missingAuditFindings({ cycleId: input.cycleId });
    if (normCodes.length > 0) refuse('INCOMPLETE', `Every norm needs a finding before the draft report; missing: ${normCodes.join(', ')}.`, { missingNormCodes: normCodes });
    await transition('issueDraftReport', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'AWAITING_REPLY' }, 'Conceptrapport uitgebracht', {
      report: { kind: 'DRAFT', advice: null, ...a.report },
    }, { kind: 'DRAFT_REPORT_REPLY', window: durations.draftReportReplyWindow });
    await notify('draft', ['ORGANISATION'], 'TRANSITION', 'Het conceptrapport staat klaar voor uw reactie');
  });

  command(m.replyToDraftReportUpdate, 'replyToDraftReport', async (a) => {
    await transition('replyToDraftReport', a.actorId, { phase: 'EXTERNAL_AUDIT', step: 'REPLIED' }, 'Reactie op het conceptrapport gegeven', {
      reply: { text: a.reply },
    }, null);
    await notify('replied', ['AUDITORS'], 'TRANSITION', 'De organisatie heeft op het conceptrapport gereageerd');
  });

  command(m.issueFinalReportUpdate, 'issueFinalReport', async (a) => {
    await transition('issueFinalReport', a.actorId, { phase: 'IMPROVEMENT_PLAN', step: 'DRAFTING' }, `Eindrapport uitgebracht; advies ${a.advice}`, {
      report: { kind: 'FINAL', advice: a.advice, ...a.report },
      cycle: { advice: a.advice },
    }, { kind: 'IMPROVEMENT_PLAN', window: durations.improvementPlanDue });
    await notify('final', ['ORGANISATION'], 'TRANSITION', 'Het eindrapport is uitgebracht; stel het verbeterplan op');
  });

  // --- Improvement plan and decision ---

  command(m.submitImprovementPlanUpdate, 'submitImprovementPlan', async (a) => {
    const { normCodes } = await acts.uncoveredImprovementPoints({ cycleId: input.cycleId });
    if (normCodes.length > 0) refuse('INCOMPLETE', `Every finding below MEETS needs an improvement action; missing: ${normCodes.join(', ')}.`, { uncoveredNormCodes: normCodes });
    await transition('submitImprovementPlan', a.actorId, { phase: 'IMPROVEMENT_PLAN', step: 'SUBMITTED' }, 'Verbeterplan ingediend', {}, null);
    await notify('plan', ['AUDITORS'], 'TRANSITION', 'Het verbeterplan is ingediend');
  });

  command(m.reviewImprovementPlanUpdate, 'reviewImprovementPlan', async (a) => {
    if (a.review === 'ACCEPT') {
      await transition('reviewImprovementPlan', a.actorId, { phase: 'DECISION', step: 'AWAITING_DECISION' }, 'Verbeterplan geaccepteerd', {
        planReview: { review: a.review, comments: a.comments },
      });
      await notify('plan-accepted', ['ORGANISATION', 'SECTOR_DECIDERS'], 'TRANSITION', 'Verbeterplan geaccepteerd; de cyclus wacht op een besluit');
    } else {
      await transition('reviewImprovementPlan', a.actorId, { phase: 'IMPROVEMENT_PLAN', step: 'DRAFTING' }, 'Verbeterplan teruggegeven met opmerkingen', {
        planReview: { review: a.review, comments: a.comments },
      });
      await notify('plan-returned', ['ORGANISATION'], 'TRANSITION', 'Het verbeterplan is teruggegeven met opmerkingen', a.comments);
    }
  }, (a) => {
    if (a.review === 'RETURN' && !a.comments.trim()) refuse('BAD_USER_INPUT', 'Say what should change when returning the plan.');
  });

  command(m.decideCertificationUpdate, 'decideCertification', async (a) => {
    if (a.decision === 'AWARD') {
      const now = Date.now();
      const validUntilMs = shiftBy(now, durations.certificateValidity);
      const { number } = await acts.issueCertificate({ cycleId: input.cycleId, validFrom: iso(now), validUntil: iso(validUntilMs) });
      state.certificate = {
        number,
        validFromMs: now,
        validUntilMs,
        recertificationMs: shiftBy(validUntilMs, durations.recertificationReminder, -1),
      };
      await transition('decideCertification', a.actorId, { phase: 'CERTIFIED', step: 'VALID' }, `Label toegekend; certificaat ${number}`, {
        cycle: { decision: 'AWARD', decisionReason: a.reason },
      });
      if (input.previousCycleId) {
        // The previous cycle's certificate is now replaced; that workflow may already have ended.
        await getExternalWorkflowHandle(cycleWorkflowId(input.previousCycleId))
          .signal(m.certificateRenewedSignal, { byCycleId: input.cycleId })
          .catch(() => undefined);
      }
      await notify('awarded', ['ORGANISATION', 'CERTIFYING_INSTITUTION'], 'TRANSITION', `Het kwaliteitslabel is toegekend (certificaat ${number})`, a.reason);
    } else if (a.decision === 'REFUSE') {
      await transition('decideCertification', a.actorId, { phase: 'REFUSED', step: null }, 'Label geweigerd', {
        cycle: { decision: 'REFUSE', decisionReason: a.reason },
      });
      await notify('refused', ['ORGANISATION', 'CERTIFYING_INSTITUTION'], 'TRANSITION', 'Het kwaliteitslabel is niet toegekend', a.reason);
    } else {
      await transition('decideCertification', a.actorId, { phase: 'DECISION', step: 'DEFERRED' }, 'Besluit aangehouden', {
        cycle: { decision: 'DEFER', decisionReason: a.reason },
      });
      await notify('deferred', ['ORGANISATION'], 'TRANSITION', 'Het besluit is aangehouden', a.reason);
    }
  }, (a) => {
    if (!a.reason.trim()) refuse('BAD_USER_INPUT', 'A decision needs a reason.');
  });

  // --- Certified ---

  /** What the sector body does to a certificate: a move, its status in the register, a notice, all with a reason. */
  function certificateCommand(
    update: m.CommandUpdate<m.ReasonArgs>,
    name: 'suspendCertificate' | 'reinstateCertificate' | 'withdrawCertificate',
    to: { phase: Phase; step: Step | null },
    status: 'VALID' | 'SUSPENDED' | 'WITHDRAWN',
    text: { summary: string; noticeKey: string; noticeTitle: string; reasonMissing: string },
  ): void {
    command(update, name, async (a) => {
      await transition(name, a.actorId, to, text.summary, { certificate: { status, reason: a.reason } });
      await notify(text.noticeKey, ['ORGANISATION', 'CERTIFYING_INSTITUTION'], 'TRANSITION', text.noticeTitle, a.reason);
    }, (a) => {
      if (!a.reason.trim()) refuse('BAD_USER_INPUT', text.reasonMissing);
    });
  }

  certificateCommand(m.suspendCertificateUpdate, 'suspendCertificate', { phase: 'CERTIFIED', step: 'SUSPENDED' }, 'SUSPENDED', {
    summary: 'Certificaat geschorst',
    noticeKey: 'suspended',
    noticeTitle: 'Het certificaat is geschorst',
    reasonMissing: 'Suspending needs a reason.',
  });
  // A suspension is temporary: lifting it makes the certificate valid again until its own end date.
  certificateCommand(m.reinstateCertificateUpdate, 'reinstateCertificate', { phase: 'CERTIFIED', step: 'VALID' }, 'VALID', {
    summary: 'Schorsing opgeheven',
    noticeKey: 'reinstated',
    noticeTitle: 'De schorsing van het certificaat is opgeheven',
    reasonMissing: 'Lifting a suspension needs a reason.',
  });
  certificateCommand(m.withdrawCertificateUpdate, 'withdrawCertificate', { phase: 'WITHDRAWN', step: null }, 'WITHDRAWN', {
    summary: 'Certificaat ingetrokken',
    noticeKey: 'withdrawn',
    noticeTitle: 'Het certificaat is ingetrokken',
    reasonMissing: 'Withdrawing needs a reason.',
  });

  /** What the clock does: reminders, escalation, the next cycle, expiry, renewal. */
  async function onClock(): Promise<void> {
    const now = Date.now();
    const d = state.deadline;
    if (d && !d.reminded && now >= d.remindMs) {
      d.reminded = true;
      await notify(`remind-${d.kind}`, ['ORGANISATION', 'AUDITORS'], 'REMINDER', 'Herinnering: er loopt een termijn af', `Uiterlijk ${iso(d.dueMs)}.`);
    }
    if (d && !d.escalated && now >= d.dueMs) {
      d.escalated = true;
      await transition('deadlinePassed', null, { phase: state.phase, step: state.step }, `Termijn verstreken (${d.kind})`, { cycle: { overdue: true } });
      await notify(`overdue-${d.kind}`, ['SECTOR_BODY', 'ORGANISATION', 'AUDITORS'], 'OVERDUE', 'Termijn verstreken', `De termijn ${d.kind} is op ${iso(d.dueMs)} verstreken.`);
    }
    const cert = state.certificate;
    if (state.phase === 'CERTIFIED' && cert && state.renewedBy) {
      await transition('certificateRenewed', null, { phase: 'RENEWED', step: null }, 'Certificaat vervangen door de volgende cyclus', {
        certificate: { status: 'RENEWED', reason: `renewed by cycle ${state.renewedBy}` },
      });
      return;
    }
    if (state.phase === 'CERTIFIED' && cert && !state.nextCycleId && now >= cert.recertificationMs) {
      const { nextCycleId, workflowInput } = await acts.openNextCycle({ cycleId: input.cycleId });
      // Abandoned: the next cycle lives on when this one ends with its certificate.
      await startChild(certificationCycleWorkflow, {
        workflowId: cycleWorkflowId(nextCycleId),
        args: [workflowInput],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
      state.nextCycleId = nextCycleId;
      await transition('openNextCycle', null, { phase: state.phase, step: state.step }, 'Volgende cyclus geopend voor hercertificering', { cycle: { closed: true } });
      await notify('recertification', ['ORGANISATION'], 'RECERTIFICATION', 'Tijd voor hercertificering: de volgende cyclus staat klaar', `Het certificaat is geldig tot ${iso(cert.validUntilMs)}.`);
    }
    if (state.phase === 'CERTIFIED' && cert && now >= cert.validUntilMs) {
      await transition('certificateExpired', null, { phase: 'EXPIRED', step: null }, 'Certificaat verlopen', {
        certificate: { status: 'EXPIRED', reason: 'validity ended without renewal' },
      });
      await notify('expired', ['ORGANISATION', 'SECTOR_BODY'], 'EXPIRED', 'Het certificaat is verlopen');
    }
    state.version += 1;
  }

  // The start itself is the first entry of the audit trail (seq 1), written through the same projection.
  // Commands wait for it (busy, set above), so the trail never shows a transition before the start.
  state.seq = 1;
  await acts.projectTransition({
    cycleId: input.cycleId,
    seq: 1,
    fromPhase: null,
    toPhase: 'PREPARATION',
    command: 'startCycle',
    actorId: input.startedBy,
    at: iso(workflowInfo().startTime.getTime()),
    summary: 'Cyclus gestart',
  });
  state.busy = false;

  while (!FINAL_PHASES.includes(state.phase)) {
    const seen = state.version;
    const wake = state.nextWakeMs();
    const changed = await condition(
      () => state.version !== seen,
      wake === null ? undefined : Math.max(1, wake - Date.now()),
    );
    if (!changed || state.renewedBy) await exclusive(null, onClock);
  }
  await condition(allHandlersFinished);
}
