import PDFDocument from 'pdfkit';
import type { Locale } from '../modules/cycle/process-texts';

/**
 * What LabelCycle's PDF documents (the certificate, the audit report, the self-evaluation) share: A4 with
 * the same margins, colours and type, the accent band on top and label/value rows, so they read as one set.
 * The standard PDF fonts cover Western European text (Windows-1252), which is what the scheme's texts use.
 */
export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 56;
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const ACCENT = '#0b5394';
export const ALERT = '#b00020';

/** The width between the margins. */
export const TEXT_WIDTH = A4.width - 2 * MARGIN;

export const longDay = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

export const dayAndTime = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

export interface PdfInfo {
  title: string;
  subject: string;
  author: string;
  locale: Locale;
  /** Keep every page open until the end, so a footer with "page n of m" can be written on each. */
  bufferPages?: boolean;
}

/** A new A4 document and the promise of its bytes once `doc.end()` is called. */
export function openPdf(info: PdfInfo): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: info.bufferPages ?? false,
    info: { Title: info.title, Subject: info.subject, Author: info.author, Creator: 'LabelCycle' },
    lang: info.locale,
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    doc.on('data', (part: Buffer) => parts.push(part));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The band across the top of a page, and the label's name under it. */
export function labelHeader(doc: PDFKit.PDFDocument, label: string): void {
  doc.rect(0, 0, A4.width, 12).fill(ACCENT);
  doc.fillColor(ACCENT).font('Helvetica-Bold').fontSize(13).text(label.toUpperCase(), MARGIN, 56, { width: TEXT_WIDTH, align: 'center', characterSpacing: 1 });
}

/** A full-width coloured banner with one line of white text (a status the reader must not miss). */
export function banner(doc: PDFKit.PDFDocument, words: string, colour = ALERT): void {
  const y = doc.y + 14;
  doc.rect(MARGIN, y, TEXT_WIDTH, 34).fill(colour);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(14).text(words, MARGIN, y + 10, { width: TEXT_WIDTH, align: 'center' });
  doc.y = y + 34;
}

/** Label/value rows as on the certificate: the label small and muted, the value bold beside it. */
export function factRows(doc: PDFKit.PDFDocument, rows: readonly (readonly [string, string])[], labelWidth = 170): void {
  const left = MARGIN + 20;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica').fontSize(11).fillColor(MUTED).text(label, left, y, { width: labelWidth });
    const labelBottom = doc.y;
    doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(value, left + labelWidth, y, { width: TEXT_WIDTH - 40 - labelWidth });
    doc.y = Math.max(doc.y, labelBottom);
    doc.moveDown(0.7);
  }
}

/** A section heading in the accent colour, kept with at least a few lines of what follows on its page. */
export function heading(doc: PDFKit.PDFDocument, words: string, size = 16): void {
  if (doc.y > A4.height - MARGIN - 120) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).fillColor(ACCENT).text(words, MARGIN, doc.y, { width: TEXT_WIDTH });
  doc.moveDown(0.3);
}

/** A muted label (if any) over a block of a person's own text, line breaks kept; `empty` when there is none. */
export function textBlock(doc: PDFKit.PDFDocument, label: string, text: string, empty = '—'): void {
  if (label) doc.font('Helvetica-Bold').fontSize(10).fillColor(MUTED).text(label, MARGIN, doc.y, { width: TEXT_WIDTH });
  const own = text.trim();
  doc.font('Helvetica').fontSize(11).fillColor(own ? INK : MUTED).text(own || empty, MARGIN, doc.y, { width: TEXT_WIDTH });
  doc.moveDown(0.5);
}

/** A footer on every page: `left` and "page n of m" (the document must have been opened with bufferPages). */
export function pageFooters(doc: PDFKit.PDFDocument, left: string, pageWords: (page: number, pages: number) => string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would start a new page; the margin is lifted while the footer is written.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = A4.height - MARGIN / 2 - 8;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text(left, MARGIN, y, { width: TEXT_WIDTH * 0.75, lineBreak: false, ellipsis: true });
    doc.text(pageWords(i - start + 1, count), MARGIN, y, { width: TEXT_WIDTH, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
