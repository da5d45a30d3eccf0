import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OUTPUT_DIR } from './browser';

/**
 * A PDF's text as pdftotext (poppler-utils) lays it out, and its first page as a PNG, kept in test-output/
 * under `name` to look at.
 */
export function readPdf(pdf: Buffer, name: string): { text: string; png: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-'));
  const file = path.join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page')]);
  const png = readFileSync(path.join(dir, 'page.png'));
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(path.join(OUTPUT_DIR, `${name}.png`), png);
  return { text, png };
}

/** The text with every run of white space as one space, so lines wrapped or laid out in columns still match. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ');
