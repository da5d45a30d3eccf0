import { isUUID } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../access/access-policy';
import { Cycle } from '../cycle/cycle.entity';
import type { Advice, Score, Variant } from '../cycle/cycle-enums';
import { AuditFindingService } from '../external-audit/audit-finding.service';
import { ReportKind } from '../external-audit/audit-report.entity';
import { createExternalAuditLoaders } from '../external-audit/external-audit.loaders';
import type { Norm } from '../framework/norm.entity';
import { SelfEvaluationService } from '../self-evaluation/self-evaluation.service';
import type { User } from '../user/user.entity';

/** What a document's cover says about the cycle. */
export interface CycleFacts {
  organisationName: string;
  place: string;
  wholeOrganisation: boolean;
  scopeUnits: string[];
  variant: Variant;
  frameworkName: string;
  frameworkVersion: string;
  institutionName: string | null;
  leadAuditorName: string | null;
  coAuditorName: string | null;
  /** The confirmed audit day, `YYYY-MM-DD`. */
  auditDate: string | null;
}

/** A norm as the framework names it, with its category. */
export interface NormName {
  categoryCode: string;
  categoryTitle: string;
  code: string;
  title: string;
}

export interface AuditReportDocument {
  cycle: CycleFacts;
  kind: ReportKind;
  issuedAt: Date;
  summary: string;
  strengths: string;
  improvementPoints: string;
  advice: Advice | null;
  /** The organisation's reply to the draft, and whether it may still come (the cycle awaits it). */
  reply: { text: string | null; awaited: boolean };
  findings: { norm: NormName; finding: { score: Score; strengths: string; improvementPoints: string } | null }[];
}

export interface SelfEvaluationDocument {
  cycle: CycleFacts;
  /** When submission locked the answers; null while they are a draft. */
  submittedAt: Date | null;
  answers: {
    norm: NormName;
    answer: { score: Score | null; goesWell: string; toImprove: string; explanation: string; updatedByName: string; updatedAt: Date } | null;
  }[];
}

/**
 * The data of the documents made from a cycle, read as the GraphQL screens read it and with the same
 * rules: the cycle as `cycle(id)` shows it, its reports as `Cycle.reports`, the findings as
 * `Cycle.assessment` (the organisation's only once the draft report is out), the answers as
 * `Cycle.selfEvaluationAnswers`. What the caller may not see is null, the same as what does not exist.
 */
export class ReportDocumentService {
  private readonly auditFindings: AuditFindingService;
  private readonly selfEvaluation: SelfEvaluationService;

  constructor(private readonly policy: AccessPolicy) {
    this.auditFindings = new AuditFindingService(policy);
    this.selfEvaluation = new SelfEvaluationService(policy);
  }

  /** The report of `kind`, or the latest issued when no kind is asked. */
  async auditReport(em: EntityManager, user: User, cycleId: string, kind: ReportKind | null): Promise<AuditReportDocument | null> {
    const cycle = await this.readableCycle(em, user, cycleId);
    if (!cycle) return null;
    const loaders = createExternalAuditLoaders(em);
    const reports = await loaders.reportsByCycle.load(cycle.id);
    const report = kind ? reports.find((r) => r.kind === kind) : reports.at(-1);
    if (!report) return null;
    const draft = reports.find((r) => r.kind === ReportKind.DRAFT);
    const assessment = await this.auditFindings.assessmentOf(user, cycle, loaders);
    return {
      cycle: await factsOf(em, cycle),
      kind: report.kind,
      issuedAt: report.issuedAt,
      summary: report.summary,
      strengths: report.strengths,
      improvementPoints: report.improvementPoints,
      advice: report.advice,
      reply: { text: draft?.reply ?? null, awaited: cycle.step === 'AWAITING_REPLY' },
      findings: assessment.map(({ norm, finding }) => ({
        norm: nameOf(norm),
        finding: finding && { score: finding.score, strengths: finding.strengths, improvementPoints: finding.improvementPoints },
      })),
    };
  }

  /** Every norm of the cycle's framework version, in the framework's order, with the answer if any. */
  async selfEvaluationOf(em: EntityManager, user: User, cycleId: string): Promise<SelfEvaluationDocument | null> {
    const cycle = await this.readableCycle(em, user, cycleId);
    if (!cycle) return null;
    const answers = await this.selfEvaluation.answersFor(em, user, cycle);
    await em.populate(answers, ['updatedBy']);
    const norms = await createExternalAuditLoaders(em).normsByVersion.load(cycle.frameworkVersion.id);
    const answerOf = new Map(answers.map((a) => [a.norm.id, a]));
    return {
      cycle: await factsOf(em, cycle),
      submittedAt: cycle.selfEvaluationLockedAt,
      answers: norms.map((norm) => {
        const a = answerOf.get(norm.id);
        return {
          norm: nameOf(norm),
          answer: a
            ? { score: a.score, goesWell: a.goesWell, toImprove: a.toImprove, explanation: a.explanation, updatedByName: a.updatedBy.getEntity().name, updatedAt: a.updatedAt }
            : null,
        };
      }),
    };
  }

  private async readableCycle(em: EntityManager, user: User | null, cycleId: string): Promise<Cycle | null> {
    if (!user || !isUUID(cycleId)) return null;
    const cycle = await em.findOne(Cycle, { id: cycleId });
    return cycle && this.policy.canReadCycle(user, cycle) ? cycle : null;
  }
}

async function factsOf(em: EntityManager, cycle: Cycle): Promise<CycleFacts> {
  await em.populate(cycle, ['organisation', 'frameworkVersion', 'certifyingInstitution', 'leadAuditor', 'coAuditor']);
  const organisation = cycle.organisation.getEntity();
  const version = cycle.frameworkVersion.getEntity();
  return {
    organisationName: organisation.name,
    place: organisation.place,
    wholeOrganisation: cycle.wholeOrganisation,
    scopeUnits: cycle.scopeUnits,
    variant: cycle.variant,
    frameworkName: version.name,
    frameworkVersion: version.version,
    institutionName: cycle.certifyingInstitution?.getEntity().name ?? null,
    leadAuditorName: cycle.leadAuditor?.getEntity().name ?? null,
    coAuditorName: cycle.coAuditor?.getEntity().name ?? null,
    auditDate: cycle.confirmedAuditDate,
  };
}

function nameOf(norm: Norm): NormName {
  const category = norm.category.getEntity();
  return { categoryCode: category.code, categoryTitle: category.title, code: norm.code, title: norm.title };
}
