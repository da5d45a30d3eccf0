import type { EntityManager } from '@mikro-orm/postgresql';
import * as m from '../../../../workflows/src/messages';
import { auditDaysFor, awardRefusal, FINAL_PHASES, positionRefusal, type Command } from '../../../../workflows/src/rules';
import { entityById } from '../../common/entity-by-id';
import { badInput, DomainError } from '../../common/errors';
import { assertNoRefusal } from '../../common/phase-guard';
import type { CycleCommands } from '../../temporal/cycle-commands';
import type { AccessPolicy } from '../access/access-policy';
import { present, seen, visibleCycle } from '../access/references';
import { REMEMBER_ID, type MutationReceipts } from '../receipt/mutation-receipts';
import { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import { AuditFinding } from '../external-audit/audit-finding.entity';
import { awardVerdict } from '../external-audit/award-verdict';
import { ImprovementAction } from '../improvement-plan/improvement-action.entity';
import { Role } from '../user/role';
import { User } from '../user/user.entity';
import { Cycle } from './cycle.entity';
import type { CycleCommandInput } from './dto/cycle-command.input';
import type { CompletePreparationInput } from './dto/complete-preparation.input';
import { preparationChoice } from './preparation-choice';
import type * as d from './dto/decision.inputs';
import type * as e from './dto/engagement.inputs';
import type * as r from './dto/report.inputs';

const QUALITY_OFFICER = [Role.ORG_QUALITY_OFFICER] as const;

/**
 * Every process command of a cycle: who may give it is checked here, against the cycle's data; whether
 * it is allowed now is the workflow's call (its validators ask the process model), and the result is read
 * back from the projection.
 */
export class CycleCommandService {
  /** Who may give each command on a cycle; throws NOT_FOUND or NOT_ALLOWED. `viewerCan` asks the same table. */
  readonly authorize: Record<Command, (user: User, cycle: Cycle) => void>;

  constructor(
    private readonly commands: CycleCommands,
    private readonly policy: AccessPolicy,
    private readonly receipts: MutationReceipts,
  ) {
    const org = (user: User, cycle: Cycle) => policy.assertOrganisationActor(user, cycle, QUALITY_OFFICER);
    const auditor = (user: User, cycle: Cycle) => policy.assertAssignedAuditor(user, cycle);
    const lead = (user: User, cycle: Cycle) => policy.assertAssignedAuditor(user, cycle, true);
    const sectorAdmin = (user: User) => policy.assertSectorRole(user, [Role.SECTOR_ADMIN]);
    const ciManager = (user: User, cycle: Cycle) => policy.assertCiManager(user, cycle);
    this.authorize = {
      completePreparation: org,
      submitSelfEvaluation: org,
      completeInternalAudit: org,
      engageCertifyingInstitution: org,
      acceptEngagement: ciManager,
      declineEngagement: ciManager,
      proposeAuditDates: auditor,
      confirmAuditDate: org,
      issueDraftReport: lead,
      replyToDraftReport: org,
      issueFinalReport: lead,
      submitImprovementPlan: org,
      reviewImprovementPlan: lead,
      decideCertification: (user, cycle) => this.authorizeDecider(user, cycle),
      suspendCertificate: sectorAdmin,
      reinstateCertificate: sectorAdmin,
      withdrawCertificate: sectorAdmin,
    };
  }

  /**
   * Checks in the order of docs/error-codes.md: the cycle, then (unless this is a retry, which replays its
   * first answer) what the command names (`refer`, NOT_FOUND for anything the caller may not see), and only
   * then who may give it and every rule, so no refusal tells the caller more about an ID than that it is not
   * found.
   */
  private async run<A extends m.CommandArgs, R = undefined>(
    em: EntityManager,
    user: User,
    input: CycleCommandInput,
    update: m.CommandUpdate<A>,
    args: (cycle: Cycle, named: R) => A | Promise<A>,
    refer?: (cycle: Cycle) => Promise<R>,
  ): Promise<Cycle> {
    const command = update.name as Command;
    const cycle = await visibleCycle(em, this.policy, user, input.cycleId).catch((err: unknown) => this.retryAfterLosingSight(em, user, command, input, err));
    await this.receipts.once(em, user, {
      operation: command,
      clientMutationId: input.clientMutationId,
      remember: REMEMBER_ID,
      resultId: cycle.id,
      receiptOnly: true,
      run: async () => {
        const named = (refer ? await refer(cycle) : undefined) as R;
        this.authorize[command](user, cycle);
        // An ended cycle's workflow can no longer answer, so the model's answer is given here. Everywhere
        // else the workflow's validator is the one place a command is judged.
        if (FINAL_PHASES.includes(cycle.phase)) assertNoRefusal(positionRefusal(command, { phase: cycle.phase, step: cycle.step }));
        await this.commands.send(cycle.id, { callerId: user.id, clientMutationId: input.clientMutationId }, update, await args(cycle, named));
        return cycle.id;
      },
    });
    // Read after the receipt's transaction, with the request's own unit of work: the fields the answer
    // resolves (auditors, institution) load through it. The projection activity wrote the new state with
    // its own connection, so read it fresh.
    return present(await entityById(em, Cycle, cycle.id, { refresh: true }), 'Cycle');
  }

  completePreparation(em: EntityManager, user: User, input: CompletePreparationInput) {
    return this.run(em, user, input, m.completePreparationUpdate, async (c) => {
      const choice = preparationChoice((await c.frameworkVersion.loadOrFail()).variantGuide, input.choice ?? null);
      return {
        actorId: user.id,
        // The workflow judges completeness (rules.missingPreparation) on the facts as they will stand.
        preparation: {
          variant: choice?.variant ?? c.variant,
          wholeOrganisation: choice?.wholeOrganisation ?? c.wholeOrganisation,
          scopeUnits: choice?.scopeUnits ?? c.scopeUnits,
          fte: c.fte,
          frameworkVersionId: c.frameworkVersion.id,
        },
        choice,
      };
    });
  }

  submitSelfEvaluation(em: EntityManager, user: User, input: CycleCommandInput) {
    return this.run(em, user, input, m.submitSelfEvaluationUpdate, () => ({ actorId: user.id }));
  }

  completeInternalAudit(em: EntityManager, user: User, input: CycleCommandInput) {
    return this.run(em, user, input, m.completeInternalAuditUpdate, () => ({ actorId: user.id }));
  }

  engageCertifyingInstitution(em: EntityManager, user: User, input: e.EngageCertifyingInstitutionInput) {
    return this.run(
      em,
      user,
      input,
      m.engageUpdate,
      (_, ci) => {
        // Only the sector body (which does not engage) sees an institution that is not admitted; kept as the rule it is.
        if (!ci.admitted) throw badInput('certifyingInstitutionId', 'Choose a certifying institution admitted by the sector body.', 'institutionNotAdmitted');
        return { actorId: user.id, certifyingInstitutionId: ci.id };
      },
      async () => {
        const ci = await em.findOne(CertifyingInstitution, { id: input.certifyingInstitutionId });
        return seen(ci, (c) => this.policy.canSeeCertifyingInstitution(user, c), 'Certifying institution', 'certifyingInstitutionId');
      },
    );
  }

  acceptEngagement(em: EntityManager, user: User, input: e.AcceptEngagementInput) {
    const fields = ['leadAuditorId', 'coAuditorId'] as const;
    const refer = async () => {
      const auditors: User[] = [];
      for (const field of fields) {
        auditors.push(seen(await em.findOne(User, { id: input[field] }), (u) => this.policy.canSeeInstitutionPerson(user, u), 'Auditor', field));
      }
      return auditors;
    };
    return this.run(em, user, input, m.acceptEngagementUpdate, async (c, auditors) => {
      auditors.forEach((auditor, i) => {
        if (auditor.role !== Role.AUDITOR || auditor.certifyingInstitution?.id !== c.certifyingInstitution?.id) {
          throw badInput(fields[i], 'Choose an auditor of your own certifying institution.', 'auditorOfOtherInstitution');
        }
      });
      const version = await c.frameworkVersion.loadOrFail();
      const computed = auditDaysFor(c.fte, version.rules.auditDaysTable);
      if (computed === null) throw new DomainError('INCOMPLETE', "The scheme's audit-days table has no band for this FTE.");
      // The workflow's validator judges the override against the table (auditDaysOverrideRefusal).
      const auditDays = input.auditDays ?? computed;
      const reason = input.overrideReason?.trim() || null;
      return { actorId: user.id, leadAuditorId: input.leadAuditorId, coAuditorId: input.coAuditorId, computedAuditDays: computed, auditDays, overrideReason: reason };
    }, refer);
  }

  declineEngagement(em: EntityManager, user: User, input: e.DeclineEngagementInput) {
    return this.run(em, user, input, m.declineEngagementUpdate, () => ({ actorId: user.id, reason: input.reason }));
  }

  proposeAuditDates(em: EntityManager, user: User, input: e.ProposeAuditDatesInput) {
    return this.run(em, user, input, m.proposeAuditDatesUpdate, () => ({
      actorId: user.id,
      dates: [...input.dates].sort(),
    }));
  }

  confirmAuditDate(em: EntityManager, user: User, input: e.ConfirmAuditDateInput) {
    return this.run(em, user, input, m.confirmAuditDateUpdate, () => ({ actorId: user.id, date: input.date }));
  }

  issueDraftReport(em: EntityManager, user: User, input: r.IssueDraftReportInput) {
    return this.run(em, user, input, m.issueDraftReportUpdate, () => ({
      actorId: user.id,
      report: { summary: input.summary, strengths: input.strengths, improvementPoints: input.improvementPoints },
    }));
  }

  replyToDraftReport(em: EntityManager, user: User, input: e.ReplyToDraftReportInput) {
    return this.run(em, user, input, m.replyToDraftReportUpdate, () => ({ actorId: user.id, reply: input.reply }));
  }

  issueFinalReport(em: EntityManager, user: User, input: r.IssueFinalReportInput) {
    return this.run(em, user, input, m.issueFinalReportUpdate, () => ({
      actorId: user.id,
      advice: input.advice,
      report: { summary: input.summary, strengths: input.strengths, improvementPoints: input.improvementPoints },
    }));
  }

  submitImprovementPlan(em: EntityManager, user: User, input: CycleCommandInput) {
    return this.run(em, user, input, m.submitImprovementPlanUpdate, () => ({ actorId: user.id }));
  }

  reviewImprovementPlan(em: EntityManager, user: User, input: d.ReviewImprovementPlanInput) {
    return this.run(em, user, input, m.reviewImprovementPlanUpdate, () => ({ actorId: user.id, review: input.review, comments: input.comments ?? '' }));
  }

  decideCertification(em: EntityManager, user: User, input: d.DecideCertificationInput) {
    return this.run(em, user, input, m.decideCertificationUpdate, async (c) => {
      if (input.decision === 'AWARD') await this.assertAwardRule(em, c);
      return { actorId: user.id, decision: input.decision, reason: input.reason };
    });
  }

  suspendCertificate(em: EntityManager, user: User, input: d.CertificateActionInput) {
    return this.run(em, user, input, m.suspendCertificateUpdate, () => ({
      actorId: user.id,
      reason: input.reason,
    }));
  }

  reinstateCertificate(em: EntityManager, user: User, input: d.CertificateActionInput) {
    return this.run(em, user, input, m.reinstateCertificateUpdate, () => ({
      actorId: user.id,
      reason: input.reason,
    }));
  }

  withdrawCertificate(em: EntityManager, user: User, input: d.CertificateActionInput) {
    return this.run(em, user, input, m.withdrawCertificateUpdate, () => ({
      actorId: user.id,
      reason: input.reason,
    }));
  }

  /**
   * A declined engagement clears the institution from the cycle, so its manager no longer sees it; a retry of
   * that very decline (same clientMutationId) still gets the first answer. Anyone else stays NOT_FOUND.
   */
  private async retryAfterLosingSight(em: EntityManager, user: User, command: Command, input: CycleCommandInput, err: unknown): Promise<Cycle> {
    const id = err instanceof DomainError && err.code === 'NOT_FOUND' ? await this.receipts.earlierResult(em, user, command, input.clientMutationId, REMEMBER_ID) : null;
    if (id !== input.cycleId) throw err;
    return present(await em.findOne(Cycle, { id }), 'Cycle');
  }

  /** A sector decider who did not audit this cycle: nobody decides on a cycle they audited. */
  private authorizeDecider(user: User, cycle: Cycle): void {
    this.policy.assertSectorRole(user, [Role.SECTOR_DECIDER]);
    if (this.policy.isAssignedAuditor(user, cycle)) throw new DomainError('NOT_ALLOWED', 'You audited this cycle, so you may not decide on it.');
  }

  /** The scheme's award rule (awardVerdict, as the dossier's summary shows it), on the findings and the accepted plan. */
  private async assertAwardRule(em: EntityManager, cycle: Cycle): Promise<void> {
    const version = await cycle.frameworkVersion.loadOrFail();
    const [findings, actions] = await Promise.all([
      em.find(AuditFinding, { cycle: cycle.id }, { populate: ['norm'] }),
      em.find(ImprovementAction, { cycle: cycle.id, norm: { $ne: null } }, { populate: ['norm'] }),
    ]);
    const codes = new Map([...findings, ...actions].map((row) => [row.norm!.id, row.norm!.getEntity().code]));
    const verdict = awardVerdict(version.rules.awardRule, findings, actions, (normId) => codes.get(normId) ?? normId);
    assertNoRefusal(awardRefusal(version.rules.awardRule, verdict.blocking));
  }
}
