import { deflateRawSync } from 'node:zlib';
import { EVIDENCE_TYPES } from '../../server/src/modules/evidence/upload/allowed-types';
import { ACTIVE_EXTENSIONS, attachmentDisposition, cleanFileName, FILE_NAME_MAX, nameLength, safeFileName, sanitiseFileName } from '../../server/src/modules/evidence/upload/file-name';
import { sniffType } from '../../server/src/modules/evidence/upload/sniff-type';

/** A ZIP's local file entries (no central directory: the sniffer reads only the first bytes). */
function zip(entries: { name: string; text: string; stored?: boolean; method?: number }[]): Buffer {
  return Buffer.concat(
    entries.flatMap(({ name, text, stored, method }) => {
      const raw = Buffer.from(text);
      const data = stored ? raw : deflateRawSync(raw);
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(method ?? (stored ? 0 : 8), 8);
      header.writeUInt32LE(data.length, 18);
      header.writeUInt32LE(raw.length, 22);
      header.writeUInt16LE(Buffer.byteLength(name), 26);
      return [header, Buffer.from(name), data];
    }),
  );
}

const contentTypes = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/main.xml" ContentType="${main}"/></Types>`;
const OOXML = 'application/vnd.openxmlformats-officedocument';

/** A PNG's signature and chunks (length, type, data; the CRC is not checked by the sniffer, so zeros). */
function png(...chunks: [string, number][]): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    ...chunks.map(([type, length]) => {
      const chunk = Buffer.alloc(12 + length);
      chunk.writeUInt32BE(length, 0);
      chunk.write(type, 4, 'latin1');
      return chunk;
    }),
  ]);
}

describe('evidence type from content', () => {
  it.each([
    ['docx', contentTypes(`${OOXML}.wordprocessingml.document.main+xml`), EVIDENCE_TYPES.docx],
    ['xlsx', contentTypes(`${OOXML}.spreadsheetml.sheet.main+xml`), EVIDENCE_TYPES.xlsx],
    ['pptx', contentTypes(`${OOXML}.presentationml.presentation.main+xml`), EVIDENCE_TYPES.pptx],
    ['docm (macros)', contentTypes('application/vnd.ms-word.document.macroEnabled.main+xml'), null],
  ])('reads %s from [Content_Types].xml', async (_, types, expected) => {
    await expect(sniffType(zip([{ name: '[Content_Types].xml', text: types }, { name: '_rels/.rels', text: '<Relationships/>' }]), 'x.bin', false)).resolves.toBe(expected);
  });

  it('finds [Content_Types].xml after the parts, and refuses a package whose content types cannot be read', async () => {
    const types = contentTypes(`${OOXML}.spreadsheetml.sheet.main+xml`);
    await expect(sniffType(zip([{ name: 'xl/workbook.xml', text: '<workbook/>' }, { name: '[Content_Types].xml', text: types }]), 'x', true)).resolves.toBe(EVIDENCE_TYPES.xlsx);
    // Compression method 12 (bzip2) is not one Office packages may use (only stored or deflated): a plain ZIP.
    const unreadable = zip([{ name: 'ppt/presentation.xml', text: '<p/>' }, { name: '[Content_Types].xml', text: types, method: 12 }]);
    await expect(sniffType(unreadable, 'x.pptx', true)).resolves.toBeNull();
    await expect(sniffType(zip([{ name: 'ppt/presentation.xml', text: '<p/>' }]), 'x.pptx', true)).resolves.toBeNull();
  });

  it.each([
    ['application/vnd.oasis.opendocument.text', EVIDENCE_TYPES.odt],
    ['application/vnd.oasis.opendocument.spreadsheet', EVIDENCE_TYPES.ods],
    ['application/vnd.oasis.opendocument.presentation', EVIDENCE_TYPES.odp],
    ['application/vnd.oasis.opendocument.graphics', null],
  ])('reads OpenDocument %s from its mimetype entry', async (mime, expected) => {
    await expect(sniffType(zip([{ name: 'mimetype', text: mime, stored: true }, { name: 'content.xml', text: '<x/>' }]), 'x.odt', true)).resolves.toBe(expected);
  });

  it('refuses any other ZIP, whatever its name', async () => {
    await expect(sniffType(zip([{ name: 'setup.exe', text: 'MZ' }]), 'report.docx', true)).resolves.toBeNull();
  });

  it('tells the legacy Office formats apart by extension, and refuses other CFB files such as installers', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expect(sniffType(cfb, 'notulen.DOC', true)).resolves.toBe(EVIDENCE_TYPES.doc);
    await expect(sniffType(cfb, 'begroting.xls', true)).resolves.toBe(EVIDENCE_TYPES.xls);
    await expect(sniffType(cfb, 'presentatie.ppt', true)).resolves.toBe(EVIDENCE_TYPES.ppt);
    await expect(sniffType(cfb, 'setup.msi', true)).resolves.toBeNull();
  });

  it.each([
    ['PDF', Buffer.from('%PDF-1.4\n'), EVIDENCE_TYPES.pdf],
    ['PNG', png(['IHDR', 13], ['IDAT', 10]), EVIDENCE_TYPES.png],
    ['PNG cut off before its image data', png(['IHDR', 13], ['iTXt', 70_000]).subarray(0, 64 * 1024), EVIDENCE_TYPES.png],
    ['animated PNG', png(['IHDR', 13], ['acTL', 8], ['IDAT', 10]), EVIDENCE_TYPES.png],
    ['a PNG signature without an image header', png(), null],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), EVIDENCE_TYPES.jpeg],
    ['GIF', Buffer.from('GIF89a\x01\x00'), EVIDENCE_TYPES.gif],
    ['WebP', Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]), EVIDENCE_TYPES.webp],
    ['ELF', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), null],
    ['a shell script with a NUL', Buffer.from('#!/bin/sh\n\0rm -rf /'), null],
    ['Latin-1 text (not UTF-8)', Buffer.from('caf\xe9 au lait', 'latin1'), null],
    ['an empty file', Buffer.alloc(0), null],
  ])('%s', async (_, head, expected) => {
    await expect(sniffType(head, 'bestand.pdf', true)).resolves.toBe(expected);
  });

  it('takes UTF-8 text as plain text or CSV by extension, also when 8 KB cuts a character in two', async () => {
    await expect(sniffType(Buffer.from('Één regel\n'), 'notitie.txt', true)).resolves.toBe(EVIDENCE_TYPES.txt);
    await expect(sniffType(Buffer.from('a;b\n1;2\n'), 'lijst.CSV', true)).resolves.toBe(EVIDENCE_TYPES.csv);
    const cut = Buffer.concat([Buffer.alloc(8191, 'a'), Buffer.from('é'), Buffer.alloc(100, 'b')]);
    await expect(sniffType(cut, 'lang.txt', false)).resolves.toBe(EVIDENCE_TYPES.txt);
    await expect(sniffType(Buffer.concat([Buffer.alloc(10, 'a'), Buffer.from([0xc3])]), 'kort.txt', true)).resolves.toBeNull();
  });

  it('takes text that file-type names as another text format (XML) as plain text, by content', async () => {
    await expect(sniffType(Buffer.from('<?xml version="1.0"?>\n<notulen/>\n'), 'notulen.xml', true)).resolves.toBe(EVIDENCE_TYPES.txt);
  });
});

