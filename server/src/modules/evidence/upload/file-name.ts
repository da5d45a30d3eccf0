import { EVIDENCE_TYPES } from './allowed-types';

/** Longest file name, in characters: an upload with a longer one is refused (FILE_NAME_TOO_LONG). */
export const FILE_NAME_MAX = 200;

// Control characters (C0, DEL, C1) and the bidirectional overrides that make "gpj.exe" look like "exe.jpg".
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters that some file systems refuse when a person saves the download.
const RESERVED = /[<>:"|?*]/g;

/**
 * A file name as it is kept, before any shortening: no folders (a browser may send
 * `C:\Users\…\file.pdf`), no control or direction characters, no reserved characters, and not only dots.
 * What is left is what a person sees, so the length limit an upload is held to is measured on it.
 */
export function cleanFileName(raw: string | undefined | null, fallback = 'bestand'): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ');
  name = name.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  return name || fallback;
}

/** The length of a name in characters (code points), as FILE_NAME_MAX counts them. */
export const nameLength = (name: string): number => [...name].length;

/**
 * A file name safe to store and to offer again as a download name: cleanFileName's, then shortened to
 * FILE_NAME_MAX characters with the extension kept. Uploads with a longer name are refused instead; the
 * shortening is for names made longer here (safeFileName adds an extension) and for names stored earlier.
 */
export function sanitiseFileName(raw: string | undefined | null, fallback = 'bestand'): string {
  const name = cleanFileName(raw, fallback);
  const chars = [...name];
  if (chars.length <= FILE_NAME_MAX) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return chars.slice(0, FILE_NAME_MAX - extension.length).join('').trimEnd() + extension;
}

/**
 * Extensions that make a computer run, install, mount or render a file rather than show it: a program,
 * a script, a shortcut, a web page or an image that can carry script. Evidence content is one of the
 * allowed types, but text may be a script and a ZIP-based Office file may also be a Java archive, and
 * whoever downloads the file opens it by its name. The one list every safe name is made with.
 */
export const ACTIVE_EXTENSIONS: ReadonlySet<string> = new Set([
  // Windows programs, installers, libraries and control-panel items.
  'exe', 'com', 'scr', 'pif', 'cpl', 'msc', 'msi', 'msp', 'mst', 'msix', 'msixbundle', 'appx', 'appxbundle', 'dll', 'ocx', 'sys', 'drv',
  // Windows scripts and what runs them.
  'bat', 'cmd', 'vb', 'vbs', 'vbe', 'js', 'jse', 'mjs', 'cjs', 'ws', 'wsf', 'wsc', 'wsh', 'ps1', 'ps1xml', 'ps2', 'ps2xml', 'psc1', 'psc2', 'psd1', 'psm1', 'hta', 'sct', 'reg', 'inf', 'scf',
  // Shortcuts, web queries and other files that point somewhere or run something when opened.
  'lnk', 'url', 'website', 'application', 'appref-ms', 'gadget', 'settingcontent-ms', 'library-ms', 'searchconnector-ms', 'iqy', 'slk', 'chm', 'hlp', 'xll', 'jar', 'jnlp', 'class',
  // Disk images, which bring their content past download warnings when mounted.
  'iso', 'img', 'vhd', 'vhdx',
  // Unix and macOS programs, scripts and packages.
  'sh', 'bash', 'zsh', 'csh', 'ksh', 'command', 'tool', 'run', 'bin', 'desktop', 'appimage', 'app', 'pkg', 'dmg', 'deb', 'rpm', 'apk',
  // Scripts for interpreters and servers.
  'py', 'pyw', 'pyc', 'pl', 'rb', 'php', 'php3', 'php4', 'php5', 'phtml', 'phar', 'cgi', 'asp', 'aspx', 'jsp',
  // Web pages, and formats a browser renders with script or styles of their own.
  'html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'svg', 'svgz', 'xml', 'xsl', 'xslt', 'swf',
]);

/** The extension a safe name gets, by the type read from the content: its key in EVIDENCE_TYPES. */
const TYPE_EXTENSION: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(EVIDENCE_TYPES).map(([extension, type]) => [type, extension]));

/** The part after the last dot, lower-case; '' when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * The name evidence is stored and offered under. A name (already sanitised) that ends in an active
 * extension gets the extension of the type its content was found to be: `rapport.html` holding text
 * becomes `rapport.html.txt`, `setup.exe` holding a PDF `setup.exe.pdf`. The file then opens in the
 * program for what it is; the name still tells its owner what it was. Any other name stays as it is.
 * Applying it twice changes nothing.
 */
export function safeFileName(name: string, type: string): string {
  if (!ACTIVE_EXTENSIONS.has(extensionOf(name))) return name;
  return sanitiseFileName(`${name}.${TYPE_EXTENSION[type] ?? 'txt'}`);
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
