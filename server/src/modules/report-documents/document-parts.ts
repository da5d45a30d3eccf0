import { heading, INK, longDay, MARGIN, MUTED, TEXT_WIDTH } from '../../common/pdf-layout';
import type { Locale } from '../cycle/process-texts';
import { fill, REPORT_TEXTS } from './report-document-texts';
import type { CycleFacts, NormName } from './report-documents.service';

// What the audit report and the self-evaluation both print: the cycle's facts, the norms by category.

/** The cycle's facts on the first page: scope, variant, framework, institution. */
export function cycleFactRows(cycle: CycleFacts, locale: Locale): [string, string][] {
  const t = REPORT_TEXTS[locale];
  return [
    [t.scope, cycle.wholeOrganisation ? t.wholeOrganisation : cycle.scopeUnits.join(', ')],
    [t.variant, t.variants[cycle.variant]],
    [t.framework, `${cycle.frameworkName} ${cycle.frameworkVersion}`],
    [t.institution, cycle.institutionName ?? t.noInstitution],
  ];
}

/** A calendar day (`YYYY-MM-DD`) in words; it is a day, not a moment, so no time zone moves it. */
export function calendarDay(day: string, locale: Locale): string {
  return longDay(locale).format(new Date(`${day}T12:00:00Z`));
}

/** "Made on …", small under the facts: the document shows the data of that moment. */
export function madeOn(doc: PDFKit.PDFDocument, locale: Locale, now: Date = new Date()): void {
  doc.moveDown(0.6).font('Helvetica').fontSize(9).fillColor(MUTED).text(fill(REPORT_TEXTS[locale].made, { date: longDay(locale).format(now) }), MARGIN, doc.y, { width: TEXT_WIDTH });
}

/**
 * Per category (in the order given, the framework's) a heading, per norm its code and title from the
 * framework, then `body` for its content, or the muted `missing` line when it has none.
 */
export function normSections<T extends { norm: NormName }, C>(
  doc: PDFKit.PDFDocument,
  items: readonly T[],
  contentOf: (item: T) => C | null,
  missing: string,
  body: (content: C) => void,
): void {
  let category: string | null = null;
  for (const item of items) {
    const { norm } = item;
    if (norm.categoryCode !== category) {
      category = norm.categoryCode;
      heading(doc, `${norm.categoryCode} ${norm.categoryTitle}`, 13);
    }
    // A norm's title is not left alone at the foot of a page.
    if (doc.y > doc.page.height - MARGIN - 100) doc.addPage();
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(12).fillColor(INK).text(`${norm.code} ${norm.title}`, MARGIN, doc.y, { width: TEXT_WIDTH });
    const content = contentOf(item);
    if (content === null) {
      doc.font('Helvetica').fontSize(11).fillColor(MUTED).text(missing, { width: TEXT_WIDTH });
      doc.moveDown(0.5);
    } else {
      body(content);
    }
  }
}
