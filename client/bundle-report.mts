import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The most JavaScript, gzip, that the login page may need: a first visit on a slow connection stays quick. */
export const LOGIN_PAGE_LIMIT_BYTES = 200 * 1024;

interface ChunkInfo {
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  facadeModuleId?: string | null;
}

const gzipBytes = (code: string) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The entry and every chunk it imports statically: what the browser loads before the login page shows. */
function staticClosure(entry: ChunkInfo, byName: Map<string, ChunkInfo>): ChunkInfo[] {
  const seen = new Map<string, ChunkInfo>();
  const visit = (chunk: ChunkInfo) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  visit(entry);
  return [...seen.values()];
}

/**
 * Reports, after every build, how much JavaScript the login page needs (gzip) and what each lazily loaded
 * chunk weighs, writes it to bundle-report.json beside the build, and fails the build above the limit.
 */
export function bundleReport(): Plugin {
  return {
    name: 'labelcycle-bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o): o is typeof o & ChunkInfo => o.type === 'chunk') as ChunkInfo[];
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) throw new Error('bundle report: the build has no entry chunk');
      const initial = staticClosure(entry, byName);
      const initialNames = new Set(initial.map((c) => c.fileName));
      const loginPageGzipBytes = initial.reduce((sum, c) => sum + gzipBytes(c.code), 0);
      const lazy = chunks
        .filter((c) => !initialNames.has(c.fileName))
        .map((c) => ({ file: c.fileName, module: c.facadeModuleId ? path.basename(c.facadeModuleId) : null, gzipBytes: gzipBytes(c.code) }));
      const report = {
        loginPage: { gzipBytes: loginPageGzipBytes, limitBytes: LOGIN_PAGE_LIMIT_BYTES, files: initial.map((c) => c.fileName) },
        lazyChunks: lazy,
      };
      this.info(`login page JavaScript: ${kb(loginPageGzipBytes)} gzip of ${kb(LOGIN_PAGE_LIMIT_BYTES)} allowed (${initial.length} files)`);
      for (const c of lazy) this.info(`  loaded later: ${c.file} ${kb(c.gzipBytes)} gzip`);
      this.emitFile({ type: 'asset', fileName: 'bundle-report.json', source: `${JSON.stringify(report, null, 2)}\n` });
      if (loginPageGzipBytes > LOGIN_PAGE_LIMIT_BYTES) {
        this.error(`The login page needs ${kb(loginPageGzipBytes)} of JavaScript (gzip); the limit is ${kb(LOGIN_PAGE_LIMIT_BYTES)}.`);
      }
    },
  };
}
