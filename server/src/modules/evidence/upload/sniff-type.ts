import { EVIDENCE_TYPES, type EvidenceType } from './allowed-types';
import { sniffZip } from './sniff-zip';

/** Bytes read before the type is decided: enough for the first ZIP entries; text is judged on 8 KB. */
export const SNIFF_BYTES = 64 * 1024;
const TEXT_BYTES = 8 * 1024;

const startsWith = (head: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The legacy Office formats share one container (CFB), so there the name's extension tells them apart. */
const CFB_BY_EXTENSION: Record<string, EvidenceType> = {
  doc: EVIDENCE_TYPES.doc,
  dot: EVIDENCE_TYPES.doc,
  xls: EVIDENCE_TYPES.xls,
  xlt: EVIDENCE_TYPES.xls,
  ppt: EVIDENCE_TYPES.ppt,
  pps: EVIDENCE_TYPES.ppt,
  pot: EVIDENCE_TYPES.ppt,
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Plain text: valid UTF-8 without NUL bytes in the first 8 KB. `complete` says the file ends here; if it
 * does not, a multi-byte character cut at the 8 KB mark is not held against it.
 */
function isText(head: Buffer, complete: boolean): boolean {
  const sample = head.subarray(0, TEXT_BYTES);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete || head.length > TEXT_BYTES });
    return true;
  } catch {
    return false;
  }
}

/**
 * The evidence type of a file from its first bytes (`head`, up to SNIFF_BYTES; `complete` when that is the
 * whole file), or null when it is none of the allowed types. The name is consulted only where the content
 * cannot tell (legacy Office, and CSV versus plain text); it never makes a disallowed content allowed.
 */
export function sniffType(head: Buffer, name: string, complete: boolean): EvidenceType | null {
  if (head.length === 0) return null;
  if (startsWith(head, ascii('%PDF-'))) return EVIDENCE_TYPES.pdf;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return EVIDENCE_TYPES.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return EVIDENCE_TYPES.jpeg;
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return EVIDENCE_TYPES.gif;
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return EVIDENCE_TYPES.webp;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(head);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return CFB_BY_EXTENSION[extensionOf(name)] ?? null;
  if (isText(head, complete)) return extensionOf(name) === 'csv' ? EVIDENCE_TYPES.csv : EVIDENCE_TYPES.txt;
  return null;
}
