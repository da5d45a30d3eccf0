import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import sector from '../../server/src/db/seeders/data/demo-sector-organisations.json';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { screenshot } from '../support/axe';
import { launchChromium, signedInBrowser } from '../support/browser';
import { REDUCED_SECTOR_SIZE as SIZE, seedReducedSector } from '../support/demo-sector-seed';
import { startStack, type Stack } from '../support/stack';

/**
 * The sector overview on the seeded demo sector (a reduced one, as in its integration test), as the demo
 * secretariat sees it on a laptop and on a phone: every running phase of the sector is in the list, kept as screenshots.
 */

let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`No client build at ${CLIENT_DIST}: run \`npm run build:client\` first (npm test does), or set CLIENT_DIST.`);
  }
  stack = await startStack();
  const seeded = await seedReducedSector(stack);
  expect(seeded.failed).toEqual([]);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await browser?.close();
  await stack?.stop();
});

it.each([
  [1366, 900],
  [390, 844],
])('the sector overview shows the seeded sector in every phase at %i px', async (width, height) => {
  const { context, page } = await signedInBrowser(browser, stack.url, { email: 'secretariaat@swn.demo', password: DEMO_PASSWORD, viewport: { width, height } });
  contexts.push(context);
  await page.getByRole('heading', { level: 1, name: 'Overzicht organisaties' }).waitFor();
  await page.getByLabel('Zoeken op naam').fill('(demo)');
  // The sector's fourteen and the four demo organisations: the list has settled on the search.
  await page.getByTestId('overview-count').filter({ hasText: /^\s*18 organisaties voldoen aan de filters\./ }).waitFor();
  const rows = page.getByTestId('organisation-row');
  await rows.filter({ hasText: sector.organisations[SIZE - 1].name }).waitFor();
  const text = (await rows.allTextContents()).join('\n');
  for (const o of sector.organisations.slice(0, SIZE)) expect(text).toContain(o.name);
  // The phases of the running cycles and their certificates; a refused or withdrawn cycle has ended ("no running cycle").
  for (const phase of ['Voorbereiding', 'Zelfevaluatie', 'Interne audit', 'Intercollegiale toetsing', 'Externe audit', 'Verbeterplan', 'Besluit', 'Gecertificeerd']) {
    expect(text).toContain(phase);
  }
  for (const certificate of ['Geldig', 'Geschorst']) expect(text).toContain(certificate);
  expect(text).toContain('Geen lopende cyclus');
  await screenshot(page, `demo-sector-overview-${width}`);
}, 120_000);
