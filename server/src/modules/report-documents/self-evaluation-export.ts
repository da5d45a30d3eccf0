import { csvText } from '../../common/csv-text';
import { dayAndTime, factRows, INK, labelHeader, MARGIN, MUTED, openPdf, pageFooters, TEXT_WIDTH, textBlock } from '../../common/pdf-layout';
import type { Locale } from '../cycle/process-texts';
import { cycleFactRows, madeOn, normSections } from './document-parts';
import { fill, REPORT_TEXTS } from './report-document-texts';
import type { SelfEvaluationDocument } from './report-documents.service';

const COLUMNS = ['category', 'norm', 'normTitle', 'score', 'goesWell', 'toImprove', 'explanation', 'changedBy', 'changedAt'] as const;
type Column = (typeof COLUMNS)[number];

/** A moment as a spreadsheet sorts it: `YYYY-MM-DD HH:mm`, in the Netherlands' time. */
const sortableMoment = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' });

/**
 * The self-evaluation as a spreadsheet: one row per norm in the framework's order, headers and scores in the
 * reader's language, empty cells for a norm not answered yet. UTF-8 with a byte-order mark, so a spreadsheet
 * program shows ë and ’ as written.
 */
export function selfEvaluationCsv(document: SelfEvaluationDocument, locale: Locale): string {
  const t = REPORT_TEXTS[locale];
  const s = t.selfEvaluation;
  const headers: Record<Column, string> = {
    category: s.category,
    norm: s.norm,
    normTitle: s.normTitle,
    score: s.score,
    goesWell: s.goesWell,
    toImprove: s.toImprove,
    explanation: s.explanation,
    changedBy: s.changedBy,
    changedAt: s.changedAt,
  };
  const records = document.answers.map(({ norm, answer }): Record<Column, string> => ({
    category: norm.categoryTitle,
    norm: norm.code,
    normTitle: norm.title,
    score: answer?.score ? t.scores[answer.score] : '',
    goesWell: answer?.goesWell ?? '',
    toImprove: answer?.toImprove ?? '',
    explanation: answer?.explanation ?? '',
    changedBy: answer?.updatedByName ?? '',
    changedAt: answer ? sortableMoment.format(answer.updatedAt) : '',
  }));
  return csvText(records, COLUMNS.map((key) => ({ key, header: headers[key] })), { bom: true });
}

/**
 * The self-evaluation as an A4 PDF for the organisation's own meetings: the cycle's facts and whether it
 * was submitted, then per category and norm the score, what goes well, what could be better, the
 * explanation and who saved it last.
 */
export async function selfEvaluationPdf(document: SelfEvaluationDocument, options: { locale: Locale; now?: Date }): Promise<Buffer> {
  const t = REPORT_TEXTS[options.locale];
  const s = t.selfEvaluation;
  const when = dayAndTime(options.locale);
  const { doc, done } = openPdf({
    title: `${s.title} ${document.cycle.organisationName}`,
    subject: t.label,
    author: document.cycle.organisationName,
    locale: options.locale,
    bufferPages: true,
  });

  labelHeader(doc, t.label);
  doc.moveDown(0.6).fillColor(INK).font('Helvetica').fontSize(30).text(s.title, { width: TEXT_WIDTH, align: 'center' });
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(22).text(document.cycle.organisationName, MARGIN, doc.y, { width: TEXT_WIDTH, align: 'center' });
  doc.font('Helvetica').fontSize(14).fillColor(MUTED).text(document.cycle.place, { width: TEXT_WIDTH, align: 'center' });
  doc.moveDown(1.2);

  const scored = document.answers.filter((a) => a.answer?.score).length;
  factRows(doc, [
    ...cycleFactRows(document.cycle, options.locale),
    [s.state, document.submittedAt ? fill(s.submittedAt, { date: when.format(document.submittedAt) }) : s.notSubmitted],
    [s.norms, fill(s.normsScored, { done: scored, total: document.answers.length })],
  ]);
  madeOn(doc, options.locale, options.now);

  normSections(doc, document.answers, (a) => a.answer, s.notAnswered, (answer) => {
    doc.font('Helvetica').fontSize(11).fillColor(INK).text(`${s.score}: ${answer.score ? t.scores[answer.score] : s.noScore}`, MARGIN, doc.y, { width: TEXT_WIDTH });
    doc.moveDown(0.2);
    textBlock(doc, s.goesWell, answer.goesWell);
    textBlock(doc, s.toImprove, answer.toImprove);
    textBlock(doc, s.explanation, answer.explanation);
    doc.font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(fill(s.lastSaved, { name: answer.updatedByName, date: when.format(answer.updatedAt) }), MARGIN, doc.y, { width: TEXT_WIDTH });
    doc.moveDown(0.6);
  });

  pageFooters(doc, `${document.cycle.organisationName} · ${s.title}`, (page, pages) => fill(t.page, { page, pages }));
  doc.end();
  return done;
}