describe('file names', () => {
  it.each([
    ['C:\\Users\\ilse\\Documents\\verslag.pdf', 'verslag.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['rapport\u0000\u0007\u001b[31m.pdf', 'rapport[31m.pdf'],
    ['foto\u202egpj.exe', 'fotogpj.exe'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['  ..verborgen.pdf. ', 'verborgen.pdf'],
    ['...', 'bestand'],
    ['', 'bestand'],
    ['Cafe\u0301 één.pdf', 'Café één.pdf'],
  ])('%j becomes %j', (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('cleans without shortening, so an upload is judged on the whole name a person sees', () => {
    expect(cleanFileName(`C:\\Map\\${'ë'.repeat(500)}\u0007.docx`)).toBe(`${'ë'.repeat(500)}.docx`);
    expect(nameLength(cleanFileName(`${'\u0007'.repeat(300)}verslag.pdf`))).toBe(11);
  });

  it('keeps a long name to the limit, with its extension', () => {
    const name = sanitiseFileName(`${'ë'.repeat(500)}.docx`);
    expect([...name].length).toBe(FILE_NAME_MAX);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it.each([
    ['rapport.html', EVIDENCE_TYPES.txt, 'rapport.html.txt'],
    ['logo.SVG', EVIDENCE_TYPES.txt, 'logo.SVG.txt'],
    ['opruimen.bat', EVIDENCE_TYPES.txt, 'opruimen.bat.txt'],
    ['script.ps1', EVIDENCE_TYPES.txt, 'script.ps1.txt'],
    ['installatie.exe', EVIDENCE_TYPES.pdf, 'installatie.exe.pdf'],
    ['archief.jar', EVIDENCE_TYPES.docx, 'archief.jar.docx'],
    ['foto.pdf.hta', EVIDENCE_TYPES.jpeg, 'foto.pdf.hta.jpeg'],
    ['notulen.csv', EVIDENCE_TYPES.csv, 'notulen.csv'],
    ['verslag.pdf', EVIDENCE_TYPES.pdf, 'verslag.pdf'],
    ['html', EVIDENCE_TYPES.txt, 'html'],
  ])('stores %j holding %s as %j', (name, type, expected) => {
    expect(safeFileName(name, type)).toBe(expected);
    // Safe names stay as they are, so downloads can apply it to what was stored before.
    expect(safeFileName(expected, type)).toBe(expected);
  });

  it('keeps the safe extension when the name is at the length limit, and knows the active extensions asked for', () => {
    const name = safeFileName(sanitiseFileName(`${'a'.repeat(300)}.html`), EVIDENCE_TYPES.txt);
    expect([...name].length).toBe(FILE_NAME_MAX);
    expect(name.endsWith('.txt')).toBe(true);
    for (const extension of ['hta', 'bat', 'cmd', 'com', 'exe', 'msi', 'scr', 'ps1', 'vbs', 'js', 'mjs', 'jar', 'html', 'htm', 'xhtml', 'svg', 'xml', 'php', 'sh']) {
      expect(ACTIVE_EXTENSIONS.has(extension)).toBe(true);
    }
  });

  it('offers the exact name in RFC 5987 form with an ASCII fallback', () => {
    expect(attachmentDisposition(`Zelfevaluatie "2026" (één).pdf`)).toBe(
      `attachment; filename="Zelfevaluatie _2026_ (__n).pdf"; filename*=UTF-8''Zelfevaluatie%20%222026%22%20%28%C3%A9%C3%A9n%29.pdf`,
    );
  });
});
