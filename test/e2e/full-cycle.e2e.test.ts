import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { launchChromium } from '../support/browser';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { longRules } from '../support/cycle-driver';
import { inDays, inDutch, today } from '../support/dates';
import { createCertifyingInstitution, createFramework, type CiFixture } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';
import { clickAndConfirm } from '../support/confirm-step';

/**
 * One cycle from start to the public register, clicked through in Chromium by the three parties, each in a
 * browser of its own: the quality officer, the certifying institution's manager and lead auditor, and the
 * sector body's decision committee; then a reader without an account finds and verifies the certificate.
 * No step goes around the screens. After each hand-over the database is asked where the cycle stands, and
 * every main page on the way is checked with axe-core and kept as a screenshot.
 */
let stack: Stack;
let browser: Browser;
let org: OrgFixture;
let ci: CiFixture;
let frameworkId: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  stack = await startStack();
  const em = stack.orm.em.fork();
  // Deadlines far away: this test moves the cycle itself, no timer may move it meanwhile.
  frameworkId = (await createFramework(em, longRules())).version.id;
  org = await createOrganisation(em, 'Driepartijen Welzijn');
  ci = await createCertifyingInstitution(em);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.stop();
});

const sql = (query: string, params: unknown[] = []): Promise<any[]> => stack.orm.em.fork().getConnection().execute(query, params);

async function position(): Promise<{ phase: string; step: string | null }> {
  const [row] = await sql(`select phase, step from cycle c join organisation o on o.id = c.organisation_id where o.id = ? order by c.created_at desc limit 1`, [
    org.organisation.id,
  ]);
  return row;
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  contexts.push(context);
  return context.newPage();
}

/** Signs in through the login page, as a person would. */
async function signIn(email: string, password = PASSWORD, check = false): Promise<Page> {
  const page = await newPage();
  await page.goto(stack.url);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  if (check) await checkPage(page, 'full-cycle-login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  return page;
}

const orgSection = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name, exact: true }).click();

