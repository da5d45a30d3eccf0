import { isUUID } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../access/access-policy';
import { Certificate } from '../certificate/certificate.entity';
import type { Phase } from '../cycle/cycle-enums';
import { CycleTransition } from '../cycle/cycle-transition.entity';
import { Cycle } from '../cycle/cycle.entity';
import type { Locale } from '../cycle/process-texts';
import { EvidenceLink } from '../evidence/evidence-link.entity';
import { safeFileName } from '../evidence/upload/file-name';
import { ReportKind } from '../external-audit/audit-report.entity';
import type { Norm } from '../framework/norm.entity';
import { certificatePdf } from '../register/certificate-pdf';
import { RegisterService } from '../register/register.service';
import type { User } from '../user/user.entity';
import { auditReportPdf } from './audit-report-pdf';
import { auditTrailCsv, auditTrailJson, type TrailEntry } from './audit-trail-export';
import type { DossierFileKind } from './dossier-texts';
import { ReportDocumentService } from './report-documents.service';
import { selfEvaluationCsv, selfEvaluationPdf } from './self-evaluation-export';

/** A document made for the dossier at the moment of the request; small, so held whole. */
export interface DossierDocument {
  path: string;
  kind: Exclude<DossierFileKind, 'EVIDENCE'>;
  mediaType: string;
  body: Buffer;
}

/** What a link in the cycle ties an evidence file to. */
export type EvidenceTarget = 'NORM' | 'SELF_EVALUATION_ANSWER' | 'INTERNAL_AUDIT_FINDING' | 'IMPROVEMENT_ACTION';

export interface EvidenceUse {
  target: EvidenceTarget;
  targetId: string;
  /** The norm the target is about; null for a general improvement action. */
  normCode: string | null;
  linkedInPhase: Phase;
  carriedOver: boolean;
  linkedAt: Date;
}

/** An evidence file of the cycle: its stored facts and every link that makes it part of the cycle. */
export interface DossierEvidence {
  path: string;
  evidenceId: string;
  documentId: string;
  name: string;
  originalName: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedAt: Date;
  uses: EvidenceUse[];
}

export interface Dossier {
  cycleId: string;
  organisationName: string;
  locale: Locale;
  madeAt: Date;
  documents: DossierDocument[];
  evidence: DossierEvidence[];
}

const PDF = 'application/pdf';
const CSV = 'text/csv; charset=utf-8';

/**
 * A cycle's whole dossier for whoever may read the cycle (AccessPolicy.canReadCycle: the organisation's
 * members, the sector body, the engaged institution's manager and the cycle's auditors), each part read with
 * the rule of its own route: the audit reports as GET /cycles/:id/audit-report.pdf, the self-evaluation as
 * its export, the audit trail as `cycleEvents`, the evidence as GET /evidence/:id (whoever may read a cycle
 * may download what is linked in it). The documents are made here; the evidence is only described, its
 * bytes are streamed later (dossier-zip.ts). Null for a cycle the caller may not read, as for none.
 */
export class DossierService {
  private readonly documents: ReportDocumentService;
  private readonly register = new RegisterService();

  constructor(private readonly policy: AccessPolicy) {
    this.documents = new ReportDocumentService(policy);
  }

