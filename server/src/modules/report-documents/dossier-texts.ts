import type { Locale } from '../cycle/process-texts';

/** What each file of a dossier is: the kinds named in manifest.json, the same in every language. */
export type DossierFileKind =
  | 'AUDIT_REPORT_DRAFT'
  | 'AUDIT_REPORT_FINAL'
  | 'CERTIFICATE'
  | 'SELF_EVALUATION_PDF'
  | 'SELF_EVALUATION_CSV'
  | 'AUDIT_TRAIL_CSV'
  | 'AUDIT_TRAIL_JSON'
  | 'EVIDENCE';

/** Each kind's title in the manifest, in the reader's language, and the words of the audit trail's columns. */
export const DOSSIER_TEXTS = {
  nl: {
    titles: {
      AUDIT_REPORT_DRAFT: 'Auditrapport (concept)',
      AUDIT_REPORT_FINAL: 'Auditrapport (definitief)',
      CERTIFICATE: 'Certificaat',
      SELF_EVALUATION_PDF: 'Zelfevaluatie',
      SELF_EVALUATION_CSV: 'Zelfevaluatie (spreadsheet)',
      AUDIT_TRAIL_CSV: 'Verloop van de cyclus (spreadsheet)',
      AUDIT_TRAIL_JSON: 'Verloop van de cyclus (gegevens)',
      EVIDENCE: 'Bewijsstuk',
    } satisfies Record<DossierFileKind, string>,
    trail: { seq: 'Volgnummer', at: 'Moment', fromPhase: 'Van fase', toPhase: 'Naar fase', command: 'Opdracht', actor: 'Door', summary: 'Wat er gebeurde' },
    timer: 'Termijn (automatisch)',
  },
  en: {
    titles: {
      AUDIT_REPORT_DRAFT: 'Audit report (draft)',
      AUDIT_REPORT_FINAL: 'Audit report (final)',
      CERTIFICATE: 'Certificate',
      SELF_EVALUATION_PDF: 'Self-evaluation',
      SELF_EVALUATION_CSV: 'Self-evaluation (spreadsheet)',
      AUDIT_TRAIL_CSV: 'Course of the cycle (spreadsheet)',
      AUDIT_TRAIL_JSON: 'Course of the cycle (data)',
      EVIDENCE: 'Evidence',
    } satisfies Record<DossierFileKind, string>,
    trail: { seq: 'Number', at: 'Moment', fromPhase: 'From phase', toPhase: 'To phase', command: 'Command', actor: 'By', summary: 'What happened' },
    timer: 'Deadline (automatic)',
  },
} satisfies Record<Locale, unknown>;
