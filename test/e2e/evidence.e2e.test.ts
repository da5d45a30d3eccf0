import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { OUTPUT_DIR, launchChromium } from '../support/browser';
import { placeCycle } from '../support/content-fixtures';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { uploadEvidence } from '../support/evidence-http';
import { GqlSession } from '../support/gql';
import { mutationId, START_CYCLE, startInput } from '../support/operations';
import { checkPage } from '../support/axe';
import { startStack, type Stack } from '../support/stack';

/**
 * The evidence screens in Chromium: drag-and-drop and chosen uploads with their progress bar, the library,
 * linking evidence to a norm from the self-evaluation form (from the library and by uploading there), and
 * answering "still valid?" for the evidence of the previous cycle.
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
  await checkPage(page, 'evidence-linked');
  await toLibrary();
  await library.getByText('3 van 3 bestanden').waitFor();
  await toSelfEvaluation();

  const download = page.waitForEvent('download');
  await norm.getByRole('link', { name: 'Download Jaarverslag 2025.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Jaarverslag 2025.pdf');

  await norm.getByRole('button', { name: 'Ontkoppelen: Jaarverslag 2025.pdf' }).click();
  await norm.getByText('Nog geen bewijs gekoppeld.').waitFor();

  // A name that would open as a web page is stored and downloaded under a safe one; the library still says what it was.
  await toLibrary();
  await library
    .getByTestId('evidence-dropzone-input')
    .setInputFiles({ name: 'Werkwijze.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><h1>Werkwijze</h1><script>alert(1)</script></body></html>') });
  await library.getByRole('status').filter({ hasText: 'Werkwijze.html is opgeslagen als Werkwijze.html.txt' }).waitFor();
  await library.getByText('geüpload als Werkwijze.html').waitFor();
  await expect(library.getByTestId('evidence-quota').textContent()).resolves.toMatch(/ van de 2 GB opslagruimte van uw organisatie in gebruik\.$/);
  const safe = page.waitForEvent('download');
  await library.getByRole('link', { name: 'Download Werkwijze.html.txt' }).click();
  expect((await safe).suggestedFilename()).toBe('Werkwijze.html.txt');
});

it('in the next cycle, offers the previous evidence: "still valid" links it to the same norms, "no longer" leaves it', async () => {
  const renewing = await createOrganisation(stack.orm.em.fork(), 'E2E-hercertificering');
  const officer = new GqlSession(stack.url);
  await officer.login(renewing.officer, PASSWORD);
  const conn = stack.orm.em.fork().getConnection();
  const first: string = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await placeCycle(conn, first, 'SELF_EVALUATION');
  const { cycle } = await officer.ok(`query($id: ID!) { cycle(id: $id) { frameworkVersion { categories { norms { id code } } } } }`, { id: first });
  const norms: { id: string; code: string }[] = cycle.frameworkVersion.categories.flatMap((c: { norms: unknown[] }) => c.norms);
  const linked = async (fileName: string, normIndex: number) => {
    const upload = await uploadEvidence(stack.url, { cookie: officer.sessionCookie, fileName, content: () => [pdf(fileName)] });
    expect(upload.status).toBe(201);
    await officer.ok(`mutation($i: LinkEvidenceInput!) { linkEvidence(input: $i) { id } }`, {
      i: { clientMutationId: mutationId(), evidenceId: upload.body.id, cycleId: first, normId: norms[normIndex].id },
    });
    return upload.body.id as string;
  };
  const kept = await linked('Klachtenregeling.pdf', 0);
  const dropped = await linked('Jaarplan 2024.pdf', 1);
  // The first cycle was renewed; the next one is in its self-evaluation.
  await conn.execute(`update cycle set phase = 'RENEWED', closed_at = now(), self_evaluation_locked_at = now() where id = ?`, [first]);
  const next: string = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await conn.execute(`update cycle set previous_cycle_id = ?, phase = 'SELF_EVALUATION' where id = ?`, [first, next]);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const own = await context.newPage();
  await own.goto(stack.url);
  await own.getByLabel('E-mailadres').fill(renewing.officer);
  await own.getByLabel('Wachtwoord').fill(PASSWORD);
  await own.getByRole('button', { name: 'Inloggen' }).click();
  await own.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();
  const panel = own.getByTestId('evidence-carry-over');
  await panel.getByRole('heading', { name: 'Bewijs uit de vorige cyclus' }).waitFor();
  await panel.getByTestId('carry-over-count').filter({ hasText: /^0 van 2 documenten beantwoord$/ }).waitFor();
  const item = (id: string) => panel.locator(`[data-testid="carry-over-item"][data-evidence-id="${id}"]`);
  await expect(item(kept).textContent()).resolves.toContain(`Was gekoppeld aan: ${norms[0].code}`);
  await checkPage(own, 'organisation-evidence-carry-over');

  await item(kept).getByRole('radio', { name: 'Nog geldig' }).check();
  await panel.locator(`[data-testid="carry-over-item"][data-evidence-id="${kept}"][data-answer="true"]`).waitFor();
  // Linked to the same norm in this cycle, marked as coming from the previous one.
  const firstNorm = own.getByTestId(`norm-${norms[0].code}`);
  await firstNorm.getByRole('link', { name: 'Download Klachtenregeling.pdf' }).waitFor();
  await expect(firstNorm.getByTestId('norm-evidence').textContent()).resolves.toContain('uit de vorige cyclus');

  await item(dropped).getByRole('radio', { name: 'Niet meer geldig' }).check();
  await panel.locator(`[data-testid="carry-over-item"][data-evidence-id="${dropped}"][data-answer="false"]`).waitFor();
  await panel.getByTestId('carry-over-count').filter({ hasText: /^2 van 2 documenten beantwoord$/ }).waitFor();
  await expect(own.getByTestId(`norm-${norms[1].code}`).getByRole('link', { name: 'Download Jaarplan 2024.pdf' }).count()).resolves.toBe(0);

  const links = await conn.execute(`select evidence_id, norm_id, carried_over from evidence_link where cycle_id = ?`, [next]);
  expect(links).toEqual([{ evidence_id: kept, norm_id: norms[0].id, carried_over: true }]);
  const answers = await conn.execute(`select evidence_id, still_valid from evidence_carry_over where cycle_id = ? order by still_valid`, [next]);
  expect(answers).toEqual([
    { evidence_id: dropped, still_valid: false },
    { evidence_id: kept, still_valid: true },
  ]);

  // The answers are the server's: they are there again after a reload.
  await own.reload();
  await panel.locator(`[data-testid="carry-over-item"][data-evidence-id="${dropped}"][data-answer="false"]`).waitFor();
  expect(await item(kept).getByRole('radio', { name: 'Nog geldig' }).isChecked()).toBe(true);
  await context.close();
});