  async of(em: EntityManager, user: User, cycleId: string, options: { locale: Locale; appUrl: string }): Promise<Dossier | null> {
    if (!isUUID(cycleId)) return null;
    const cycle = await em.findOne(Cycle, { id: cycleId }, { populate: ['organisation'] });
    if (!cycle || !this.policy.canReadCycle(user, cycle)) return null;
    const { locale } = options;
    const documents: DossierDocument[] = [];

    for (const kind of [ReportKind.DRAFT, ReportKind.FINAL]) {
      const report = await this.documents.auditReport(em, user, cycle.id, kind);
      if (report) {
        documents.push({
          path: `reports/audit-report-${kind.toLowerCase()}.pdf`,
          kind: kind === ReportKind.DRAFT ? 'AUDIT_REPORT_DRAFT' : 'AUDIT_REPORT_FINAL',
          mediaType: PDF,
          body: await auditReportPdf(report, { locale }),
        });
      }
    }
    const certificate = await em.findOne(Certificate, { cycle: cycle.id }, { fields: ['number'] });
    const entry = certificate && (await this.register.verify(em, certificate.number));
    if (entry) {
      const verifyUrl = new URL(`/register/verify/${encodeURIComponent(entry.certificateNumber)}`, options.appUrl).toString();
      documents.push({
        path: `reports/certificate-${entry.certificateNumber.replace(/[^A-Za-z0-9.-]/g, '_')}.pdf`,
        kind: 'CERTIFICATE',
        mediaType: PDF,
        body: await certificatePdf(entry, { locale, verifyUrl }),
      });
    }

    const selfEvaluation = await this.documents.selfEvaluationOf(em, user, cycle.id);
    if (selfEvaluation) {
      documents.push(
        { path: 'self-evaluation/self-evaluation.pdf', kind: 'SELF_EVALUATION_PDF', mediaType: PDF, body: await selfEvaluationPdf(selfEvaluation, { locale }) },
        { path: 'self-evaluation/self-evaluation.csv', kind: 'SELF_EVALUATION_CSV', mediaType: CSV, body: Buffer.from(selfEvaluationCsv(selfEvaluation, locale)) },
      );
    }

    const trail = await this.trailOf(em, cycle.id);
    documents.push(
      { path: 'audit-trail/audit-trail.csv', kind: 'AUDIT_TRAIL_CSV', mediaType: CSV, body: Buffer.from(auditTrailCsv(trail, locale)) },
      { path: 'audit-trail/audit-trail.json', kind: 'AUDIT_TRAIL_JSON', mediaType: 'application/json', body: Buffer.from(auditTrailJson(trail, locale)) },
    );

    return {
      cycleId: cycle.id,
      organisationName: cycle.organisation.getEntity().name,
      locale,
      madeAt: new Date(),
      documents,
      evidence: await this.evidenceOf(em, cycle.id),
    };
  }

  private async trailOf(em: EntityManager, cycleId: string): Promise<TrailEntry[]> {
    const rows = await em.find(CycleTransition, { cycle: cycleId }, { orderBy: { seq: 'asc' }, populate: ['actor'] });
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      fromPhase: r.fromPhase,
      toPhase: r.toPhase,
      command: r.command,
      actorName: r.actor?.getEntity().name ?? null,
      storedSummary: r.summary,
      event: r.event,
    }));
  }

  /** Each file linked in the cycle once, in the order of its first link, with all its links. */
  private async evidenceOf(em: EntityManager, cycleId: string): Promise<DossierEvidence[]> {
    const links = await em.find(
      EvidenceLink,
      { cycle: cycleId },
      {
        orderBy: { createdAt: 'asc', id: 'asc' },
        populate: ['evidence', 'norm', 'selfEvaluationAnswer.norm', 'internalAuditFinding.norm', 'improvementAction.norm'],
      },
    );
    const files = new Map<string, DossierEvidence>();
    for (const link of links) {
      const evidence = link.evidence.getEntity();
      let file = files.get(evidence.id);
      if (!file) {
        const number = String(files.size + 1).padStart(3, '0');
        file = {
          // Numbered, so two files of the same name stay two files.
          path: `evidence/${number}-${safeFileName(evidence.name, evidence.type)}`,
          evidenceId: evidence.id,
          documentId: evidence.documentId,
          name: evidence.name,
          originalName: evidence.originalName,
          mediaType: evidence.type,
          size: evidence.size,
          sha256: evidence.sha256,
          storageKey: evidence.storageKey,
          uploadedAt: evidence.createdAt,
          uses: [],
        };
        files.set(evidence.id, file);
      }
      file.uses.push({ ...targetOf(link), linkedInPhase: link.linkedInPhase, carriedOver: link.carriedOver, linkedAt: link.createdAt });
    }
    return [...files.values()];
  }
}

function targetOf(link: EvidenceLink): { target: EvidenceTarget; targetId: string; normCode: string | null } {
  const code = (norm: { getEntity(): Norm } | null | undefined) => norm?.getEntity().code ?? null;
  if (link.norm) return { target: 'NORM', targetId: link.norm.id, normCode: code(link.norm) };
  if (link.selfEvaluationAnswer) {
    const answer = link.selfEvaluationAnswer.getEntity();
    return { target: 'SELF_EVALUATION_ANSWER', targetId: answer.id, normCode: code(answer.norm) };
  }
  if (link.internalAuditFinding) {
    const finding = link.internalAuditFinding.getEntity();
    return { target: 'INTERNAL_AUDIT_FINDING', targetId: finding.id, normCode: code(finding.norm) };
  }
  const action = link.improvementAction!.getEntity();
  return { target: 'IMPROVEMENT_ACTION', targetId: action.id, normCode: code(action.norm) };
}
