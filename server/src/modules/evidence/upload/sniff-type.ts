// file-type ships only ES modules. This plain import compiles to require(), which Node loads through its
// require(esm), on by default from Node 20.19 (the engines field asks for that). A dynamic import() kept from
// TypeScript (new Function) or a .mjs shim would also load it on older Node 20, but jest cannot follow either
// without its experimental ES module mode, and the upload tests run this code inside jest: jest.config.js
// compiles the package to CommonJS instead.
import { fileTypeFromBuffer } from 'file-type';
import { EVIDENCE_TYPES, type EvidenceType } from './allowed-types';
import { extensionOf } from './file-name';

/** Bytes read before the type is decided: enough for the first ZIP entries; text is judged on 8 KB. */
export const SNIFF_BYTES = 64 * 1024;
const TEXT_BYTES = 8 * 1024;

const ALLOWED: ReadonlySet<string> = new Set(Object.values(EVIDENCE_TYPES));

/** What file-type names more finely than evidence does: an animated PNG is still a PNG to every viewer. */
const SAME_AS: Record<string, EvidenceType> = { 'image/apng': EVIDENCE_TYPES.png };

/** The legacy Office formats share one container (CFB), so there the name's extension tells them apart. */
const CFB = 'application/x-cfb';
const CFB_BY_EXTENSION: Record<string, EvidenceType> = {
  doc: EVIDENCE_TYPES.doc,
  dot: EVIDENCE_TYPES.doc,
  xls: EVIDENCE_TYPES.xls,
  xlt: EVIDENCE_TYPES.xls,
  ppt: EVIDENCE_TYPES.ppt,
  pps: EVIDENCE_TYPES.ppt,
  pot: EVIDENCE_TYPES.ppt,
};

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
 * whole file), or null when it is none of the allowed types. file-type reads the signatures and, for ZIP
 * containers, the entries that tell Office Open XML and OpenDocument apart (macro-enabled docm, xlsm and pptm
 * are named as such, and so refused). The name is consulted only where the content cannot tell (legacy
 * Office, and CSV versus plain text); it never makes a disallowed content allowed.
 */
export async function sniffType(head: Buffer, name: string, complete: boolean): Promise<EvidenceType | null> {
  if (head.length === 0) return null;
  const detected = (await fileTypeFromBuffer(head))?.mime;
  if (detected === CFB) return CFB_BY_EXTENSION[extensionOf(name)] ?? null;
  const type = detected === undefined ? undefined : (SAME_AS[detected] ?? detected);
  if (type !== undefined && ALLOWED.has(type)) return type as EvidenceType;
  // file-type names some text formats too (XML, for one); valid UTF-8 text is taken as text, as it always was.
  if (isText(head, complete)) return extensionOf(name) === 'csv' ? EVIDENCE_TYPES.csv : EVIDENCE_TYPES.txt;
  return null;
}
