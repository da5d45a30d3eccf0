/** The media types evidence may have, each decided from the content (see sniff-type.ts), never from the name. */
export const EVIDENCE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain',
  csv: 'text/csv',
} as const;

export type EvidenceType = (typeof EVIDENCE_TYPES)[keyof typeof EVIDENCE_TYPES];

/** How a refusal names what is accepted, in words a person recognises. */
export const ALLOWED_TYPES_TEXT =
  'PDF; Word, Excel and PowerPoint (docx, xlsx, pptx, and the older doc, xls, ppt); OpenDocument (odt, ods, odp); ' +
  'PNG, JPEG, GIF and WebP images; plain text and CSV (UTF-8)';
