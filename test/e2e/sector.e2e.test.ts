import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { launchChromium } from '../support/browser';
import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { clickAndConfirm } from '../support/confirm-step';
import { GqlSession } from '../support/gql';
import { startStack, type Stack } from '../support/stack';

/**
 * The sector body's screens in Chromium, as the demo secretariat and decision committee: the overview and
 * its filters, the insights, the decisions queue and a decision, register management, framework import and
 * publication, and the admission of certifying institutions. Every action is checked on screen and in the
 * database or the API.
 */
const SECRETARIAT = 'secretariaat@swn.demo';
const COMMITTEE = 'commissie@swn.demo';
// Other test files create organisations in the same database; every name made here carries this tag.
const RUN = `SWN${randomUUID().slice(0, 6)}`;

let stack: Stack;
let browser: Browser;
let awaiting: ParkedCycle;
let certified: ParkedCycle;
let toWithdraw: ParkedCycle;
let selfEvaluation: ParkedCycle;
const contexts: BrowserContext[] = [];

const sql = async (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);
const orgName = (cycle: ParkedCycle) => cycle.org.organisation.name;

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`No client build at ${CLIENT_DIST}: run \`npm run build:client\` first (npm test does), or set CLIENT_DIST.`);
  }
  stack = await startStack();
  const decider = { deciderEmail: COMMITTEE, deciderPassword: DEMO_PASSWORD };
  [awaiting, certified, toWithdraw, selfEvaluation] = await Promise.all([
    driveCycle(stack.url, stack.orm.em.fork(), 'AWAITING_DECISION', { label: `${RUN} Besluit` }),
    driveCycle(stack.url, stack.orm.em.fork(), 'VALID', { label: `${RUN} Geldig`, ...decider }),
    driveCycle(stack.url, stack.orm.em.fork(), 'VALID', { label: `${RUN} Intrekking`, ...decider }),
    driveCycle(stack.url, stack.orm.em.fork(), 'SELF_EVALUATION', { label: `${RUN} Vroeg` }),
  ]);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

/** A fresh browser (own cookies) signed in as one of the demo sector accounts. */
async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(stack.url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation', { name: 'Onderdelen sectororganisatie' }).waitFor();
  return page;
}

async function api(email: string): Promise<GqlSession> {
  const session = new GqlSession(stack.url);
  await session.login(email, DEMO_PASSWORD);
  return session;
}

it('the overview lists every organisation; a filter narrows the list and stays in the address', async () => {
  const page = await signIn(SECRETARIAT);
  await page.getByRole('heading', { level: 1, name: 'Overzicht organisaties' }).waitFor();
  await page.getByTestId('organisation-row').first().waitFor();
  await checkPage(page, 'sector-overview');

  const rows = page.getByTestId('organisation-row');
  await page.getByLabel('Zoeken op naam').fill(RUN);
  await page.getByTestId('overview-count').filter({ hasText: /^\s*4 organisaties voldoen aan de filters\./ }).waitFor();
  await expect(rows.count()).resolves.toBe(4);
  // The row says where the cycle stands and who acts next: the sector body itself, "U".
  const waitingRow = rows.filter({ hasText: orgName(awaiting) });
  await expect(waitingRow.textContent()).resolves.toMatch(/Besluit.*Wacht op besluit.*U: besluiten over het label/);
  await expect(waitingRow.getByTestId('overview-next-step').getAttribute('data-actor')).resolves.toBe('YOU');
  await expect(rows.filter({ hasText: orgName(certified) }).textContent()).resolves.toMatch(/Gecertificeerd.*Geldig.*tot en met/);

  await page.getByLabel('Fase').selectOption('SELF_EVALUATION');
  await page.getByTestId('overview-count').filter({ hasText: /^\s*1 organisatie voldoet aan de filters\./ }).waitFor();
  await expect(rows.count()).resolves.toBe(1);
  await expect(rows.first().textContent()).resolves.toContain(orgName(selfEvaluation));
  const url = new URL(page.url());
  expect(url.searchParams.get('phase')).toBe('SELF_EVALUATION');
  expect(url.searchParams.get('q')).toBe(RUN);

  // A bookmarked or shared address opens the same filtered view.
  await page.goto(url.toString());
  await page.getByTestId('overview-count').filter({ hasText: /^\s*1 organisatie voldoet aan de filters\./ }).waitFor();
  await expect(page.getByLabel('Fase').inputValue()).resolves.toBe('SELF_EVALUATION');
  await expect(page.getByLabel('Zoeken op naam').inputValue()).resolves.toBe(RUN);

  // By certifying institution: only the cycle engaged with that institution.
  await page.getByLabel('Fase').selectOption('');
  await page.getByLabel('Certificerende instelling').selectOption(awaiting.ci.ci.id);
  await page.getByTestId('overview-count').filter({ hasText: /^\s*1 organisatie voldoet aan de filters\./ }).waitFor();
  await expect(rows.first().textContent()).resolves.toContain(orgName(awaiting));
  expect(new URL(page.url()).searchParams.get('ci')).toBe(awaiting.ci.ci.id);

  // Expiring within 90 days: the two certified organisations (their test certificates last an hour).
  await page.getByLabel('Certificerende instelling').selectOption('');
  await page.getByLabel('Certificaat verloopt binnen 90 dagen').check();
  await page.getByTestId('overview-count').filter({ hasText: /^\s*2 organisaties voldoen aan de filters\./ }).waitFor();
  expect((await rows.allTextContents()).map((text) => text.includes(orgName(certified)) || text.includes(orgName(toWithdraw)))).toEqual([true, true]);
  expect(new URL(page.url()).searchParams.get('expiring')).toBe('1');
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await page.getByTestId('overview-count').filter({ hasText: /^\d+ organisaties\.$/ }).waitFor();
  expect(new URL(page.url()).search).toBe('');
  await page.getByLabel('Zoeken op naam').fill(RUN);
  await page.getByLabel('Certificerende instelling').selectOption(awaiting.ci.ci.id);
  await page.getByTestId('overview-count').filter({ hasText: /^\s*1 organisatie voldoet aan de filters\./ }).waitFor();

  // The API answers the same filter the same way.
  const secretariat = await api(SECRETARIAT);
  const listed = await secretariat.ok(`query($f: OrganisationFilter) { organisations(first: 10, filter: $f) { totalCount nodes { name } } }`, {
    f: { search: RUN, phase: 'SELF_EVALUATION' },
  });
  expect(listed.organisations.totalCount).toBe(1);
  expect(listed.organisations.nodes[0].name).toBe(orgName(selfEvaluation));

  // The English switch translates the screen.
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisations overview' }).waitFor();
  await page.getByTestId('overview-count').filter({ hasText: /^\s*1 organisation matches the filters\./ }).waitFor();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'NL' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht organisaties' }).waitFor();
});

