import { constants, inflateRawSync } from 'node:zlib';
import { EVIDENCE_TYPES, type EvidenceType } from './allowed-types';

interface ZipEntry {
  name: string;
  /** The entry's data as far as it lies inside the bytes we have (possibly cut short). */
  data: Buffer;
  method: number;
}

const LOCAL_HEADER = 0x04034b50;

/** The local file headers at the start of a ZIP, as far as `head` reaches; stops where it cannot follow. */
function* entries(head: Buffer): Generator<ZipEntry> {
  let at = 0;
  while (at + 30 <= head.length && head.readUInt32LE(at) === LOCAL_HEADER) {
    const flags = head.readUInt16LE(at + 6);
    const method = head.readUInt16LE(at + 8);
    const compressedSize = head.readUInt32LE(at + 18);
    const nameLength = head.readUInt16LE(at + 26);
    const extraLength = head.readUInt16LE(at + 28);
    const nameStart = at + 30;
    const dataStart = nameStart + nameLength + extraLength;
    if (dataStart > head.length) return;
    const name = head.subarray(nameStart, nameStart + nameLength).toString('utf8');
    // Bit 3: sizes follow the data (a data descriptor), so the next header's place is not known here.
    const sizeKnown = (flags & 0x08) === 0 && compressedSize !== 0xffffffff;
    const dataEnd = sizeKnown ? Math.min(dataStart + compressedSize, head.length) : head.length;
    yield { name, data: head.subarray(dataStart, dataEnd), method };
    if (!sizeKnown || dataStart + compressedSize > head.length) return;
    at = dataStart + compressedSize;
  }
}

/** An entry's text, inflated as far as the bytes allow, capped so a crafted entry cannot balloon. */
function text(entry: ZipEntry): string {
  if (entry.method === 0) return entry.data.toString('utf8');
  if (entry.method !== 8) return '';
  try {
    // SYNC_FLUSH returns what a cut-short stream decodes to instead of throwing.
    return inflateRawSync(entry.data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 }).toString('utf8');
  } catch {
    return '';
  }
}

const ODF_TYPES: readonly EvidenceType[] = [EVIDENCE_TYPES.odt, EVIDENCE_TYPES.ods, EVIDENCE_TYPES.odp];

/**
 * Office Open XML and OpenDocument files are ZIP archives; what they hold is written in their first
 * entries. OpenDocument must start with an uncompressed `mimetype` entry naming its type. Office Open XML
 * starts (as Office writes it) with `[Content_Types].xml`, which names the main part. Macro-enabled
 * variants (docm, xlsm, pptm) name other main parts and are not accepted, on purpose.
 */
export function sniffZip(head: Buffer): EvidenceType | null {
  const seen: ZipEntry[] = [];
  for (const entry of entries(head)) {
    seen.push(entry);
    if (seen.length === 1 && entry.name === 'mimetype') {
      const declared = entry.data.toString('ascii').trim();
      return ODF_TYPES.find((t) => t === declared) ?? null;
    }
    if (entry.name === '[Content_Types].xml') {
      const types = text(entry);
      if (types.includes('wordprocessingml.document.main+xml')) return EVIDENCE_TYPES.docx;
      if (types.includes('spreadsheetml.sheet.main+xml')) return EVIDENCE_TYPES.xlsx;
      if (types.includes('presentationml.presentation.main+xml')) return EVIDENCE_TYPES.pptx;
      if (types.length > 0) return null;
    }
    if (seen.length >= 32) break;
  }
  // Some writers put the parts first: then the main part's name, with [Content_Types].xml present too.
  const names = new Set(seen.map((e) => e.name));
  if (!names.has('[Content_Types].xml')) return null;
  if (names.has('word/document.xml')) return EVIDENCE_TYPES.docx;
  if (names.has('xl/workbook.xml')) return EVIDENCE_TYPES.xlsx;
  if (names.has('ppt/presentation.xml')) return EVIDENCE_TYPES.pptx;
  return null;
}
