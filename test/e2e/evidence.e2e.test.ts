import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { OUTPUT_DIR, launchChromium } from '../support/browser';
import { placeCycle } from '../support/content-fixtures';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { START_CYCLE, startInput } from '../support/operations';
import { checkPage } from '../support/axe';
import { startStack, type Stack } from '../support/stack';

/**
 * The evidence screens in Chromium: drag-and-drop and chosen uploads with their progress bar, the library,
 * and linking evidence to a norm from the self-evaluation form (from the library and by uploading there).
 */
let stack: Stack;
let browser: Browser;
let page: Page;
let org: OrgFixture;
let evidenceDir: string;

const pdf = (tag: string, size = 2048) => Buffer.concat([Buffer.from(`%PDF-1.7\n% ${tag}\n`), Buffer.alloc(size, 0x20)]);

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-evidence-e2e-'));
  // No worker: the cycle is placed in the self-evaluation with SQL, as the projection would.
  stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
  org = await createOrganisation(stack.orm.em.fork(), 'E2E-bewijs');
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  const cycleId: string = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await placeCycle(stack.orm.em.fork().getConnection(), cycleId, 'SELF_EVALUATION');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});

async function snapshot(name: string) {
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), fullPage: true });
}

it('uploads by drag-and-drop and by choosing, with a progress bar; lists, links to a norm and downloads', async () => {
  await page.goto(stack.url);
  await page.getByLabel('E-mailadres').fill(org.officer);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // The library and the self-evaluation are separate pages of the organisation's sections.
  const toLibrary = () => page.getByRole('link', { name: 'Bewijs', exact: true }).click();
  const toSelfEvaluation = () => page.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();
  await toLibrary();
  const library = page.getByTestId('evidence-library');
  await library.getByText('Nog geen bewijs geüpload.').waitFor();

  // A slow upload link, so the progress bar is there long enough to be seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
  await library.getByTestId('evidence-dropzone-input').setInputFiles({ name: 'Jaarverslag 2025.pdf', mimeType: 'application/pdf', buffer: pdf('jaarverslag', 3 * 1024 * 1024) });
  const bar = library.getByTestId('upload-progress');
  await bar.waitFor();
  expect(await bar.getAttribute('aria-valuetext')).toMatch(/^\d+% van Jaarverslag 2025\.pdf$/);
  await snapshot('evidence-upload-progress');
  await library.getByRole('status').filter({ hasText: 'Jaarverslag 2025.pdf is opgeslagen.' }).waitFor();
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  // Dropped onto the zone, as a person drags a file from their desktop.
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['datum;onderwerp\n2026-01-12;intervisie\n'], 'Notulen intervisie.csv', { type: 'text/csv' }));
    return transfer;
  });
  const zone = library.getByTestId('evidence-dropzone');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await library.getByRole('status').filter({ hasText: 'Notulen intervisie.csv is opgeslagen.' }).waitFor();

  // Something that is not evidence is refused with the reason.
  await library.getByTestId('evidence-dropzone-input').setInputFiles({ name: 'setup.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]) });
  await library.getByRole('alert').filter({ hasText: 'setup.pdf is niet opgeslagen' }).waitFor();

  await expect(library.getByTestId('evidence-row').count()).resolves.toBe(2);
  await library.getByText('2 van 2 bestanden').waitFor();
  await checkPage(page, 'organisation-evidence-library');

  // Linking from the self-evaluation form: the first norm, from the library.
  await toSelfEvaluation();
  const norm = page.getByTestId('norm-evidence').first();
  await norm.getByLabel('Bewijs uit de bibliotheek koppelen').selectOption({ label: 'Jaarverslag 2025.pdf' });
  await norm.getByRole('button', { name: 'Koppelen' }).click();
  await norm.getByRole('link', { name: 'Download Jaarverslag 2025.pdf' }).waitFor();

  // And by uploading straight into a norm: stored and linked in one go.
  const second = page.getByTestId('norm-evidence').nth(1);
  await second.locator('input[type=file]').setInputFiles({ name: 'Werkinstructie.pdf', mimeType: 'application/pdf', buffer: pdf('werkinstructie') });
  await second.getByRole('link', { name: 'Download Werkinstructie.pdf' }).waitFor();
  await snapshot('evidence-linked');
  await toLibrary();
  await library.getByText('3 van 3 bestanden').waitFor();
  await toSelfEvaluation();

  const download = page.waitForEvent('download');
  await norm.getByRole('link', { name: 'Download Jaarverslag 2025.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Jaarverslag 2025.pdf');

  await norm.getByRole('button', { name: 'Ontkoppel Jaarverslag 2025.pdf' }).click();
  await norm.getByText('Nog geen bewijs gekoppeld.').waitFor();
});
