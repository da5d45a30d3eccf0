import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { OUTPUT_DIR, launchChromium } from '../support/browser';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { checkPage } from '../support/axe';
import { oneLine, readPdf } from '../support/pdf-text';
import { startStack, type Stack } from '../support/stack';
import { clickAndConfirm } from '../support/confirm-step';

let stack: Stack;
let browser: Browser;
let page: Page;
let org: OrgFixture;

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  stack = await startStack();
  org = await createOrganisation(stack.orm.em.fork(), 'E2E-organisatie');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function snapshot(name: string) {
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), fullPage: true });
}

it('the quality officer logs in, starts a cycle, scores every norm, submits and sees the phase change', async () => {
  await page.goto(stack.url);
  await page.getByLabel('E-mailadres').fill(org.officer);
  await page.getByLabel('Wachtwoord').fill('wrong-password');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('alert').filter({ hasText: /wachtwoord|password/i }).first().waitFor();
  await checkPage(page, 'login-error');

  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // Other tests publish framework versions too; this one runs on the demo framework.
  await page.getByLabel('Normenkader').selectOption(stack.demo.framework.id);
  await checkPage(page, 'organisation-start-cycle');
  await page.getByRole('button', { name: 'Cyclus starten' }).click();
  await page.getByTestId('phase').filter({ hasText: 'Voorbereiding' }).waitFor();
  await page.getByText('geen officiële normteksten').first().waitFor();
  await checkPage(page, 'organisation-preparation');

  // The decision tree, one question at a time; the server's model says what comes next and recommends.
  const guide = page.getByTestId('variant-guide');
  await guide.getByText('Voorlopig stroomschema').waitFor();
  await guide.getByLabel('Een certificaat, na een audit door een certificerende instelling').check();
  await guide.getByLabel('Nee, alleen de externe audit').check();
  // Halfway, completing waits for the last answer.
  expect(await page.getByRole('button', { name: 'Voorbereiding afronden' }).isDisabled()).toBe(true);
  await guide.getByLabel('Nee, we beginnen met een of meer onderdelen').check();
  await guide.getByTestId('guide-recommendation').filter({ hasText: 'Aanbevolen: Externe audit, voor een of meer onderdelen.' }).waitFor();
  // The organisation may choose otherwise than recommended: here the whole organisation.
  await guide.getByRole('group', { name: 'Uw keuze: reikwijdte' }).getByLabel('Hele organisatie').check();
  await guide.getByText('U kiest anders dan aanbevolen').waitFor();
  await checkPage(page, 'organisation-preparation-guide');

  await page.getByRole('button', { name: 'Voorbereiding afronden' }).click();
  await page.getByTestId('phase').filter({ hasText: 'Zelfevaluatie' }).waitFor();
  const [stored] = await stack.orm.em.fork().getConnection().execute(
    `select variant, whole_organisation, variant_choice from cycle where organisation_id = ? and closed_at is null`,
    [org.organisation.id],
  );
  expect(stored).toEqual(expect.objectContaining({ variant: 'EXTERNAL_AUDIT', whole_organisation: true }));
  expect(stored.variant_choice).toEqual(expect.objectContaining({ recommendation: { variant: 'EXTERNAL_AUDIT', wholeOrganisation: false }, followed: false, guidePlaceholder: true }));
  // The self-evaluation has its own page in the organisation's sections.
  await page.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();

  const norms = page.locator('fieldset[data-testid^="norm-"]');
  await norms.first().waitFor();
  const count = await norms.count();
  expect(count).toBeGreaterThan(5);

  // Submitting too early is refused with the server's reason, and nothing changes.
  await norms.nth(0).getByLabel('Voldoet', { exact: true }).check();
  await page.getByTestId('progress').filter({ hasText: `1 van ${count}` }).waitFor();
  await clickAndConfirm(page, 'Zelfevaluatie indienen');
  await page.getByRole('alert').filter({ hasText: /unscored|gescoord|score/i }).first().waitFor();

  await norms.nth(1).getByLabel('Wat gaat goed').fill('Teams leren van elkaar in intervisie.');
  for (let i = 1; i < count; i++) {
    await norms.nth(i).getByLabel(i % 4 === 3 ? 'Voldoet deels' : 'Voldoet', { exact: true }).check();
  }
  await page.getByTestId('progress').filter({ hasText: `${count} van ${count}` }).waitFor();
  // The refusal named norms that all have a score now: it is gone.
  await page.getByRole('alert').filter({ hasText: 'Nog te scoren' }).waitFor({ state: 'detached' });
  await snapshot('self-evaluation-complete');

  await clickAndConfirm(page, 'Zelfevaluatie indienen');
  await page.getByTestId('submitted-notice').waitFor();
  await expect(norms.nth(0).getByLabel('Voldoet', { exact: true }).isDisabled()).resolves.toBe(true);
  await snapshot('self-evaluation-submitted');
  // The export for the organisation's own meeting, fetched with the browser's session: every norm, as scored.
  const csvLink = page.getByTestId('self-evaluation-csv');
  await expect(csvLink.textContent()).resolves.toBe('CSV (spreadsheet)');
  const csv = await page.request.get(`${stack.url}${await csvLink.getAttribute('href')}`);
  expect(csv.status()).toBe(200);
  const rows = parse(await csv.body(), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(count);
  expect(rows.find((r) => r['Wat gaat goed'] === 'Teams leren van elkaar in intervisie.')?.Score).toBe('Voldoet');
  const pdf = await page.request.get(`${stack.url}${await page.getByTestId('self-evaluation-pdf').getAttribute('href')}`);
  expect(oneLine(readPdf(await pdf.body(), 'self-evaluation-export-e2e').text)).toContain('Teams leren van elkaar in intervisie.');
  await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
  await page.getByTestId('phase').filter({ hasText: 'Interne audit' }).waitFor();
  // The whole dossier, from the overview, fetched with the browser's session.
  const dossierLink = page.getByRole('link', { name: 'Dossier downloaden (zip)' });
  const dossier = await page.request.get(`${stack.url}${await dossierLink.getAttribute('href')}`);
  expect(dossier.status()).toBe(200);
  expect(dossier.headers()['content-type']).toBe('application/zip');

  const conn = stack.orm.em.fork().getConnection();
  const [cycle] = await conn.execute(
    `select c.phase, c.self_evaluation_locked_at,
       (select count(*)::int from self_evaluation_answer a where a.cycle_id = c.id and a.score is not null) as scored,
       (select goes_well from self_evaluation_answer a join norm n on n.id = a.norm_id where a.cycle_id = c.id and a.goes_well <> '' limit 1) as goes_well
     from cycle c where c.organisation_id = ?`,
    [org.organisation.id],
  );
  expect(cycle.phase).toBe('INTERNAL_AUDIT');
  expect(cycle.self_evaluation_locked_at).not.toBeNull();
  expect(cycle.scored).toBe(count);
  expect(cycle.goes_well).toBe('Teams leren van elkaar in intervisie.');
});
