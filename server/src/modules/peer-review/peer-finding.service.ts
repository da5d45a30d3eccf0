import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notAllowed, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { assertRevision } from '../../common/revision';
import type { PeerGroupWorkflows } from '../../temporal/cycle-commands';
import type { AccessPolicy } from '../access/access-policy';
import { peerReadableLinks, peerReadingOf } from '../access/peer-auditor-reading';
import { present, visibleNorm } from '../access/references';
import { Cycle } from '../cycle/cycle.entity';
import { EvidenceLink } from '../evidence/evidence-link.entity';
import type { FrameworkVersion } from '../framework/framework-version.entity';
import { Norm } from '../framework/norm.entity';
import { findingVersion, markFindingSaved } from '../framework/norm-finding.entity';
import { SelfEvaluationAnswer } from '../self-evaluation/self-evaluation-answer.entity';
import { PartyKind, Role } from '../user/role';
import { User } from '../user/user.entity';
import type { IssueLearningReportInput, LearningReportCommandInput, RecordPeerFindingInput, ReplyToLearningReportInput } from './dto/peer-finding.inputs';
import { LearningReport, LearningReportStatus, PeerFinding } from './peer-finding.entity';
import { auditedLearningReportIds, cycleLearningReportIds } from '../access/combined-audit-reading';
import { peerVisitFilter } from './peer-review-scope';
import type { PeerVisitSelfEvaluation } from './peer-review.views';
import { PeerVisit, PeerVisitStatus } from './peer-visit.entity';
import { newestPublishedVersion } from './training-validity';

const VISIT = 'Peer visit';
const REPORT = 'Learning report';

/** A visit and its learning report, read under the visit's row lock. */
interface Locked {
  visit: PeerVisit;
  report: LearningReport;
}

/**
 * The findings of a visit and its learning report (docs/peer-review.md): the pair records findings per norm once
 * the visit is confirmed, issues the report, the visited organisation replies, the pair makes it final. Every
 * command locks the visit's row, so a finding cannot land after the report was issued and two steps of the
 * report take turns.
 */