it('the overview counts the open cycles per phase in a bar, sorts its columns and opens a cycle’s dossier', async () => {
  const page = await signIn(SECRETARIAT);
  const rows = page.getByTestId('organisation-row');
  await rows.first().waitFor();

  // Each segment of the bar says its phase and count in words, and filters the list to its phase.
  const bar = page.getByRole('navigation', { name: 'Verdeling van de lopende cycli' });
  const decisionSegment = bar.locator('[data-testid="phase-segment"][data-phase="DECISION"]');
  expect(Number(await decisionSegment.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
  await expect(decisionSegment.textContent()).resolves.toMatch(/^Besluit \d+$/);
  await bar.locator('[data-testid="phase-segment"][data-phase="SELF_EVALUATION"]').click();
  await page.waitForURL(/[?&]phase=SELF_EVALUATION/);
  await expect(page.getByLabel('Fase').inputValue()).resolves.toBe('SELF_EVALUATION');
  await expect(bar.locator('[data-phase="SELF_EVALUATION"]').getAttribute('aria-current')).resolves.toBe('true');
  await page.getByRole('button', { name: 'Filters wissen' }).click();

  // Sorting: by phase, then the other way round; the order is kept in the address with the filter.
  await page.getByLabel('Zoeken op naam').fill(RUN);
  await page.getByTestId('overview-count').filter({ hasText: /^\s*4 organisaties voldoen aan de filters\./ }).waitFor();
  const names = async () => (await rows.locator('th').allTextContents()).map((text) => text.trim());
  expect(await names()).toEqual([...[awaiting, certified, toWithdraw, selfEvaluation].map(orgName)].sort((a, b) => a.localeCompare(b, 'nl')));
  await page.getByTestId('sort-phase').click();
  await page.locator('th[aria-sort="ascending"]').filter({ hasText: 'Fase en stap' }).waitFor();
  expect(new URL(page.url()).searchParams.get('sort')).toBe('phase');
  expect((await names()).slice(0, 2)).toEqual([orgName(selfEvaluation), orgName(awaiting)]);
  await page.getByTestId('sort-phase').click();
  await page.locator('th[aria-sort="descending"]').filter({ hasText: 'Fase en stap' }).waitFor();
  expect(new URL(page.url()).searchParams.get('sort')).toBe('-phase');
  expect((await names()).slice(2)).toEqual([orgName(awaiting), orgName(selfEvaluation)]);
  // By deadline: the cycles with one come first, soonest first.
  await page.getByTestId('sort-deadline').click();
  await page.locator('th[aria-sort="ascending"]').filter({ hasText: 'Aan zet' }).waitFor();
  const seRow = rows.filter({ hasText: orgName(selfEvaluation) });
  expect((await names())[0]).toBe(orgName(selfEvaluation));

  // The deadline says how many days are left and how urgent that is, in words as well as colour.
  const deadline = seRow.getByTestId('deadline');
  const urgency = await deadline.getAttribute('data-urgency');
  const text = (await deadline.textContent()) ?? '';
  if (urgency === 'overdue') expect(text).toMatch(/^Te laat/);
  else if (urgency === 'soon') expect(text).toMatch(/^Binnenkort(nog \d+ dagen?|vandaag)$/);
  else expect(text).toMatch(/^nog \d+ dagen$/);
  await checkPage(page, 'sector-overview-sorted');
  // The same in English.
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisations overview' }).waitFor();
  await expect(deadline.textContent()).resolves.toMatch(/^(Overdue.*|Due soon(\d+ days? left|today)|\d+ days left)$/);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'NL' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht organisaties' }).waitFor();

  // A row opens the cycle's dossier: its facts, how it moved through the phases, and its documents.
  await rows.filter({ hasText: orgName(awaiting) }).getByRole('link', { name: orgName(awaiting) }).click();
  await page.getByRole('heading', { level: 1, name: `Dossier: ${orgName(awaiting)}` }).waitFor();
  await page.getByTestId('decision-phase').filter({ hasText: 'Besluit' }).waitFor();
  const moves = page.getByTestId('phase-move');
  await moves.first().waitFor();
  expect(await moves.count()).toBeGreaterThanOrEqual(4);
  await expect(moves.last().getAttribute('data-to')).resolves.toBe('DECISION');
  await page.getByTestId('final-report').waitFor();
  expect(await page.getByTestId('decision-form').count()).toBe(0);
  await page.getByRole('link', { name: 'Naar het besluit' }).waitFor();
  await checkPage(page, 'sector-cycle-dossier');
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN' }).click();
  await page.getByRole('heading', { level: 2, name: 'Phase history' }).waitFor();
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisations overview' }).waitFor();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'NL' }).click();
}, 120_000);

it('the insights show the phases, the time per phase and the norm-level findings, each as a table', async () => {
  const page = await signIn(SECRETARIAT);
  await page.getByRole('navigation', { name: 'Onderdelen sectororganisatie' }).getByRole('link', { name: 'Inzichten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inzichten' }).waitFor();
  const phases = page.getByTestId('phase-counts');
  await phases.waitFor();
  // Learning between audits: last year's figures, or that too few organisations have any (as in this run).
  const learning = page.getByTestId('sector-learning');
  await learning.getByRole('heading', { level: 2, name: 'Leren tussen de audits' }).waitFor();
  await learning.getByTestId('sector-learning-too-few').or(learning.getByTestId('sector-learning-norm')).waitFor();
  await checkPage(page, 'sector-insights');

  const overview = (await (await api(SECRETARIAT)).ok(`{ sectorOverview { countsPerPhase { phase count } normFindings { normCode partlyMeets } } }`)).sectorOverview;
  const decisionCount = overview.countsPerPhase.find((p: { phase: string }) => p.phase === 'DECISION').count;
  expect(decisionCount).toBeGreaterThanOrEqual(1);
  const decisionRow = phases.locator('tr[data-key="DECISION"]');
  await expect(decisionRow.getByRole('rowheader').textContent()).resolves.toBe('Besluit');
  expect(Number(await decisionRow.locator('.bar-table__text').textContent())).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('phase-durations').locator('tr[data-key="PREPARATION"] .bar-table__text').textContent()).resolves.toMatch(/\(\d+ cycl(us|i)\)/);
  // The test framework's second norm was scored "partly meets" by the parked cycles' auditors.
  await expect(page.getByTestId('norm-findings').locator('caption').textContent()).resolves.toContain('meest leerzaam eerst');
  await expect(page.getByTestId('overdue-count').locator('dd').first().textContent()).resolves.toMatch(/^\d+$/);
  expect(overview.normFindings.some((f: { normCode: string; partlyMeets: number }) => f.normCode === 'T-2' && f.partlyMeets > 0)).toBe(true);
});

it('the committee decides from the queue: no form for the secretariat, a refusal for an empty reason, then an award', async () => {
  // The secretariat may read the dossier but not decide: the server says so (viewerCan), so no form is offered.
  const secretariat = await signIn(SECRETARIAT);
  await secretariat.goto(`${stack.url}/decisions/${awaiting.cycleId}`);
  await secretariat.getByRole('heading', { level: 1, name: `Besluit: ${orgName(awaiting)}` }).waitFor();
  const notOffered = secretariat.getByTestId('decision-not-offered');
  await notOffered.filter({ hasText: 'Alleen leden van de beslissingscommissie kunnen een besluit vastleggen.' }).waitFor();
  await expect(notOffered.getAttribute('data-code')).resolves.toBe('NOT_ALLOWED');
  await expect(secretariat.getByTestId('decision-form').count()).resolves.toBe(0);
  await expect(secretariat.getByTestId('decision-next-step').textContent()).resolves.toContain('U: besluiten over het label');
  // The dossier for the archive, fetched with the secretariat's session.
  const dossierLink = secretariat.getByRole('link', { name: 'Dossier downloaden (zip)' });
  const dossier = await secretariat.request.get(`${stack.url}${await dossierLink.getAttribute('href')}`);
  expect(dossier.status()).toBe(200);
  expect(dossier.headers()['content-type']).toBe('application/zip');

  const page = await signIn(COMMITTEE);
  await page.getByRole('navigation', { name: 'Onderdelen sectororganisatie' }).getByRole('link', { name: 'Besluiten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Besluiten' }).waitFor();
  // Other test files leave cycles awaiting a decision in the same database: find this one by name.
  await page.getByLabel('Zoeken op naam van de organisatie').fill(orgName(awaiting));
  const row = page.getByTestId('decision-row').filter({ hasText: orgName(awaiting) });
  await expect(row.textContent()).resolves.toMatch(/Wacht op besluit.*Positief/);
  await checkPage(page, 'sector-decisions');
  await row.getByRole('link', { name: orgName(awaiting) }).click();

  await page.getByRole('heading', { level: 1, name: `Besluit: ${orgName(awaiting)}` }).waitFor();
  await page.getByTestId('final-report').filter({ hasText: 'Eind' }).waitFor();
  await expect(page.getByTestId('advice').textContent()).resolves.toContain('Positief');
  await expect(page.getByTestId('findings-table').locator('tbody tr').count()).resolves.toBe(awaiting.normIds.length);
  await expect(page.getByTestId('plan-table').textContent()).resolves.toContain('Actie 2');
  await expect(page.getByTestId('plan-reviews').textContent()).resolves.toContain('Geaccepteerd');
  await checkPage(page, 'sector-decision');

  // Nothing is preselected: without a choice the form refuses beside the choice, and nothing is sent.
  const choice = page.getByRole('group', { name: 'Besluit' });
  for (const option of ['Toekennen', 'Aanhouden', 'Niet toekennen']) {
    await expect(choice.getByLabel(option, { exact: true }).isChecked()).resolves.toBe(false);
  }
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await choice.getByRole('alert').filter({ hasText: 'Kies een besluit' }).waitFor();
  expect(await page.getByTestId('confirm-step').count()).toBe(0);

  // No reason: the check comes first (Back leaves everything as it was), then the server refuses beside
  // the reason field, and nothing changes.
  await page.getByLabel('Toekennen', { exact: true }).check();
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  const check = page.getByTestId('confirm-step');
  await check.getByText('Toekennen', { exact: true }).waitFor();
  await check.getByText(/bij toekennen of niet toekennen ook de certificatiemanagers/).waitFor();
  await checkPage(page, 'sector-decision-check');
  await check.getByRole('button', { name: 'Terug', exact: true }).click();
  await page.getByRole('button', { name: 'Besluit vastleggen' }).waitFor();
  expect((await sql(`select decision from cycle where id = ?`, [awaiting.cycleId]))[0]).toEqual({ decision: null });
  await clickAndConfirm(page, 'Besluit vastleggen');
  const reasonError = page.locator('#decision-reason-error');
  await reasonError.filter({ hasText: 'Geef een motivering' }).waitFor();
  await expect(reasonError.getAttribute('role')).resolves.toBe('alert');
  await expect(page.getByLabel('Motivering').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.getByLabel('Motivering').getAttribute('aria-describedby')).resolves.toContain('decision-reason-error');
  expect((await sql(`select phase, decision from cycle where id = ?`, [awaiting.cycleId]))[0]).toEqual({ phase: 'DECISION', decision: null });

  await page.getByLabel('Toekennen', { exact: true }).check();
  await page.getByLabel('Motivering').fill('Positief advies; de verbeteractie is geaccepteerd.');
  await clickAndConfirm(page, 'Besluit vastleggen');
  const outcome = page.getByTestId('decision-outcome');
  await outcome.filter({ hasText: 'Het kwaliteitslabel is toegekend.' }).waitFor();
  await expect(outcome.textContent()).resolves.toMatch(/Certificaat KSSW-\d{4}-\d{5} staat in het register/);
  await page.getByTestId('decision-phase').filter({ hasText: 'Gecertificeerd' }).waitFor();

  const [cycle] = await sql(`select phase, decision, decision_reason from cycle where id = ?`, [awaiting.cycleId]);
  expect(cycle).toEqual({ phase: 'CERTIFIED', decision: 'AWARD', decision_reason: 'Positief advies; de verbeteractie is geaccepteerd.' });
  const [certificate] = await sql(`select number, status from certificate where cycle_id = ?`, [awaiting.cycleId]);
  expect(certificate.status).toBe('VALID');
  await expect(outcome.textContent()).resolves.toContain(certificate.number);

  // The queue no longer holds it.
  await page.getByRole('link', { name: 'Terug naar de besluiten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Besluiten' }).waitFor();
  await page.getByLabel('Zoeken op naam van de organisatie').fill(orgName(awaiting));
  await page.getByText('Geen cycli in de besluitfase bij deze naam.').waitFor();
  await expect(page.getByTestId('decision-row').filter({ hasText: orgName(awaiting) }).count()).resolves.toBe(0);
});

it('a notification about a cycle leads the committee to its dossier', async () => {
  const [notice] = await sql(
    `select n.id from notification n join app_user u on u.id = n.user_id where u.email = ? and n.cycle_id = ? order by n.created_at desc limit 1`,
    [COMMITTEE, awaiting.cycleId],
  );
  expect(notice).toBeDefined();
  const page = await signIn(COMMITTEE);
  await page.goto(`${stack.url}/notifications`);
  const item = page.locator(`[data-testid="notification"][data-id="${notice.id}"]`);
  await item.getByRole('link', { name: /^Naar deze stap: / }).click();
  await page.waitForURL((url) => url.pathname === `/decisions/${awaiting.cycleId}`);
  await page.getByRole('heading', { level: 1, name: `Besluit: ${orgName(awaiting)}` }).waitFor();
});

it('the secretariat suspends one certificate, lifts the suspension, and withdraws another after confirming', async () => {
  const page = await signIn(SECRETARIAT);
  await page.getByRole('navigation', { name: 'Onderdelen sectororganisatie' }).getByRole('link', { name: 'Registerbeheer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Registerbeheer' }).waitFor();
  await page.getByLabel('Zoeken op organisatie of plaats').fill(orgName(certified));
  const row = page.getByTestId('register-admin-row').filter({ hasText: orgName(certified) });
  // The search applies after a pause in typing; the caption then counts one certificate.
  await page.getByTestId('register-admin-table').locator('caption').filter({ hasText: /^\s*1 van 1 certificaten/ }).waitFor();
  await row.filter({ hasText: 'Geldig' }).waitFor();
  await expect(page.getByTestId('register-admin-row').count()).resolves.toBe(1);
  await checkPage(page, 'sector-register-management');
  const [{ number }] = await sql(`select number from certificate where cycle_id = ?`, [certified.cycleId]);
  await expect(row.getAttribute('data-number')).resolves.toBe(number);

  await row.getByRole('button', { name: `Schorsen: ${number} (${orgName(certified)})` }).click();
  const form = page.getByTestId('suspend-form');
  await form.getByRole('heading', { name: `Certificaat ${number} schorsen` }).waitFor();
  // No reason: the server's refusal beside the field.
  await form.getByRole('button', { name: 'Certificaat schorsen' }).click();
  await page.locator('#certificate-reason-error').filter({ hasText: 'Geef een motivering' }).waitFor();
  await expect(form.getByLabel('Motivering').getAttribute('aria-invalid')).resolves.toBe('true');
  await checkPage(page, 'sector-suspend-form');

  await form.getByLabel('Motivering').fill('Klacht in onderzoek');
  await form.getByRole('button', { name: 'Certificaat schorsen' }).click();
  await page.getByTestId('register-admin-status').filter({ hasText: `Certificaat ${number} is geschorst.` }).waitFor();
  await row.filter({ hasText: 'Geschorst' }).waitFor();
  const [suspended] = await sql(`select c.status, c.status_reason, cy.step from certificate c join cycle cy on cy.id = c.cycle_id where c.cycle_id = ?`, [certified.cycleId]);
  expect(suspended).toEqual({ status: 'SUSPENDED', status_reason: 'Klacht in onderzoek', step: 'SUSPENDED' });
  const verified = await new GqlSession(stack.url).ok(`query($n: String!) { verifyCertificate(number: $n) { status } }`, { n: number });
  expect(verified.verifyCertificate.status).toBe('SUSPENDED');

  // The suspension is lifted again, with its own reason: valid once more, until the same end date.
  await expect(row.getByRole('button', { name: /^Schorsen: / }).count()).resolves.toBe(0);
  await row.getByRole('button', { name: `Schorsing opheffen: ${number} (${orgName(certified)})` }).click();
  const reinstateForm = page.getByTestId('reinstate-form');
  await reinstateForm.getByRole('heading', { name: `Schorsing van certificaat ${number} opheffen` }).waitFor();
  await checkPage(page, 'sector-reinstate-form');
  await reinstateForm.getByLabel('Motivering').fill('Klacht ongegrond verklaard');
  await reinstateForm.getByRole('button', { name: 'Schorsing opheffen' }).click();
  await page.getByTestId('register-admin-status').filter({ hasText: `De schorsing van certificaat ${number} is opgeheven` }).waitFor();
  await row.filter({ hasText: 'Geldig' }).waitFor();
  const [reinstated] = await sql(`select c.status, c.status_reason, cy.step from certificate c join cycle cy on cy.id = c.cycle_id where c.cycle_id = ?`, [certified.cycleId]);
  expect(reinstated).toEqual({ status: 'VALID', status_reason: 'Klacht ongegrond verklaard', step: 'VALID' });
  const reverified = await new GqlSession(stack.url).ok(`query($n: String!) { verifyCertificate(number: $n) { status } }`, { n: number });
  expect(reverified.verifyCertificate.status).toBe('VALID');

  // Withdrawing asks once more; only the confirmation sends it.
  await page.getByLabel('Zoeken op organisatie of plaats').fill(orgName(toWithdraw));
  const other = page.getByTestId('register-admin-row').filter({ hasText: orgName(toWithdraw) });
  await page.getByTestId('register-admin-table').locator('caption').filter({ hasText: /^\s*1 van 1 certificaten/ }).waitFor();
  await other.waitFor();
  const [{ number: otherNumber }] = await sql(`select number from certificate where cycle_id = ?`, [toWithdraw.cycleId]);
  await other.getByRole('button', { name: `Intrekken: ${otherNumber} (${orgName(toWithdraw)})` }).click();
  const withdrawForm = page.getByTestId('withdraw-form');
  await withdrawForm.getByLabel('Motivering').fill('Op verzoek van de organisatie');
  await withdrawForm.getByRole('button', { name: 'Certificaat intrekken' }).click();
  await withdrawForm.getByTestId('withdraw-confirm').filter({ hasText: `certificaat ${otherNumber}` }).waitFor();
  expect((await sql(`select status from certificate where cycle_id = ?`, [toWithdraw.cycleId]))[0].status).toBe('VALID');
  await withdrawForm.getByRole('button', { name: 'Ja, definitief intrekken' }).click();
  await page.getByTestId('register-admin-status').filter({ hasText: `Certificaat ${otherNumber} is ingetrokken.` }).waitFor();
  // A withdrawn certificate leaves the register's list.
  await page.getByTestId('register-admin-row').filter({ hasText: orgName(toWithdraw) }).waitFor({ state: 'detached' });
  const [withdrawn] = await sql(`select c.status, cy.phase from certificate c join cycle cy on cy.id = c.cycle_id where c.cycle_id = ?`, [toWithdraw.cycleId]);
  expect(withdrawn).toEqual({ status: 'WITHDRAWN', phase: 'WITHDRAWN' });
});

it('imports a framework: a broken file lists its problems by line, a good one becomes a draft, its rules are set and it is published', async () => {
  const page = await signIn(SECRETARIAT);
  await page.getByRole('navigation', { name: 'Onderdelen sectororganisatie' }).getByRole('link', { name: 'Normenkaders' }).click();
  await page.getByRole('heading', { level: 1, name: 'Normenkaders' }).waitFor();
  await page.getByTestId('framework-row').first().waitFor();
  await checkPage(page, 'sector-frameworks');

  const name = `Testkader ${RUN}`;
  const form = page.getByTestId('import-form');
  await form.getByLabel('Naam van het normenkader').fill(name);
  await form.getByLabel('Versie', { exact: true }).fill('1');
  await form.getByLabel('Ingangsdatum').fill('2027-01-01');
  const broken = [
    'category_code,category_title,norm_code,norm_title,description,guidance,example_evidence,competencies',
    'V,Vakmanschap,V1,Testnorm een,Omschrijving,,,C1=Reflectie',
    'V,Vakmanschap,V2,,Omschrijving zonder titel,,,',
    'V,Vakmanschap,V1,Dubbele code,Omschrijving,,,C9',
  ].join('\n');
  await form.getByTestId('import-file').setInputFiles({ name: 'kader.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect(form.getByLabel('Bestandsformaat').inputValue()).resolves.toBe('CSV');
  await form.getByRole('button', { name: 'Importeren' }).click();
  const problems = form.getByTestId('import-errors');
  await problems.waitFor();
  await expect(problems.getAttribute('id')).resolves.toBe('import-content-error');
  await expect(form.getByLabel('Bestand', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
  const items = await problems.getByTestId('import-error').allTextContents();
  expect(items.length).toBeGreaterThanOrEqual(3);
  expect(items.some((text) => text.startsWith('Regel 3, norm_title:'))).toBe(true);
  expect(items.some((text) => text.startsWith('Regel 4, norm_code:'))).toBe(true);
  expect(items.some((text) => text.startsWith('Regel 4, competencies:'))).toBe(true);
  await expect(problems.textContent()).resolves.toContain('Er is niets geïmporteerd');
  // What was typed stays; nothing was stored.
  await expect(form.getByLabel('Naam van het normenkader').inputValue()).resolves.toBe(name);
  expect((await sql(`select count(*)::int as n from framework_version where name = ?`, [name]))[0].n).toBe(0);
  await checkPage(page, 'sector-framework-import-errors');

  const good = {
    competencies: [{ code: 'C1', title: 'Reflectie' }],
    categories: [
      {
        code: 'V',
        title: 'Vakmanschap',
        norms: [
          { code: 'V1', title: 'Testnorm een', description: 'Eerste testnorm', competencies: ['C1'] },
          { code: 'V2', title: 'Testnorm twee', description: 'Tweede testnorm' },
        ],
      },
    ],
  };
  await form.getByTestId('import-file').setInputFiles({ name: 'kader.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good, null, 2)) });
  await expect(form.getByLabel('Bestandsformaat').inputValue()).resolves.toBe('JSON');
  await form.getByLabel('Demonstratie-inhoud (geen officiële normtekst)').check();
  await form.getByRole('button', { name: 'Importeren' }).click();
  await page.getByTestId('import-status').filter({ hasText: `${name} 1 is geïmporteerd als concept.` }).waitFor();
  const [stored] = await sql(
    `select v.id, v.status, v.illustrative, v.rules->>'placeholder' as placeholder, (select count(*)::int from norm n where n.framework_version_id = v.id) as norms
       from framework_version v where v.name = ?`,
    [name],
  );
  expect(stored).toMatchObject({ status: 'DRAFT', illustrative: true, placeholder: 'true', norms: 2 });
  const listRow = page.getByTestId('framework-row').filter({ hasText: name });
  await expect(listRow.textContent()).resolves.toMatch(/Concept.*2.*Voorlopige regels/);

  await page.getByRole('link', { name: 'Bekijk de versie en stel de regels vast' }).click();
  await page.getByRole('heading', { level: 1, name: `${name} 1` }).waitFor();
  await page.getByTestId('placeholder-banner').waitFor();
  await page.getByTestId('illustrative-banner').waitFor();
  await checkPage(page, 'sector-framework-version');

  const rules = page.getByTestId('rules-form');
  const rulesBefore = (await sql(`select rules from framework_version where id = ?`, [stored.id]))[0].rules;
  // Not a number: the form says so in the summary and beside the field, and sends nothing.
  await rules.getByLabel('Band 1: auditdagen').fill('twee');
  await rules.getByRole('button', { name: 'Regels opslaan' }).click();
  const summary = page.locator('#rules-summary');
  await summary.filter({ hasText: 'Vul een getal in, bijvoorbeeld 2 of 2,5.' }).waitFor();
  await page.locator('#rules-auditDaysTable-0-days-error').waitFor();
  await expect(rules.getByLabel('Band 1: auditdagen').inputValue()).resolves.toBe('twee');
  // The summary's link moves focus to the field.
  await summary.getByRole('link', { name: 'Vul een getal in, bijvoorbeeld 2 of 2,5.' }).click();
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('rules-auditDaysTable-0-days');
  await rules.getByLabel('Band 1: auditdagen').fill('2,5');
  // A new band goes before the open-ended last one; an upper bound below the band before it is the server's refusal.
  const bandCount = await rules.getByTestId('audit-days-table').locator('tbody tr').count();
  await rules.getByRole('button', { name: 'Band toevoegen' }).click();
  await expect(rules.getByTestId('audit-days-table').locator('tbody tr').count()).resolves.toBe(bandCount + 1);
  const newBand = bandCount; // 1-based number of the inserted band
  await rules.getByLabel(`Band ${newBand}: tot en met (fte)`).fill('0,5');
  await rules.getByLabel(`Band ${newBand}: auditdagen`).fill('1');
  await rules.getByRole('button', { name: 'Regels opslaan' }).click();
  await page.locator(`#rules-auditDaysTable-${newBand - 1}-maxFte-error`).filter({ hasText: 'hoger is dan die van de band ervoor' }).waitFor();
  expect((await sql(`select rules from framework_version where id = ?`, [stored.id]))[0].rules).toEqual(rulesBefore);
  await rules.getByRole('button', { name: `Band ${newBand} verwijderen` }).click();

  // A reminder longer than the validity: the server refuses, beside the reminder.
  await rules.getByLabel('Aantal: Herinnering hercertificering (vóór het verlopen)').fill('30');
  await rules.getByRole('button', { name: 'Regels opslaan' }).click();
  await page.locator('#rules-recertificationReminder-error').filter({ hasText: 'korter zijn dan de geldigheid' }).waitFor();
  await expect(rules.getByLabel('Aantal: Herinnering hercertificering (vóór het verlopen)').getAttribute('aria-invalid')).resolves.toBe('true');

  await rules.getByLabel('Aantal: Herinnering hercertificering (vóór het verlopen)').fill('3');
  await rules.getByLabel('Aantal: Geldigheid van het certificaat').fill('36');
  // A peer group's deadline of more than a year: the server refuses it beside its field, in the rule's own words.
  const visitWindow = rules.getByLabel('Aantal: Termijn intercollegiale groep: bezoeken afspreken');
  await expect(visitWindow.inputValue()).resolves.toBe('8');
  await visitWindow.fill('60');
  await rules.getByRole('button', { name: 'Regels opslaan' }).click();
  await page.locator('#rules-peerVisitSchedulingWindow-amount-error').filter({ hasText: 'duurt hoogstens een jaar' }).waitFor();
  expect((await sql(`select rules from framework_version where id = ?`, [stored.id]))[0].rules).toEqual(rulesBefore);
  await visitWindow.fill('6');
  // The peer path's rules show the placeholder's values; the register validity of a peer assessment is set
  // here, and a rule emptied is left out (its placeholder applies).
  const peerValidity = rules.getByLabel('Aantal: Geldigheid van een geregistreerde intercollegiale adviesmeting');
  await expect(peerValidity.inputValue()).resolves.toBe('24');
  await peerValidity.fill('18');
  await rules.getByLabel('Aantal: Geldigheid van de training van een peer-auditor').fill('');
  await rules.getByRole('button', { name: 'Regels opslaan' }).click();
  await page.getByTestId('rules-status').filter({ hasText: 'De regels zijn opgeslagen.' }).waitFor();
  await page.getByTestId('placeholder-banner').waitFor({ state: 'detached' });
  const [rulesRow] = await sql(`select rules from framework_version where id = ?`, [stored.id]);
  expect(rulesRow.rules).toMatchObject({
    placeholder: false,
    certificateValidity: { amount: 36, unit: 'MONTHS' },
    recertificationReminder: { amount: 3, unit: 'MONTHS' },
    peerReviewValidity: { amount: 18, unit: 'MONTHS' },
    peerVisitSchedulingWindow: { amount: 6, unit: 'WEEKS' },
    peerReportingWindow: { amount: 12, unit: 'WEEKS' },
  });
  expect(rulesRow.rules).not.toHaveProperty('peerAuditorTrainingValidity');

  await page.getByRole('button', { name: 'Publiceren' }).click();
  await page.getByTestId('framework-status-message').filter({ hasText: 'De versie is gepubliceerd.' }).waitFor();
  await page.getByTestId('framework-status').filter({ hasText: 'Gepubliceerd' }).waitFor();
  // Published rules no longer change: the form gives way to the rules as read.
  await page.getByTestId('rules-view').waitFor();
  await page.getByTestId('rules-view').filter({ hasText: 'Geldigheid van een geregistreerde intercollegiale adviesmeting18 maanden' }).waitFor();
  expect((await sql(`select status from framework_version where id = ?`, [stored.id]))[0].status).toBe('PUBLISHED');

  // The decision tree may still be loaded: a cycle keeps its answers in the words it saw.
  const guide = page.getByTestId('sector-variant-guide');
  await guide.getByText('Voorlopig stroomschema van LabelCycle').waitFor();
  const editor = guide.getByLabel('Stroomschema als JSON (start en questions)');
  const tree = JSON.parse(await editor.inputValue());
  expect(tree.start).toBe('doel');
  // A next that names no question: refused, with the place of the problem, and nothing stored.
  tree.questions[0].options[0].next = 'nergens';
  await editor.fill(JSON.stringify(tree));
  await guide.getByRole('button', { name: 'Stroomschema opslaan' }).click();
  await guide.getByTestId('guide-errors').filter({ hasText: 'guide.questions[0].options[0].next' }).waitFor();
  await expect(editor.getAttribute('aria-invalid')).resolves.toBe('true');
  await checkPage(page, 'sector-variant-guide-errors');
  tree.questions[0].options[0].next = 'samen-leren';
  tree.questions[0].text = 'Wat is het doel van de toetsing?';
  await editor.fill(JSON.stringify(tree));
  await guide.getByRole('button', { name: 'Stroomschema opslaan' }).click();
  await guide.getByText('Het stroomschema is opgeslagen.').waitFor();
  await guide.getByText('Eerste vraag: Wat is het doel van de toetsing?').waitFor();
  const [guideRow] = await sql(`select variant_guide from framework_version where id = ?`, [stored.id]);
  expect(guideRow.variant_guide).toMatchObject({ placeholder: false, start: 'doel', questions: [{ text: 'Wat is het doel van de toetsing?' }, {}, {}] });
});

it('the secretariat revokes an institution’s admission and admits it again', async () => {
  const page = await signIn(SECRETARIAT);
  await page.getByRole('navigation', { name: 'Onderdelen sectororganisatie' }).getByRole('link', { name: 'Certificerende instellingen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Certificerende instellingen' }).waitFor();
  const ci = certified.ci.ci;
  const row = page.getByTestId('institution-row').filter({ hasText: ci.name });
  await row.filter({ hasText: 'Toegelaten' }).waitFor();
  // Its lead, co- and third auditor.
  await expect(row.locator('td.num').textContent()).resolves.toBe('3');
  await checkPage(page, 'sector-institutions');

  await row.getByRole('button', { name: `Toelating intrekken: ${ci.name}` }).click();
  await page.getByTestId('institutions-status').filter({ hasText: `De toelating van ${ci.name} is ingetrokken.` }).waitFor();
  await row.filter({ hasText: 'Niet toegelaten' }).waitFor();
  expect((await sql(`select admitted from certifying_institution where id = ?`, [ci.id]))[0].admitted).toBe(false);
  const admittedOnly = await (await api(SECRETARIAT)).ok(`{ certifyingInstitutions(admittedOnly: true) { id } }`);
  expect(admittedOnly.certifyingInstitutions.map((c: { id: string }) => c.id)).not.toContain(ci.id);

  await row.getByRole('button', { name: `Toelaten: ${ci.name}` }).click();
  await page.getByTestId('institutions-status').filter({ hasText: `${ci.name} is toegelaten.` }).waitFor();
  await row.filter({ hasText: 'Toegelaten' }).waitFor();
  expect((await sql(`select admitted from certifying_institution where id = ?`, [ci.id]))[0].admitted).toBe(true);
});
