import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR } from './browser';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page as it is now and returns the serious and critical violations, described so a
 * failing test says what and where. Evaluated over the DevTools protocol, so the app's CSP stays as it is.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Saves a full-page screenshot with the test output: test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUTPUT_DIR, 'screenshots', `${name}.png`), fullPage: true });
}

/**
 * What the page's Content-Security-Policy has blocked since it loaded (a client-side route change keeps
 * the document, so earlier screens count too). The browser keeps these reports; a buffered observer reads
 * them afterwards.
 */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        interface CspReport {
          body: { effectiveDirective: string; blockedURL: string; sourceFile: string | null; lineNumber: number | null };
        }
        const describe = (reports: CspReport[]) =>
          reports.map((r) => `${r.body.effectiveDirective} blocked ${r.body.blockedURL || 'inline'} (${r.body.sourceFile ?? ''}:${r.body.lineNumber ?? ''})`);
        const Observer = (window as unknown as { ReportingObserver: new (cb: (r: CspReport[]) => void, o: object) => { observe(): void; takeRecords(): CspReport[] } })
          .ReportingObserver;
        const seen: CspReport[] = [];
        const observer = new Observer((reports) => seen.push(...reports), { types: ['csp-violation'], buffered: true });
        observer.observe();
        // Buffered reports arrive in a task of their own.
        setTimeout(() => resolve(describe([...seen, ...observer.takeRecords()])), 50);
      }),
  );
}

/** A main page: no serious or critical accessibility violation, nothing blocked by the CSP, and its screenshot kept. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await seriousAxeViolations(page);
  if (violations.length > 0) throw new Error(`axe-core found on ${name}:\n${violations.join('\n')}`);
  const blocked = await cspViolations(page);
  if (blocked.length > 0) throw new Error(`The Content-Security-Policy blocked on ${name}:\n${blocked.join('\n')}`);
}