export class PeerFindingService {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly groupWorkflows: PeerGroupWorkflows,
  ) {}

  record(em: EntityManager, user: User, input: Change<RecordPeerFindingInput>): Promise<PeerFinding> {
    return em.transactional(async (tx) => {
      const { visit, report } = await lockedReport(tx, user, input.peerVisitId);
      const norm = await visibleNorm(tx, this.policy, user, input.normId);
      await assertPair(visit, user);
      assertWriting(visit, report);
      const version = await versionOfVisit(tx, visit);
      if (norm.frameworkVersion.id !== version?.id) {
        throw badInput('normId', "This norm is not part of the framework version of the visited organisation's cycle.", 'normNotOfVisitedCycle');
      }
      const existing = await tx.findOne(PeerFinding, { visit: visit.id, norm: norm.id }, { refresh: true });
      await assertRevision(input.expectedRevision, existing && findingVersion(existing, { goesWell: existing.goesWell, intention: existing.intention, learningPoints: existing.learningPoints }));
      const finding = existing ?? tx.create(PeerFinding, { visit: visit.id, norm: norm.id, goesWell: input.goesWell, recordedBy: user.id, revision: 0 });
      finding.goesWell = input.goesWell;
      finding.intention = input.intention;
      finding.learningPoints = input.learningPoints;
      markFindingSaved(tx, finding, user.id);
      return finding;
    });
  }

  issue(em: EntityManager, user: User, input: Change<IssueLearningReportInput>): Promise<LearningReport> {
    return em.transactional(async (tx) => {
      const { visit, report } = await lockedReport(tx, user, input.peerVisitId);
      await assertPair(visit, user);
      assertWriting(visit, report);
      if ((await tx.count(PeerFinding, { visit: visit.id })) === 0) {
        throw new DomainError('INCOMPLETE', 'The report has no finding yet; record at least one finding before issuing it.');
      }
      report.status = LearningReportStatus.ISSUED;
      report.summary = input.summary;
      report.issuedBy = tx.getReference(User, user.id, { wrapped: true });
      report.issuedAt = new Date();
      return report;
    });
  }

  reply(em: EntityManager, user: User, input: Change<ReplyToLearningReportInput>): Promise<LearningReport> {
    return em.transactional(async (tx) => {
      const { visit, report } = await lockedReport(tx, user, input.peerVisitId);
      assertVisitedOfficer(visit, user, 'replies to');
      assertStatus(report, LearningReportStatus.ISSUED, 'replied to');
      report.status = LearningReportStatus.REPLIED;
      report.reply = input.reply;
      report.repliedBy = tx.getReference(User, user.id, { wrapped: true });
      report.repliedAt = new Date();
      return report;
    });
  }

  finalise(em: EntityManager, user: User, input: Change<LearningReportCommandInput>): Promise<LearningReport> {
    return em.transactional(async (tx) => {
      const { visit, report } = await lockedReport(tx, user, input.peerVisitId);
      await assertPair(visit, user);
      assertStatus(report, LearningReportStatus.REPLIED, 'made final');
      report.status = LearningReportStatus.FINAL;
      report.finalisedBy = tx.getReference(User, user.id, { wrapped: true });
      report.finalisedAt = new Date();
      return report;
    });
  }

  /**
   * Tells the group's workflow, once the report is committed FINAL: it tells its members' cycles when every
   * learning report is final.
   */
  async finalised(em: EntityManager, report: LearningReport): Promise<LearningReport> {
    const visit = await em.findOneOrFail(PeerVisit, { id: report.visit.id });
    await this.groupWorkflows.progressed(visit.group.id);
    return report;
  }

  share(em: EntityManager, user: User, input: Change<LearningReportCommandInput>): Promise<LearningReport> {
    return em.transactional(async (tx) => {
      const { visit, report } = await lockedReport(tx, user, input.peerVisitId);
      assertVisitedOfficer(visit, user, 'shares');
      assertStatus(report, LearningReportStatus.FINAL, 'shared');
      // Sharing again changes nothing: the members read it since the first time.
      report.sharedAt ??= new Date();
      return report;
    });
  }

  /**
   * The learning report of a visit for whoever may read it: the pair always; the visited organisation once it
   * is issued; the other members of the group once the visited organisation shared it; once final, the lead
   * and co-auditor of the visited organisation's COMBINED cycle. Anyone else, the sector body and other
   * institutions and auditors included, gets NOT_FOUND.
   */
  async report(em: EntityManager, user: User, visitId: string): Promise<LearningReport> {
    const visit = await em.findOne(PeerVisit, { $and: [{ id: visitId }, peerVisitFilter(user)] });
    const report = visit && (await em.findOne(LearningReport, { visit: visit.id }));
    if (visit && report && (await mayRead(visit, report, user))) return report;
    const [audited] = await auditedLearningReportIds(em, user, { visitId });
    if (audited) return em.findOneOrFail(LearningReport, { id: audited });
    throw notFound(REPORT);
  }

  /**
   * The final learning reports of the peer assessment linked to a COMBINED cycle, newest first, for those who
   * read them with the cycle: the organisation itself and the cycle's lead and co-auditor. Empty for any other
   * variant and for every other reader of the cycle (the institution's manager, the sector body).
   */
  async reportsOfCombinedCycle(em: EntityManager, user: User, cycle: Cycle): Promise<LearningReport[]> {
    if (cycle.variant !== 'COMBINED') return [];
    const own = user.partyKind === PartyKind.ORGANISATION && user.organisation?.id === cycle.organisation.id;
    const ids = own ? await cycleLearningReportIds(em, cycle.id) : await auditedLearningReportIds(em, user, { cycleId: cycle.id });
    if (ids.length === 0) return [];
    const reports = await em.find(LearningReport, { id: { $in: ids } });
    return ids.map((id) => reports.find((r) => r.id === id)!);
  }

  /** The visited organisation's self-evaluation, for the pair while the visit runs (access/peer-auditor-reading.ts). */
  async selfEvaluation(em: EntityManager, user: User, visitId: string): Promise<PeerVisitSelfEvaluation> {
    const reading = await peerReadingOf(em, user, visitId);
    const visit = reading && (await em.findOne(PeerVisit, { id: reading.visitId }));
    if (!reading || !visit) throw notFound('Self-evaluation');
    const version = await versionOfVisit(em, visit);
    const [norms, answers, evidenceLinks] = await Promise.all([
      version ? em.find(Norm, { frameworkVersion: version.id }, { orderBy: { category: { position: 'asc' }, position: 'asc' } }) : [],
      reading.cycleId ? em.find(SelfEvaluationAnswer, { cycle: reading.cycleId }) : [],
      reading.cycleId ? em.find(EvidenceLink, peerReadableLinks([reading.cycleId]), { orderBy: { createdAt: 'asc', id: 'asc' } }) : [],
    ]);
    return { peerVisitId: visit.id, cycleId: reading.cycleId, frameworkVersion: version, norms, answers, evidenceLinks };
  }
}

