import { ALERT, banner, dayAndTime, factRows, heading, INK, labelHeader, MARGIN, MUTED, openPdf, pageFooters, TEXT_WIDTH, textBlock } from '../../common/pdf-layout';
import { ReportKind } from '../external-audit/audit-report.entity';
import { adviceText, type Locale } from '../cycle/process-texts';
import { calendarDay, cycleFactRows, madeOn, normSections } from './document-parts';
import { fill, REPORT_TEXTS } from './report-document-texts';
import type { AuditReportDocument } from './report-documents.service';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The draft or final audit report as an A4 PDF in the reader's language: a cover with the cycle's facts
 * and the report's state, the report's summary, the findings per norm in the framework's order (what goes
 * well before the improvement points, as the scheme's appreciative order asks), the organisation's reply
 * to the draft and the advice. A draft says on its cover and in every footer that it is one.
 */
export async function auditReportPdf(report: AuditReportDocument, options: { locale: Locale; now?: Date }): Promise<Buffer> {
  const t = REPORT_TEXTS[options.locale];
  const r = t.report;
  const draft = report.kind === ReportKind.DRAFT;
  const state = r.kinds[report.kind];
  const { doc, done } = openPdf({
    title: `${r.title} (${state.toLowerCase()}) ${report.cycle.organisationName}`,
    subject: t.label,
    author: report.cycle.institutionName ?? t.label,
    locale: options.locale,
    bufferPages: true,
  });

  labelHeader(doc, t.label);
  doc.moveDown(0.6).fillColor(INK).font('Helvetica').fontSize(30).text(r.title, { width: TEXT_WIDTH, align: 'center' });
  doc.font('Helvetica-Bold').fontSize(16).fillColor(draft ? ALERT : MUTED).text(state.toUpperCase(), { width: TEXT_WIDTH, align: 'center', characterSpacing: 2 });
  if (draft) banner(doc, r.draftBanner);
  doc.moveDown(1.4).fillColor(INK).font('Helvetica-Bold').fontSize(22).text(report.cycle.organisationName, MARGIN, doc.y, { width: TEXT_WIDTH, align: 'center' });
  doc.font('Helvetica').fontSize(14).fillColor(MUTED).text(report.cycle.place, { width: TEXT_WIDTH, align: 'center' });
  doc.moveDown(1.6);

  const none = '—';
  factRows(doc, [
    ...cycleFactRows(report.cycle, options.locale),
    [r.leadAuditor, report.cycle.leadAuditorName ?? none],
    [r.coAuditor, report.cycle.coAuditorName ?? none],
    [r.auditDate, report.cycle.auditDate ? calendarDay(report.cycle.auditDate, options.locale) : none],
    [r.issuedAt, dayAndTime(options.locale).format(report.issuedAt)],
    [r.state, state],
    ...(report.advice ? [[r.advice, capital(adviceText(report.advice, options.locale))] as [string, string]] : []),
  ]);
  madeOn(doc, options.locale, options.now);

  doc.addPage();
  heading(doc, r.summary);
  textBlock(doc, '', report.summary);
  textBlock(doc, r.strengths, report.strengths);
  textBlock(doc, r.improvementPoints, report.improvementPoints);

  heading(doc, r.findings);
  normSections(doc, report.findings, (f) => f.finding, r.noFinding, (finding) => {
    doc.font('Helvetica').fontSize(11).fillColor(INK).text(`${r.score}: ${t.scores[finding.score]}`, MARGIN, doc.y, { width: TEXT_WIDTH });
    doc.moveDown(0.2);
    textBlock(doc, r.strengths, finding.strengths);
    textBlock(doc, r.improvementPoints, finding.improvementPoints);
  });

  heading(doc, r.reply);
  textBlock(doc, '', report.reply.text ?? '', report.reply.awaited ? r.noReplyYet : r.noReply);

  heading(doc, r.advice);
  doc.font(report.advice ? 'Helvetica-Bold' : 'Helvetica').fontSize(12).fillColor(report.advice ? INK : MUTED)
    .text(report.advice ? capital(adviceText(report.advice, options.locale)) : r.adviceLater, MARGIN, doc.y, { width: TEXT_WIDTH });

  pageFooters(doc, `${report.cycle.organisationName} · ${r.title} (${state.toLowerCase()})`, (page, pages) => fill(t.page, { page, pages }));
  doc.end();
  return done;
}
