import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Locale } from '../cycle/process-texts';
import { CERTIFICATE_TEXTS } from './certificate-pdf-texts';
import type { RegisterEntry } from './register-entry.view';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#0b5394';
const ALERT = '#b00020';

const longDay = (locale: Locale) => new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/**
 * The certificate as a one-page A4 PDF, from the register entry (the same data as the register and the
 * verification page), in the reader's language. A certificate that is no longer plainly valid says so in a
 * banner, so a PDF fetched after a suspension or withdrawal cannot pass for a valid one; the QR code and the
 * address under it open the verification page, which always tells the current status.
 */
export async function certificatePdf(entry: RegisterEntry, options: { locale: Locale; verifyUrl: string; now?: Date }): Promise<Buffer> {
  const t = CERTIFICATE_TEXTS[options.locale];
  const day = longDay(options.locale);
  const qr = await QRCode.toBuffer(options.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 });

  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${t.certificate} ${entry.certificateNumber}`, Subject: t.label, Author: entry.certifyingInstitutionName ?? t.label, Creator: 'LabelCycle' },
    lang: options.locale,
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    doc.on('data', (part: Buffer) => parts.push(part));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
  });
  const width = A4.width - 2 * MARGIN;

  doc.rect(0, 0, A4.width, 12).fill(ACCENT);
  doc.fillColor(ACCENT).font('Helvetica-Bold').fontSize(13).text(t.label.toUpperCase(), MARGIN, 56, { width, align: 'center', characterSpacing: 1 });
  doc.moveDown(0.6).fillColor(INK).font('Helvetica').fontSize(30).text(entry.variant === 'PEER_REVIEW' ? t.registration : t.certificate, { width, align: 'center' });

  if (entry.status !== 'VALID') {
    const words = entry.status === 'SUSPENDED' ? t.suspended : t.notValid.replace('{status}', t.statuses[entry.status].toLowerCase());
    const y = doc.y + 14;
    doc.rect(MARGIN, y, width, 34).fill(ALERT);
    doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(14).text(words, MARGIN, y + 10, { width, align: 'center' });
    doc.y = y + 34;
  }

  doc.moveDown(1.6).fillColor(INK).font('Helvetica-Bold').fontSize(22).text(entry.organisationName, MARGIN, doc.y, { width, align: 'center' });
  doc.font('Helvetica').fontSize(14).fillColor(MUTED).text(entry.place, { width, align: 'center' });
  doc.moveDown(1.8);

  const rows: [string, string][] = [
    [t.number, entry.certificateNumber],
    [t.scope, entry.wholeOrganisation ? t.wholeOrganisation : entry.scopeUnits.join(', ')],
    [t.variant, t.variants[entry.variant]],
    [t.framework, `${entry.frameworkName} ${entry.frameworkVersion}`],
    [t.institution, entry.certifyingInstitutionName ?? t.noInstitution],
    [t.validFrom, day.format(entry.validFrom)],
    [t.validUntil, day.format(entry.validUntil)],
    [t.status, t.statuses[entry.status]],
  ];
  const labelWidth = 170;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica').fontSize(11).fillColor(MUTED).text(label, MARGIN + 20, y, { width: labelWidth });
    doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(value, MARGIN + 20 + labelWidth, y, { width: width - 40 - labelWidth });
    doc.moveDown(0.7);
  }

  const qrSize = 120;
  const qrTop = A4.height - MARGIN - qrSize - 30;
  doc.image(qr, MARGIN, qrTop, { width: qrSize, height: qrSize });
  const textLeft = MARGIN + qrSize + 16;
  doc.font('Helvetica').fontSize(10).fillColor(INK).text(t.verify, textLeft, qrTop + 20, { width: width - qrSize - 16 });
  doc.fillColor(ACCENT).text(options.verifyUrl, { width: width - qrSize - 16, link: options.verifyUrl, underline: true });
  doc.moveDown(0.8).fillColor(MUTED).fontSize(9).text(t.printed.replace('{date}', day.format(options.now ?? new Date())), { width: width - qrSize - 16 });

  doc.end();
  return done;
}
