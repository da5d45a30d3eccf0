import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { checkPage } from '../support/axe';
import { launchChromium } from '../support/browser';
import { command, driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { inDays, inDutch } from '../support/dates';
import { PASSWORD } from '../support/fixtures';
import { oneLine, readPdf } from '../support/pdf-text';
import { startStack, type Stack } from '../support/stack';
import { clickAndConfirm } from '../support/confirm-step';

/**
 * The organisation's part of the cycle in Chromium, on cycles parked by driveCycle where the organisation
 * is to act: internal audits, engaging the institution, confirming the date, replying to the draft report,
 * the improvement-plan board (also after the lead auditor returned it), notifications, and the certificate
 * as a read-only member sees it. Every action is checked on screen and in the database.
 */
let stack: Stack;
let browser: Browser;
let evidenceDir: string;

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-organisation-e2e-'));
  stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});

const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);

/** A fresh browser context (its own cookie and language), signed in on the overview. */
async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await page.goto(stack.url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  return page;
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name, exact: true });

/** The refusal a field points to with aria-describedby, once it is marked invalid. */
async function refusalBeside(page: Page, field: Locator): Promise<string> {
  await field.and(page.locator('[aria-invalid="true"]')).waitFor();
  const ids = (await field.getAttribute('aria-describedby'))!.split(' ');
  const message = page.locator(`[id="${ids[ids.length - 1]}"]`);
  await expect(message.getAttribute('role')).resolves.toBe('alert');
  return (await message.textContent()) ?? '';
}