/**
 * The framework version the findings of a visit are on: that of the visited organisation's open cycle, or,
 * when it has none, the newest published version (as for a peer auditor's training).
 */
export async function versionOfVisit(em: EntityManager, visit: PeerVisit): Promise<FrameworkVersion | null> {
  const cycle = await em.findOne(Cycle, { organisation: visit.organisation.id, closedAt: null }, { populate: ['frameworkVersion'] });
  return cycle ? cycle.frameworkVersion.getEntity() : newestPublishedVersion(em);
}

/** A visit the caller may see, row-locked, with its report read again under that lock. */
export async function lockedReport(tx: EntityManager, user: User, id: string): Promise<Locked> {
  const found = await tx.findOne(PeerVisit, { $and: [{ id }, peerVisitFilter(user)] });
  if (!found) throw notFound(VISIT);
  const visit = present(await tx.findOne(PeerVisit, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }), VISIT);
  const report = present(await tx.findOne(LearningReport, { visit: visit.id }, { refresh: true }), VISIT);
  return { visit, report };
}

async function isPair(visit: PeerVisit, user: User): Promise<boolean> {
  const [first, second] = await Promise.all([visit.firstAuditor.loadOrFail(), visit.secondAuditor.loadOrFail()]);
  return first.person.id === user.id || second.person.id === user.id;
}

async function assertPair(visit: PeerVisit, user: User): Promise<void> {
  if (!(await isPair(visit, user))) throw notAllowed('Only the two peer auditors of this visit write its findings and its learning report.');
}

function assertVisitedOfficer(visit: PeerVisit, user: User, verb: string): void {
  if (visit.organisation.id !== user.organisation?.id || user.role !== Role.ORG_QUALITY_OFFICER) {
    throw notAllowed(`Only the quality officer of the visited organisation ${verb} its learning report.`);
  }
}

/** Findings are written once the date is confirmed, until the report is issued. */
function assertWriting(visit: PeerVisit, report: LearningReport): void {
  if (visit.status !== PeerVisitStatus.CONFIRMED) {
    throw new DomainError('WRONG_PHASE', 'The visited organisation has not confirmed the date yet; findings are written once the visit is confirmed.');
  }
  if (report.status !== LearningReportStatus.DRAFT) throw new DomainError('WRONG_PHASE', `The learning report is ${report.status} already; its findings no longer change.`);
}

function assertStatus(report: LearningReport, wanted: LearningReportStatus, verb: string): void {
  if (report.status !== wanted) throw new DomainError('WRONG_PHASE', `The learning report is ${report.status}; it can be ${verb} when it is ${wanted}.`);
}

async function mayRead(visit: PeerVisit, report: LearningReport, user: User): Promise<boolean> {
  if (user.partyKind !== PartyKind.ORGANISATION) return false;
  if (await isPair(visit, user)) return true;
  if (visit.organisation.id === user.organisation?.id) return report.status !== LearningReportStatus.DRAFT;
  return report.sharedAt !== null;
}
