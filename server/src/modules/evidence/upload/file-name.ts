/** Longest name kept, in characters; the extension survives shortening. */
export const FILE_NAME_MAX = 200;

// Control characters (C0, DEL, C1) and the bidirectional overrides that make "gpj.exe" look like "exe.jpg".
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters that some file systems refuse when a person saves the download.
const RESERVED = /[<>:"|?*]/g;

/**
 * A file name safe to store and to offer again as a download name: no folders (a browser may send
 * `C:\Users\…\file.pdf`), no control or direction characters, no reserved characters, not only dots, and
 * not longer than FILE_NAME_MAX characters.
 */
export function sanitiseFileName(raw: string | undefined | null, fallback = 'bestand'): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ');
  name = name.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  if (!name) name = fallback;
  const chars = [...name];
  if (chars.length <= FILE_NAME_MAX) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return chars.slice(0, FILE_NAME_MAX - extension.length).join('').trimEnd() + extension;
}

/**
 * A Content-Disposition value that offers the name for saving: an ASCII fallback for old clients and the
 * exact name in RFC 5987 form (filename*=UTF-8''…).
 */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
