import type { EntityManager } from '@mikro-orm/postgresql';
import * as m from '../../../../workflows/src/messages';
import { auditDaysFor, FINAL_PHASES, positionRefusal, type Command } from '../../../../workflows/src/rules';
import { badInput, DomainError, notFound } from '../../common/errors';
import type { CycleCommands } from '../../temporal/cycle-commands';
import type { AccessPolicy } from '../access/access-policy';
import type { MutationReceipts } from '../receipt/mutation-receipts';
import { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import { AwardRule } from '../framework/framework-rules';
import { Role } from '../user/role';
import { User } from '../user/user.entity';
import { Cycle } from './cycle.entity';
import type { CycleCommandInput } from './dto/cycle-command.input';
import type * as d from './dto/decision.inputs';
import type * as e from './dto/engagement.inputs';
import type * as r from './dto/report.inputs';

const QUALITY_OFFICER = [Role.ORG_QUALITY_OFFICER] as const;

/**
 * Every process command of a cycle: who may give it is checked here, against the cycle's data; whether
 * it is allowed now is the workflow's call (its validators), and the result is read back from the projection.
 */
export class CycleCommandService {
  constructor(
    private readonly commands: CycleCommands,
    private readonly policy: AccessPolicy,
    private readonly receipts: MutationReceipts,
  ) {}

  private async run<A extends m.CommandArgs>(
    em: EntityManager,
    user: User,
    input: CycleCommandInput,
    authorize: (cycle: Cycle) => void | Promise<void>,
    update: m.CommandUpdate<A>,
    args: (cycle: Cycle) => A | Promise<A>,
  ): Promise<Cycle> {
    const cycle = await em.findOne(Cycle, { id: input.cycleId });
    if (!cycle) throw notFound('Cycle');
    await authorize(cycle);
    const command = update.name as Command;
    const earlier = await this.receipts.lookup(em, user, input.clientMutationId);
    if (earlier && earlier !== command) {
      throw new DomainError('CONFLICT', `This clientMutationId was already used for ${earlier}; make a new one per action.`, 'clientMutationId');
    }
    const ended = FINAL_PHASES.includes(cycle.phase);
    // A retry of the command that ended the cycle: it was applied; the workflow is gone, the result is here.
    if (earlier && ended) return cycle;
    // A first attempt that the projection already shows to be out of place is refused here, and an ended
    // cycle's workflow could not even answer. Otherwise the workflow's validator is the authority.
    const refusal = !earlier || ended ? positionRefusal(command, { phase: cycle.phase, step: cycle.step }) : null;
    if (refusal) throw new DomainError(refusal.code, refusal.message);
    const claimed = !earlier && (await this.receipts.claim(em, user, command, input.clientMutationId));
    try {
      await this.commands.send(cycle.id, input.clientMutationId, update, await args(cycle));
    } catch (err) {
      if (claimed && err instanceof DomainError) await this.receipts.release(em, user, input.clientMutationId);
      throw err;
    }
    // The projection activity wrote the new state with its own connection; read it fresh.
    return em.findOneOrFail(Cycle, { id: cycle.id }, { refresh: true });
  }

  private org(user: User) {
    return (cycle: Cycle) => this.policy.assertOrganisationActor(user, cycle, QUALITY_OFFICER);
  }

  completePreparation(em: EntityManager, user: User, input: CycleCommandInput) {
    return this.run(em, user, input, this.org(user), m.completePreparationUpdate, (c) => ({
      actorId: user.id,
      // The workflow judges completeness (rules.missingPreparation); the content comes from the database.
      preparation: {
        variant: c.variant,
        wholeOrganisation: c.wholeOrganisation,
        scopeUnits: c.scopeUnits,
        fte: c.fte,
        frameworkVersionId: c.frameworkVersion.id,
      },
    }));
  }

  submitSelfEvaluation(em: EntityManager, user: User, input: CycleCommandInput) {
    return this.run(em, user, input, this.org(user), m.submitSelfEvaluationUpdate, () => ({ actorId: user.id }));
  }

  completeInternalAudit(em: EntityManager, user: User, input: CycleCommandInput) {
    return this.run(em, user, input, this.org(user), m.completeInternalAuditUpdate, () => ({ actorId: user.id }));
  }

  engageCertifyingInstitution(em: EntityManager, user: User, input: e.EngageCertifyingInstitutionInput) {
    return this.run(em, user, input, this.org(user), m.engageUpdate, async () => {
      const ci = await em.findOne(CertifyingInstitution, { id: input.certifyingInstitutionId });
      if (!ci || !ci.admitted) throw badInput('certifyingInstitutionId', 'Choose a certifying institution admitted by the sector body.');
      return { actorId: user.id, certifyingInstitutionId: ci.id };
    });
  }

  acceptEngagement(em: EntityManager, user: User, input: e.AcceptEngagementInput) {
    return this.run(em, user, input, (c) => this.policy.assertCiManager(user, c), m.acceptEngagementUpdate, async (c) => {
      const ciId = c.certifyingInstitution!.id;
      for (const field of ['leadAuditorId', 'coAuditorId'] as const) {
        const auditor = await em.findOne(User, { id: input[field], role: Role.AUDITOR, certifyingInstitution: ciId });
        if (!auditor) throw badInput(field, 'Choose an auditor of your own certifying institution.');
      }
      if (input.leadAuditorId === input.coAuditorId) throw badInput('coAuditorId', 'The co-auditor must be someone other than the lead auditor.');
      const version = await c.frameworkVersion.loadOrFail();
      const computed = auditDaysFor(c.fte, version.rules.auditDaysTable);
      if (computed === null) throw new DomainError('INCOMPLETE', "The scheme's audit-days table has no band for this FTE.");
      const auditDays = input.auditDays ?? computed;
      const reason = input.overrideReason?.trim() || null;
      if (auditDays !== computed && !reason) {
        throw badInput('overrideReason', `The table gives ${computed} audit day(s); say why you plan ${auditDays}.`);
      }
      return { actorId: user.id, leadAuditorId: input.leadAuditorId, coAuditorId: input.coAuditorId, computedAuditDays: computed, auditDays, overrideReason: reason };
    });
  }

  proposeAuditDates(em: EntityManager, user: User, input: e.ProposeAuditDatesInput) {
    return this.run(em, user, input, (c) => this.policy.assertAssignedAuditor(user, c), m.proposeAuditDatesUpdate, () => ({
      actorId: user.id,
      dates: [...input.dates].sort(),
    }));
  }

  confirmAuditDate(em: EntityManager, user: User, input: e.ConfirmAuditDateInput) {
    return this.run(em, user, input, this.org(user), m.confirmAuditDateUpdate, () => ({ actorId: user.id, date: input.date }));
  }

  issueDraftReport(em: EntityManager, user: User, input: r.IssueDraftReportInput) {
    return this.run(em, user, input, (c) => this.policy.assertAssignedAuditor(user, c, true), m.issueDraftReportUpdate, () => ({
      actorId: user.id,
      report: { summary: input.summary, strengths: input.strengths, improvementPoints: input.improvementPoints },
    }));
  }

  replyToDraftReport(em: EntityManager, user: User, input: e.ReplyToDraftReportInput) {
    return this.run(em, user, input, this.org(user), m.replyToDraftReportUpdate, () => ({ actorId: user.id, reply: input.reply }));
  }

  issueFinalReport(em: EntityManager, user: User, input: r.IssueFinalReportInput) {
    return this.run(em, user, input, (c) => this.policy.assertAssignedAuditor(user, c, true), m.issueFinalReportUpdate, () => ({
      actorId: user.id,
      advice: input.advice,
      report: { summary: input.summary, strengths: input.strengths, improvementPoints: input.improvementPoints },
    }));
  }

  submitImprovementPlan(em: EntityManager, user: User, input: CycleCommandInput) {
    return this.run(em, user, input, this.org(user), m.submitImprovementPlanUpdate, () => ({ actorId: user.id }));
  }

  reviewImprovementPlan(em: EntityManager, user: User, input: d.ReviewImprovementPlanInput) {
    return this.run(em, user, input, (c) => this.policy.assertAssignedAuditor(user, c, true), m.reviewImprovementPlanUpdate, () => {
      if (input.review === 'RETURN' && !input.comments.trim()) throw badInput('comments', 'Say what should change when returning the plan.');
      return { actorId: user.id, review: input.review, comments: input.comments };
    });
  }

  decideCertification(em: EntityManager, user: User, input: d.DecideCertificationInput) {
    return this.run(em, user, input, (c) => this.authorizeDecider(user, c), m.decideCertificationUpdate, async (c) => {
      if (input.decision === 'AWARD') await this.assertAwardRule(em, c);
      return { actorId: user.id, decision: input.decision, reason: input.reason };
    });
  }

  suspendCertificate(em: EntityManager, user: User, input: d.CertificateActionInput) {
    return this.run(em, user, input, () => this.policy.assertSectorRole(user, [Role.SECTOR_ADMIN]), m.suspendCertificateUpdate, () => ({
      actorId: user.id,
      reason: input.reason,
    }));
  }

  reinstateCertificate(em: EntityManager, user: User, input: d.CertificateActionInput) {
    return this.run(em, user, input, () => this.policy.assertSectorRole(user, [Role.SECTOR_ADMIN]), m.reinstateCertificateUpdate, () => ({
      actorId: user.id,
      reason: input.reason,
    }));
  }

  withdrawCertificate(em: EntityManager, user: User, input: d.CertificateActionInput) {
    return this.run(em, user, input, () => this.policy.assertSectorRole(user, [Role.SECTOR_ADMIN]), m.withdrawCertificateUpdate, () => ({
      actorId: user.id,
      reason: input.reason,
    }));
  }

  /** A sector decider who did not audit this cycle: nobody decides on a cycle they audited. */
  private authorizeDecider(user: User, cycle: Cycle): void {
    this.policy.assertSectorRole(user, [Role.SECTOR_DECIDER]);
    if (this.policy.isAssignedAuditor(user, cycle)) throw new DomainError('NOT_ALLOWED', 'You audited this cycle, so you may not decide on it.');
  }

  /** The scheme's award rule, checked on the findings and the accepted improvement plan. */
  private async assertAwardRule(em: EntityManager, cycle: Cycle): Promise<void> {
    const version = await cycle.frameworkVersion.loadOrFail();
    const rows = await em.execute<{ code: string; covered: boolean }[]>(
      `select n.code, exists (select 1 from improvement_action a where a.cycle_id = f.cycle_id and a.norm_id = f.norm_id) as covered
         from audit_finding f join norm n on n.id = f.norm_id
        where f.cycle_id = ? and f.score = 'DOES_NOT_MEET' order by n.code`,
      [cycle.id],
    );
    const blocking =
      version.rules.awardRule === AwardRule.NO_DOES_NOT_MEET ? rows : rows.filter((row) => !row.covered);
    if (blocking.length > 0) {
      throw new DomainError('NOT_ALLOWED', `The award rule (${version.rules.awardRule}) is not met for: ${blocking.map((b) => b.code).join(', ')}.`, undefined, {
        blockingNormCodes: blocking.map((b) => b.code),
      });
    }
  }
}
