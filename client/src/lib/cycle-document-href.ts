import { documentLang } from './certificate-pdf-href';

/** The draft or final audit report of a cycle as a PDF, in the reader's language. */
export function auditReportPdfHref(cycleId: string, kind: 'DRAFT' | 'FINAL', locale: string): string {
  return `/cycles/${encodeURIComponent(cycleId)}/audit-report.pdf?kind=${kind.toLowerCase()}&lang=${documentLang(locale)}`;
}

/** A cycle's self-evaluation as a PDF or a spreadsheet (CSV), in the reader's language. */
export function selfEvaluationHref(cycleId: string, format: 'pdf' | 'csv', locale: string): string {
  return `/cycles/${encodeURIComponent(cycleId)}/self-evaluation.${format}?lang=${documentLang(locale)}`;
}

/** A cycle's whole dossier as one zip (reports, self-evaluation, audit trail, evidence), its documents in the reader's language. */
export function dossierZipHref(cycleId: string, locale: string): string {
  return `/cycles/${encodeURIComponent(cycleId)}/dossier.zip?lang=${documentLang(locale)}`;
}