it('plans an internal audit, records findings (refused beside the field first), completes the phase and engages an institution', async () => {
  const cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'INTERNAL_AUDIT', { label: 'E2E interne audit' });
  const page = await signIn(cycle.org.officer);

  // The overview: phase, who is to act, and a bar per stage.
  await page.getByTestId('phase').filter({ hasText: 'Interne audit' }).waitFor();
  await expect(page.getByTestId('waiting-on').textContent()).resolves.toContain('U: de interne audits uitvoeren en afronden');
  await expect(page.getByTestId('waiting-on').getAttribute('data-actor')).resolves.toBe('YOU');
  await expect(page.getByRole('progressbar', { name: 'Zelfevaluatie' }).getAttribute('aria-valuetext')).resolves.toBe('3 van 3 normen gescoord');
  await expect(page.getByRole('progressbar', { name: 'Interne audit' }).getAttribute('aria-valuetext')).resolves.toBe('Nog geen interne audit gepland');
  await expect(page.getByRole('progressbar', { name: 'Externe audit' }).getAttribute('aria-valuetext')).resolves.toBe('Nog niet begonnen');
  await checkPage(page, 'organisation-overview');

  await page.getByTestId('next-step').filter({ hasText: 'Naar de interne audits' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interne audits' }).waitFor();
  await page.getByTestId('no-internal-audits').waitFor();

  const plan = page.getByTestId('plan-internal-audit');
  await plan.getByLabel('Team of onderdeel').fill('Team Noord');
  // Inside the cycle, which started today.
  const plannedDate = inDays(14);
  await plan.getByLabel('Geplande datum').fill(plannedDate);
  await plan.getByLabel(/ORG_INTERNAL_AUDITOR/).check();
  await plan.getByRole('button', { name: 'Interne audit plannen' }).click();
  await plan.getByRole('status').filter({ hasText: 'De interne audit van Team Noord is gepland.' }).waitFor();
  const [planned] = await sql(`select unit, planned_date::text as date, auditor_ids, status from internal_audit where cycle_id = ?`, [cycle.cycleId]);
  expect(planned).toEqual({ unit: 'Team Noord', date: plannedDate, auditor_ids: [cycle.internalAuditorId], status: 'PLANNED' });

  // No strengths: the server refuses, the message stands beside that field, and nothing is stored.
  const audit = page.getByTestId('internal-audit').filter({ hasText: 'Team Noord' });
  await audit.getByLabel('Norm', { exact: true }).selectOption({ label: 'T-1 Testnorm 1' });
  await audit.getByLabel('Verbeterpunten', { exact: true }).fill('Verslaglegging kan korter.');
  await audit.getByRole('button', { name: 'Bevinding vastleggen' }).click();
  const strengths = audit.getByLabel('Wat gaat goed', { exact: true });
  expect(await refusalBeside(page, strengths)).toBe('Schrijf op wat goed gaat; dat veld is verplicht.');
  await expect(audit.getByLabel('Verbeterpunten', { exact: true }).inputValue()).resolves.toBe('Verslaglegging kan korter.');
  expect((await sql(`select count(*)::int as n from internal_audit_finding f join internal_audit a on a.id = f.internal_audit_id where a.cycle_id = ?`, [cycle.cycleId]))[0].n).toBe(0);

  await strengths.fill('Teams bespreken casussen openlijk met elkaar.');
  await audit.getByRole('button', { name: 'Bevinding vastleggen' }).click();
  await audit.getByRole('status').filter({ hasText: 'De bevinding bij T-1 is vastgelegd.' }).waitFor();
  await audit.getByTestId('internal-finding').filter({ hasText: 'Teams bespreken casussen openlijk' }).waitFor();
  const [finding] = await sql(
    `select f.strengths, f.improvement_points from internal_audit_finding f join internal_audit a on a.id = f.internal_audit_id where a.cycle_id = ?`,
    [cycle.cycleId],
  );
  expect(finding).toEqual({ strengths: 'Teams bespreken casussen openlijk met elkaar.', improvement_points: 'Verslaglegging kan korter.' });

  await audit.getByRole('button', { name: 'Markeren als uitgevoerd' }).click();
  await audit.getByTestId('internal-audit-status').filter({ hasText: 'Uitgevoerd' }).waitFor();
  await checkPage(page, 'organisation-internal-audits');

  // The same page in English, and back.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Internal audits' }).waitFor();
  await audit.getByTestId('internal-audit-status').filter({ hasText: 'Done' }).waitFor();
  await page.getByRole('button', { name: 'Complete internal audit' }).waitFor();
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Interne audits' }).waitFor();

  await clickAndConfirm(page, 'Interne audit afronden');
  await page.getByTestId('internal-closed').waitFor();
  const [afterInternal] = await sql(`select phase, step from cycle where id = ?`, [cycle.cycleId]);
  expect(afterInternal).toEqual({ phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT' });

  // Engaging: without a choice the refusal names the field; then the admitted institution of this cycle.
  await page.getByRole('link', { name: 'Verder naar de externe audit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Externe audit' }).waitFor();
  const institution = page.getByRole('combobox', { name: 'Certificerende instelling' });
  await clickAndConfirm(page, 'Instelling inschakelen');
  expect(await refusalBeside(page, institution)).toContain('toegelaten');
  await institution.selectOption({ label: cycle.ci.ci.name });
  await checkPage(page, 'organisation-external-audit-engage');
  await clickAndConfirm(page, 'Instelling inschakelen');
  await page.getByTestId('engaged-institution').filter({ hasText: cycle.ci.ci.name }).waitFor();
  const [engaged] = await sql(`select step, certifying_institution_id from cycle where id = ?`, [cycle.cycleId]);
  expect(engaged).toEqual({ step: 'ENGAGEMENT_REQUESTED', certifying_institution_id: cycle.ci.ci.id });
  await page.context().close();
}, 240_000);

it('confirms one of the proposed audit dates', async () => {
  const cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'DATES_PROPOSED', { label: 'E2E auditdatum' });
  const page = await signIn(cycle.org.officer);
  await page.getByTestId('step').filter({ hasText: 'Auditdatum bevestigen' }).waitFor();
  await page.getByTestId('next-step').filter({ hasText: 'Bevestig een auditdatum' }).click();
  await page.getByRole('heading', { level: 1, name: 'Externe audit' }).waitFor();
  // The driver proposed today and a week on; the organisation takes the later one.
  const [{ dates }] = await sql(`select proposed_audit_dates::text[] as dates from cycle where id = ?`, [cycle.cycleId]);
  expect(dates).toHaveLength(2);
  const chosen: string = dates[1];
  await page.getByLabel(inDutch(chosen), { exact: true }).check();
  await checkPage(page, 'organisation-external-audit-dates');
  await clickAndConfirm(page, 'Datum bevestigen');
  await page.locator(`[data-testid="confirmed-date"][data-date="${chosen}"]`).waitFor();
  const [confirmed] = await sql(`select step, confirmed_audit_date::text as date from cycle where id = ?`, [cycle.cycleId]);
  expect(confirmed).toEqual({ step: 'AUDITING', date: chosen });
  await page.context().close();
}, 180_000);

it('reads the draft report and the findings, replies, and works through the notifications', async () => {
  const cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'AWAITING_REPLY', { label: 'E2E conceptrapport' });
  const page = await signIn(cycle.org.officer);
  await section(page, 'Externe audit').click();
  const draft = page.getByTestId('draft-report');
  await draft.getByRole('definition').filter({ hasText: /^Samenvatting$/ }).waitFor();
  await draft.getByTestId('reply-due').waitFor();
  await expect(page.getByTestId('audit-finding').count()).resolves.toBe(3);
  await expect(page.locator('[data-testid="audit-finding"][data-norm="T-2"]').textContent()).resolves.toContain('Voldoet deels');
  await checkPage(page, 'organisation-external-audit-draft');

  const reply = 'Dank voor het zorgvuldige rapport. Bij T-2 leggen we de afspraken voortaan per casus vast.';
  await draft.getByLabel('Uw reactie op het conceptrapport').fill(reply);
  await draft.getByRole('button', { name: 'Reactie versturen' }).click();
  await draft.getByTestId('draft-reply').filter({ hasText: 'Bij T-2 leggen we' }).waitFor();
  const [replied] = await sql(
    `select c.step, r.reply from cycle c join audit_report r on r.cycle_id = c.id and r.kind = 'DRAFT' where c.id = ?`,
    [cycle.cycleId],
  );
  expect(replied).toEqual({ step: 'REPLIED', reply });
  // The report as a PDF, fetched with the browser's own session, holds the reply just given.
  const pdfLink = draft.getByTestId('report-pdf-draft');
  await expect(pdfLink.getAttribute('href')).resolves.toBe(`/cycles/${cycle.cycleId}/audit-report.pdf?kind=draft&lang=nl`);
  const pdf = await page.request.get(`${stack.url}${await pdfLink.getAttribute('href')}`);
  expect(pdf.status()).toBe(200);
  expect(oneLine(readPdf(await pdf.body(), 'organisation-audit-report-draft').text)).toContain('Bij T-2 leggen we de afspraken voortaan per casus vast.');

  // Notifications: the institution's acceptance, the proposed dates and the draft report reached the officer.
  const unread = async () => (await cycle.officer.ok<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`)).unreadNotificationCount;
  const before = await unread();
  expect(before).toBeGreaterThanOrEqual(3);
  await page.locator(`[data-testid="unread-badge"][data-count="${before}"]`).waitFor({ state: 'attached' });
  await section(page, 'Meldingen').click();
  await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
  await page.locator('[data-testid="notification"][data-unread="true"]').first().waitFor();
  await checkPage(page, 'notifications');

  await page.getByRole('button', { name: 'Markeren als gelezen: Het conceptrapport staat klaar voor uw reactie' }).click();
  await page.getByRole('status').filter({ hasText: /^\s*1 melding gemarkeerd als gelezen\./ }).waitFor();
  await page.locator('[data-testid="notification"][data-unread="false"]').filter({ hasText: 'Het conceptrapport staat klaar' }).waitFor();
  const [readRow] = await sql(
    `select n.read_at from notification n join app_user u on u.id = n.user_id where u.email = ? and n.title = 'Het conceptrapport staat klaar voor uw reactie'`,
    [cycle.org.officer],
  );
  expect(readRow.read_at).not.toBeNull();
  expect(await unread()).toBe(before - 1);
  await page.locator(`[data-testid="unread-badge"][data-count="${before - 1}"]`).waitFor({ state: 'attached' });

  await page.getByRole('button', { name: 'Alle getoonde als gelezen markeren' }).click();
  await page.locator('[data-testid="unread-badge"][data-count="0"]').waitFor({ state: 'attached' });
  expect(await unread()).toBe(0);
  await page.getByLabel('Alleen ongelezen meldingen tonen').check();
  await page.getByTestId('notifications-empty').filter({ hasText: 'U heeft geen ongelezen meldingen.' }).waitFor();

  // A notification leads to the screen of its step: the draft report's reply is on the external audit page.
  await page.getByLabel('Alleen ongelezen meldingen tonen').uncheck();
  await page.getByRole('link', { name: 'Naar deze stap: Het conceptrapport staat klaar voor uw reactie' }).click();
  await page.waitForURL((url) => url.pathname === '/external-audit');
  await page.context().close();
}, 180_000);

it('answers the improvement points on the board, submits, and resubmits after the lead auditor returned the plan', async () => {
  const cycle: ParkedCycle = await driveCycle(stack.url, stack.orm.em.fork(), 'DRAFTING', { label: 'E2E verbeterplan' });
  const page = await signIn(cycle.org.officer);
  await section(page, 'Verbeterplan').click();
  await page.getByRole('heading', { level: 1, name: 'Verbeterplan' }).waitFor();
  const point = page.locator('[data-testid="improvement-point"][data-norm="T-2"]');
  await point.getByText('Nog geen actie').waitFor();

  // Too early: the workflow names the norm still without an action, and the plan stays a draft.
  await clickAndConfirm(page, 'Verbeterplan indienen');
  await page.getByRole('alert').filter({ hasText: 'Zonder actie: T-2.' }).waitFor();
  expect((await sql(`select step from cycle where id = ?`, [cycle.cycleId]))[0].step).toBe('DRAFTING');

  await point.getByRole('button', { name: 'Actie toevoegen voor T-2' }).click();
  const form = page.getByTestId('action-form');
  await expect(form.getByLabel('Norm').inputValue()).resolves.toBe(cycle.normIds[1]);
  await form.getByLabel('Wat gaat u doen?').fill('Afspraken per casus in één format vastleggen');
  await form.getByLabel('Wie voert het uit?').fill('Teamleider Noord');
  const dueDate = inDays(180);
  await form.getByLabel('Klaar op').fill(dueDate);
  await form.getByLabel('Hoe ziet u dat het gelukt is?').fill('Elk dossier in de steekproef volgt het format');
  await form.getByRole('button', { name: 'Actie opslaan' }).click();
  await form.getByRole('status').filter({ hasText: 'De actie is opgeslagen.' }).waitFor();
  const card = page.getByTestId('column-OPEN').getByTestId('action-card').filter({ hasText: 'Afspraken per casus' });
  await card.waitFor();
  await point.getByText('Beantwoord met 1 actie').waitFor();
  // The earlier refusal named T-2; now that T-2 has an action it is gone.
  await page.getByRole('alert').filter({ hasText: 'Zonder actie: T-2.' }).waitFor({ state: 'detached' });
  const [action] = await sql(`select what, owner, due_date::text as due, status, norm_id from improvement_action where cycle_id = ?`, [cycle.cycleId]);
  expect(action).toEqual({ what: 'Afspraken per casus in één format vastleggen', owner: 'Teamleider Noord', due: dueDate, status: 'OPEN', norm_id: cycle.normIds[1] });

  // Evidence for the action, uploaded on its card: stored in the library and linked to the action.
  await card.getByText('Bewijs (0)').click();
  const actionEvidence = card.getByTestId('action-evidence');
  await actionEvidence.getByRole('heading', { level: 5, name: 'Bewijs bij deze actie' }).waitFor();
  await actionEvidence.locator('input[type=file]').setInputFiles({
    name: 'Format casusafspraken.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('%PDF-1.7\n% format\n'), Buffer.alloc(2048, 0x20)]),
  });
  await actionEvidence.getByRole('link', { name: 'Download Format casusafspraken.pdf' }).waitFor();
  await card.getByText('Bewijs (1)').waitFor();
  const [linked] = await sql(
    `select e.name, l.linked_in_phase from evidence_link l join evidence e on e.id = l.evidence_id join improvement_action a on a.id = l.improvement_action_id where a.cycle_id = ?`,
    [cycle.cycleId],
  );
  expect(linked).toEqual({ name: 'Format casusafspraken.pdf', linked_in_phase: 'IMPROVEMENT_PLAN' });
  await checkPage(page, 'organisation-improvement-plan');

  await clickAndConfirm(page, 'Verbeterplan indienen');
  await page.locator('[data-testid="plan-state"][data-step="SUBMITTED"]').waitFor();
  expect((await sql(`select step from cycle where id = ?`, [cycle.cycleId]))[0].step).toBe('SUBMITTED');
  // Submitted: the evidence stays visible, fixed, and nothing more can be linked.
  await card.locator('details.action-card__evidence[open]').waitFor();
  await actionEvidence.getByText('vastgelegd').waitFor();
  await expect(actionEvidence.getByRole('button', { name: /^Ontkoppel/ }).count()).resolves.toBe(0);
  await expect(actionEvidence.locator('input[type=file]').count()).resolves.toBe(0);

  // The lead auditor returns it with a comment; the officer sees it, changes the action and submits again.
  await cycle.lead.ok(command('reviewImprovementPlan', 'ReviewImprovementPlanInput'), cycle.input({ review: 'RETURN', comments: 'Maak de succesindicator meetbaar.' }));
  await page.reload();
  const reviews = page.getByTestId('plan-reviews');
  await reviews.getByRole('heading', { name: 'Het plan is teruggegeven' }).waitFor();
  await reviews.getByText('Maak de succesindicator meetbaar.').waitFor();
  await checkPage(page, 'organisation-improvement-plan-returned');
  await card.getByRole('button', { name: /^Wijzigen: Afspraken per casus/ }).click();
  await form.getByRole('heading', { name: 'Actie wijzigen' }).waitFor();
  await form.getByLabel('Hoe ziet u dat het gelukt is?').fill('9 van de 10 dossiers in de steekproef volgen het format');
  await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await card.getByText('9 van de 10 dossiers').waitFor();
  await clickAndConfirm(page, 'Verbeterplan indienen');
  await page.locator('[data-testid="plan-state"][data-step="SUBMITTED"]').waitFor();
  const [resubmitted] = await sql(
    `select c.step, a.success_indicator from cycle c join improvement_action a on a.cycle_id = c.id where c.id = ?`,
    [cycle.cycleId],
  );
  expect(resubmitted).toEqual({ step: 'SUBMITTED', success_indicator: '9 van de 10 dossiers in de steekproef volgen het format' });
  await page.context().close();
}, 240_000);

it('shows a read-only member the certificate with its register link, and no actions', async () => {
  const cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'VALID', { label: 'E2E certificaat' });
  const [certificate] = await sql(`select number from certificate where cycle_id = ?`, [cycle.cycleId]);
  const page = await signIn(cycle.org.viewer);
  await page.getByTestId('certificate-number').filter({ hasText: certificate.number }).waitFor();
  await expect(page.getByTestId('certificate-register-link').getAttribute('href')).resolves.toBe(`/register/verify/${certificate.number}`);
  await expect(page.getByTestId('certificate-pdf').getAttribute('href')).resolves.toBe(`/certificates/${certificate.number}.pdf?lang=nl`);
  await page.getByTestId('phase').filter({ hasText: 'Gecertificeerd' }).waitFor();
  await checkPage(page, 'organisation-certificate');

  await section(page, 'Verbeterplan').click();
  await page.getByTestId('action-card').first().waitFor();
  await expect(page.getByRole('button', { name: /^Wijzigen|^Verwijderen|Verbeterplan indienen|Voortgang opslaan/ }).count()).resolves.toBe(0);
  await expect(page.getByText('Voortgang bijwerken').count()).resolves.toBe(0);
  await section(page, 'Interne audits').click();
  await page.getByTestId('internal-audit').first().waitFor();
  await expect(page.getByTestId('plan-internal-audit').count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Markeren als uitgevoerd' }).count()).resolves.toBe(0);
  await page.context().close();
}, 240_000);
