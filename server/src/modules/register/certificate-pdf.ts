import QRCode from 'qrcode';
import { A4, ACCENT, banner, factRows, INK, labelHeader, longDay, MARGIN, MUTED, openPdf, TEXT_WIDTH } from '../../common/pdf-layout';
import type { Locale } from '../cycle/process-texts';
import { CERTIFICATE_TEXTS } from './certificate-pdf-texts';
import type { CertificateEntry } from './register-entry.view';

/**
 * The certificate as a one-page A4 PDF, from the register entry (the same data as the register and the
 * verification page), in the reader's language. A certificate that is no longer plainly valid says so in a
 * banner, so a PDF fetched after a suspension or withdrawal cannot pass for a valid one; the QR code and the
 * address under it open the verification page, which always tells the current status.
 */
export async function certificatePdf(entry: CertificateEntry, options: { locale: Locale; verifyUrl: string; now?: Date }): Promise<Buffer> {
  const t = CERTIFICATE_TEXTS[options.locale];
  const day = longDay(options.locale);
  const qr = await QRCode.toBuffer(options.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 });

  const { doc, done } = openPdf({
    title: `${t.certificate} ${entry.certificateNumber}`,
    subject: t.label,
    author: entry.certifyingInstitutionName ?? t.label,
    locale: options.locale,
  });
  const width = TEXT_WIDTH;

  labelHeader(doc, t.label);
  doc.moveDown(0.6).fillColor(INK).font('Helvetica').fontSize(30).text(entry.variant === 'PEER_REVIEW' ? t.registration : t.certificate, { width, align: 'center' });

  if (entry.status !== 'VALID') {
    banner(doc, entry.status === 'SUSPENDED' ? t.suspended : t.notValid.replace('{status}', t.statuses[entry.status].toLowerCase()));
  }

  doc.moveDown(1.6).fillColor(INK).font('Helvetica-Bold').fontSize(22).text(entry.organisationName, MARGIN, doc.y, { width, align: 'center' });
  doc.font('Helvetica').fontSize(14).fillColor(MUTED).text(entry.place, { width, align: 'center' });
  doc.moveDown(1.8);

  factRows(doc, [
    [t.number, entry.certificateNumber],
    [t.scope, entry.wholeOrganisation ? t.wholeOrganisation : entry.scopeUnits.join(', ')],
    [t.variant, t.variants[entry.variant]],
    [t.framework, `${entry.frameworkName} ${entry.frameworkVersion}`],
    [t.institution, entry.certifyingInstitutionName ?? t.noInstitution],
    [t.validFrom, day.format(entry.validFrom)],
    [t.validUntil, day.format(entry.validUntil)],
    [t.status, t.statuses[entry.status]],
  ]);

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