it('three parties bring a cycle from start to a certificate in the public register', async () => {
  const orgName = org.organisation.name;

  // --- The organisation: start, preparation, self-evaluation, internal audit, engaging the institution ---
  const officer = await signIn(org.officer, PASSWORD, true);
  await officer.getByLabel('Normenkader').selectOption(frameworkId);
  await officer.getByRole('button', { name: 'Cyclus starten' }).click();
  await officer.getByTestId('phase').filter({ hasText: 'Voorbereiding' }).waitFor();
  await officer.getByRole('button', { name: 'Voorbereiding afronden' }).click();
  await officer.getByTestId('phase').filter({ hasText: 'Zelfevaluatie' }).waitFor();
  await checkPage(officer, 'full-cycle-organisation-overview');

  await orgSection(officer, 'Zelfevaluatie');
  const norms = officer.locator('fieldset[data-testid^="norm-"]');
  await norms.first().waitFor();
  expect(await norms.count()).toBe(3);
  for (let i = 0; i < 3; i++) {
    await norms.nth(i).getByLabel(i === 1 ? 'Voldoet deels' : 'Voldoet', { exact: true }).check();
    await norms.nth(i).getByLabel('Wat gaat goed').fill(`Teams werken samen aan norm ${i + 1}.`);
  }
  await officer.getByTestId('progress').filter({ hasText: /^\s*3 van 3/ }).waitFor();
  await checkPage(officer, 'full-cycle-self-evaluation');
  await clickAndConfirm(officer, 'Zelfevaluatie indienen');
  await officer.getByTestId('submitted-notice').waitFor();
  expect(await position()).toEqual({ phase: 'INTERNAL_AUDIT', step: null });
  const [{ n: savedTexts }] = await sql(
    `select count(*)::int as n from self_evaluation_answer a join cycle c on c.id = a.cycle_id where c.organisation_id = ? and a.goes_well like 'Teams werken samen%'`,
    [org.organisation.id],
  );
  expect(savedTexts).toBe(3);

  await orgSection(officer, 'Interne audits');
  const plan = officer.getByTestId('plan-internal-audit');
  await plan.getByLabel('Team of onderdeel').fill('Team Centrum');
  await plan.getByLabel('Geplande datum').fill(inDays(14));
  await plan.getByLabel(/ORG_INTERNAL_AUDITOR/).check();
  await plan.getByRole('button', { name: 'Interne audit plannen' }).click();
  const audit = officer.getByTestId('internal-audit').filter({ hasText: 'Team Centrum' });
  await audit.waitFor();
  await audit.getByLabel('Norm', { exact: true }).selectOption({ label: 'T-2 Testnorm 2' });
  await audit.getByLabel('Wat gaat goed', { exact: true }).fill('Casusoverleg is vast ritme.');
  await audit.getByLabel('Verbeterpunten', { exact: true }).fill('Afspraken vaker vastleggen.');
  await audit.getByRole('button', { name: 'Bevinding vastleggen' }).click();
  await audit.getByTestId('internal-finding').filter({ hasText: 'Casusoverleg is vast ritme.' }).waitFor();
  await audit.getByRole('button', { name: 'Markeren als uitgevoerd' }).click();
  await audit.getByTestId('internal-audit-status').filter({ hasText: 'Uitgevoerd' }).waitFor();
  await checkPage(officer, 'full-cycle-internal-audits');
  await clickAndConfirm(officer, 'Interne audit afronden');
  await officer.getByTestId('internal-closed').waitFor();
  expect(await position()).toEqual({ phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT' });

  await orgSection(officer, 'Externe audit');
  await officer.getByRole('combobox', { name: 'Certificerende instelling' }).selectOption({ label: ci.ci.name });
  await clickAndConfirm(officer, 'Instelling inschakelen');
  await officer.getByTestId('engaged-institution').filter({ hasText: ci.ci.name }).waitFor();
  expect(await position()).toEqual({ phase: 'EXTERNAL_AUDIT', step: 'ENGAGEMENT_REQUESTED' });

  // --- The certifying institution: the manager accepts, the lead auditor proposes dates ---
  const manager = await signIn(ci.manager);
  const request = manager.getByTestId('inbox-requests').getByRole('link', { name: orgName });
  await request.waitFor();
  await checkPage(manager, 'full-cycle-institution-inbox');
  await request.click();
  const accept = manager.getByTestId('accept-engagement-form');
  await accept.getByLabel('Leadauditor').selectOption(ci.lead.id);
  await accept.getByLabel('Co-auditor').selectOption(ci.co.id);
  await checkPage(manager, 'full-cycle-institution-engagement');
  await clickAndConfirm(accept, 'Opdracht accepteren');
  await manager.getByTestId('engagement-accepted').getByTestId('assigned-lead').filter({ hasText: ci.lead.name }).waitFor();
  expect(await position()).toEqual({ phase: 'EXTERNAL_AUDIT', step: 'SCHEDULING' });

  const lead = await signIn(ci.lead.email);
  await lead.getByTestId('inbox-waiting').getByRole('link', { name: orgName }).click();
  // Today and a week on; the organisation confirms today, so the draft report can follow the audit at once.
  const [auditDate, laterDate] = [today(), inDays(7)];
  const dates = lead.getByTestId('propose-dates-form');
  await dates.getByLabel('Datumoptie 1').fill(auditDate);
  await dates.getByRole('button', { name: 'Datum toevoegen' }).click();
  await dates.getByLabel('Datumoptie 2').fill(laterDate);
  await dates.getByRole('button', { name: 'Data voorstellen' }).click();
  await lead.getByTestId('proposed-dates').getByText(inDutch(laterDate)).waitFor();
  expect(await position()).toEqual({ phase: 'EXTERNAL_AUDIT', step: 'DATES_PROPOSED' });

  // --- The organisation confirms a date ---
  await officer.reload();
  await officer.getByLabel(inDutch(auditDate), { exact: true }).check();
  await clickAndConfirm(officer, 'Datum bevestigen');
  await officer.locator(`[data-testid="confirmed-date"][data-date="${auditDate}"]`).waitFor();
  expect(await position()).toEqual({ phase: 'EXTERNAL_AUDIT', step: 'AUDITING' });

  // --- The lead auditor records a finding per norm beside the self-evaluation, and issues the draft report ---
  await lead.goto(stack.url);
  await lead.getByTestId('inbox-waiting').getByRole('link', { name: orgName }).click();
  const findings = lead.locator('article[data-testid^="finding-T-"]');
  await findings.first().waitFor();
  expect(await findings.count()).toBe(3);
  await findings.nth(1).getByTestId('organisation-side').getByText('Teams werken samen aan norm 2.').waitFor();
  await checkPage(lead, 'full-cycle-institution-findings');
  for (let i = 0; i < 3; i++) {
    const norm = findings.nth(i);
    await norm.getByLabel(i === 1 ? 'Voldoet deels' : 'Voldoet', { exact: true }).check();
    await norm.getByLabel('Sterke punten').fill(`Zichtbaar in de teams (norm ${i + 1}).`);
    if (i === 1) await norm.getByLabel('Verbeterpunten').fill('Afspraken per casus vastleggen.');
    await norm.getByRole('button', { name: 'Bevinding opslaan' }).click();
    await norm.locator('[data-testid="finding-form"][data-saved="true"]').waitFor();
  }
  await lead.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Rapporten' }).click();
  const draftForm = lead.getByTestId('draft-report-form');
  await draftForm.getByLabel('Samenvatting').fill('Een organisatie die van haar teams leert.');
  await draftForm.getByLabel('Sterke punten').fill('Betrokken teams.');
  await draftForm.getByLabel('Verbeterpunten').fill('Afspraken per casus vastleggen.');
  await checkPage(lead, 'full-cycle-institution-draft-report');
  await clickAndConfirm(draftForm, 'Conceptrapport uitbrengen');
  await lead.getByTestId('draft-report').getByText('Een organisatie die van haar teams leert.').waitFor();
  expect(await position()).toEqual({ phase: 'EXTERNAL_AUDIT', step: 'AWAITING_REPLY' });

  // --- The organisation replies to the draft report ---
  await officer.reload();
  const draft = officer.getByTestId('draft-report');
  await draft.getByLabel('Uw reactie op het conceptrapport').fill('Dank u; we herkennen het verbeterpunt.');
  await checkPage(officer, 'full-cycle-organisation-draft-report');
  await draft.getByRole('button', { name: 'Reactie versturen' }).click();
  await draft.getByTestId('draft-reply').filter({ hasText: 'we herkennen het verbeterpunt' }).waitFor();
  expect(await position()).toEqual({ phase: 'EXTERNAL_AUDIT', step: 'REPLIED' });

  // --- The lead auditor issues the final report with advice ---
  await lead.reload();
  await lead.getByTestId('draft-reply').getByText('we herkennen het verbeterpunt').waitFor();
  const finalForm = lead.getByTestId('final-report-form');
  await finalForm.getByRole('group', { name: 'Advies' }).getByLabel('Positief', { exact: true }).check();
  await clickAndConfirm(finalForm, 'Eindrapport uitbrengen');
  await lead.getByTestId('final-report').getByTestId('report-advice').filter({ hasText: 'Positief' }).waitFor();
  expect(await position()).toEqual({ phase: 'IMPROVEMENT_PLAN', step: 'DRAFTING' });

  // --- The organisation answers the improvement point on the board and submits the plan ---
  await orgSection(officer, 'Verbeterplan');
  const point = officer.locator('[data-testid="improvement-point"][data-norm="T-2"]');
  await point.getByRole('button', { name: 'Actie toevoegen voor T-2' }).click();
  const action = officer.getByTestId('action-form');
  await action.getByLabel('Wat gaat u doen?').fill('Eén format voor casusafspraken');
  await action.getByLabel('Wie voert het uit?').fill('Teamleider Centrum');
  await action.getByLabel('Klaar op').fill(inDays(180));
  await action.getByLabel('Hoe ziet u dat het gelukt is?').fill('Negen van de tien dossiers volgen het format');
  await action.getByRole('button', { name: 'Actie opslaan' }).click();
  await officer.getByTestId('column-OPEN').getByTestId('action-card').filter({ hasText: 'Eén format voor casusafspraken' }).waitFor();
  await checkPage(officer, 'full-cycle-improvement-plan');
  await clickAndConfirm(officer, 'Verbeterplan indienen');
  await officer.locator('[data-testid="plan-state"][data-step="SUBMITTED"]').waitFor();
  expect(await position()).toEqual({ phase: 'IMPROVEMENT_PLAN', step: 'SUBMITTED' });

  // --- The lead auditor accepts the plan ---
  await lead.goto(stack.url);
  await lead.getByTestId('inbox-waiting').getByRole('link', { name: orgName }).click();
  const review = lead.getByTestId('plan-review-form');
  await lead.getByTestId('plan-actions').getByText('Eén format voor casusafspraken').waitFor();
  await checkPage(lead, 'full-cycle-institution-plan-review');
  await clickAndConfirm(review, 'Plan accepteren');
  await lead.getByTestId('review-outcome').filter({ hasText: 'geaccepteerd' }).waitFor();
  expect(await position()).toEqual({ phase: 'DECISION', step: 'AWAITING_DECISION' });

  // --- The sector body's decision committee awards the label ---
  const committee = await signIn('commissie@swn.demo', DEMO_PASSWORD);
  await committee.getByRole('navigation', { name: 'Onderdelen sectororganisatie' }).getByRole('link', { name: 'Besluiten' }).click();
  // Other tests leave cycles in the decision phase too: the committee finds this one by name.
  await committee.getByLabel('Zoeken op naam van de organisatie').fill(orgName);
  const queued = committee.getByTestId('decision-row').filter({ hasText: orgName });
  await queued.waitFor();
  await checkPage(committee, 'full-cycle-sector-decisions');
  await queued.getByRole('link', { name: orgName }).click();
  await committee.getByRole('heading', { level: 1, name: `Besluit: ${orgName}` }).waitFor();
  await committee.getByTestId('plan-table').getByText('Eén format voor casusafspraken').waitFor();
  await committee.getByLabel('Toekennen', { exact: true }).check();
  await committee.getByLabel('Motivering').fill('Positief advies en een geaccepteerd verbeterplan.');
  await checkPage(committee, 'full-cycle-sector-decision');
  await clickAndConfirm(committee, 'Besluit vastleggen');
  await committee.getByTestId('decision-outcome').filter({ hasText: 'Het kwaliteitslabel is toegekend.' }).waitFor();
  expect(await position()).toEqual({ phase: 'CERTIFIED', step: 'VALID' });
  const [certificate] = await sql(
    `select c.number, c.status from certificate c join cycle y on y.id = c.cycle_id where y.organisation_id = ?`,
    [org.organisation.id],
  );
  expect(certificate.status).toBe('VALID');
  await expect(committee.getByTestId('decision-outcome').textContent()).resolves.toContain(certificate.number);

  // --- The organisation sees its certificate ---
  await orgSection(officer, 'Overzicht');
  await officer.getByTestId('certificate-number').filter({ hasText: certificate.number }).waitFor();
  await checkPage(officer, 'full-cycle-organisation-certificate');

  // --- Anyone, without an account, finds it in the public register and verifies the number ---
  const reader = await newPage();
  await reader.goto(`${stack.url}/register`);
  await reader.getByLabel('Zoeken op organisatie of plaats').fill(orgName);
  const entry = reader.locator(`[data-testid="register-row"][data-number="${certificate.number}"]`);
  await entry.filter({ hasText: orgName }).waitFor();
  await expect(entry.textContent()).resolves.toContain(ci.ci.name);
  await checkPage(reader, 'full-cycle-public-register');
  await entry.getByRole('link', { name: `Controleer ${certificate.number}` }).click();
  await reader.locator('[data-testid="verify-status"][data-status="VALID"]').waitFor();
  await reader.getByTestId('verify-organisation').filter({ hasText: orgName }).waitFor();
  await checkPage(reader, 'full-cycle-public-verify');
  expect(await reader.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);
}, 420_000);
