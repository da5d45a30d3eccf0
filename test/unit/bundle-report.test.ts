import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_DIST } from '../../server/src/app';

/**
 * The build reports what the login page loads (client/bundle-report.mts). These checks read that report, so
 * the limit and the per-party split are enforced on the build that is shipped, not on an estimate.
 */
interface BundleReport {
  loginPage: { gzipBytes: number; limitBytes: number; files: string[] };
  lazyChunks: { file: string; module: string | null; gzipBytes: number }[];
}

const REPORT = path.join(CLIENT_DIST, 'bundle-report.json');

function report(): BundleReport {
  if (!existsSync(REPORT)) throw new Error(`${REPORT} is missing: run \`npm run build:client\` first (npm test does).`);
  return JSON.parse(readFileSync(REPORT, 'utf8')) as BundleReport;
}

it('the login page needs at most 200 KB of JavaScript, gzip', () => {
  const { loginPage } = report();
  expect(loginPage.limitBytes).toBe(200 * 1024);
  expect(loginPage.gzipBytes).toBeGreaterThan(10 * 1024); // a real measurement, not an empty report
  expect(loginPage.gzipBytes).toBeLessThanOrEqual(loginPage.limitBytes);
});

it("each party's screens are a chunk of their own, loaded only after sign-in", () => {
  const { loginPage, lazyChunks } = report();
  const lazyModules = lazyChunks.map((c) => c.module);
  for (const routes of ['organisation-routes.tsx', 'institution-routes.tsx', 'sector-routes.tsx', 'public-routes.tsx']) {
    expect(lazyModules).toContain(routes);
  }
  const lazyFiles = new Set(lazyChunks.map((c) => c.file));
  expect(loginPage.files.some((f) => lazyFiles.has(f))).toBe(false);
});
