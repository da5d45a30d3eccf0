import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { checkPage } from '../support/axe';
import { launchChromium, signedInBrowser } from '../support/browser';
import { command, driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { inDays, inDutch, today } from '../support/dates';
import { uploadEvidence } from '../support/evidence-http';
import { PASSWORD } from '../support/fixtures';
import { mutationId } from '../support/operations';
import { oneLine, readPdf } from '../support/pdf-text';
import { startStack, type Stack } from '../support/stack';
import { clickAndConfirm } from '../support/confirm-step';

/**
 * The certifying institution's part of the cycle in Chromium, on cycles parked by the cycle driver: the
 * manager accepts an engagement (an audit-days override refused without a reason first), the lead auditor
 * proposes dates, records a finding for every norm beside the self-evaluation and evidence, issues the
 * draft and the final report, and returns one improvement plan with comments and accepts another.
 */
let stack: Stack;
let browser: Browser;
let evidenceDir: string;
const contexts: BrowserContext[] = [];

const LAPTOP = { width: 1280, height: 900 };
const TABLET = { width: 820, height: 1180 };

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-institution-e2e-'));
  stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});

const em = () => stack.orm.em.fork();
const sql = async (query: string, params: unknown[] = []): Promise<any[]> => em().getConnection().execute(query, params);
const cycleRow = async (id: string) => (await sql(`select * from cycle where id = ?`, [id]))[0];

/**
 * A browser of its own per person, signed in through the login page; the inbox is an institution's first
 * screen (another party's first screen is passed as `landing`).
 */
async function signIn(email: string, { viewport = LAPTOP, landing = (p: Page) => p.getByTestId('institution-inbox') } = {}): Promise<Page> {
  const { context, page } = await signedInBrowser(browser, stack.url, { email, password: PASSWORD, viewport });
  contexts.push(context);
  await landing(page).waitFor();
  return page;
}

/** The alert inside the same .field as the labelled control: the refusal sits beside its field. */
function refusalBeside(form: Locator, label: string): Locator {
  // The inner locator of `has` is matched inside each .field, so it starts from the page, not the form.
  return form.locator('.field').filter({ has: form.page().getByLabel(label, { exact: true }) }).getByRole('alert');
}

async function expectDescribedBy(control: Locator, alert: Locator): Promise<void> {
  const alertId = await alert.getAttribute('id');
  expect(alertId).toBeTruthy();
  expect((await control.getAttribute('aria-describedby')) ?? '').toContain(alertId!);
}

const pdf = (tag: string) => () => [Buffer.concat([Buffer.from(`%PDF-1.7\n% ${tag}\n`), Buffer.alloc(2048, 0x20)])];

it('the manager accepts an engagement with an audit-days override, refused first without a reason', async () => {
  const parked = await driveCycle(stack.url, em(), 'ENGAGEMENT_REQUESTED', { label: 'E2E-opdracht' });
  const page = await signIn(parked.ci.manager);

  // The request stands out at the top of the manager's inbox.
  const row = page.getByTestId('inbox-requests').locator(`tr[data-cycle-id="${parked.cycleId}"]`);
  await row.waitFor();
  expect(await row.textContent()).toContain('opdrachtverzoek');
  await checkPage(page, 'institution-inbox-manager');

  // The manager was notified as well; the notification leads to the engagement section of the cycle's workspace.
  await page.goto(`${stack.url}/notifications`);
  await page.getByRole('link', { name: 'Naar deze stap: Nieuwe aanvraag voor een externe audit' }).click();
  await page.waitForURL((url) => url.pathname === `/cycles/${parked.cycleId}/engagement`);
  await page.getByTestId('cycle-facts').waitFor();
  await page.goto(stack.url);
  await row.waitFor();

  await row.getByRole('link', { name: parked.org.organisation.name }).click();
  const form = page.getByTestId('accept-engagement-form');
  await form.waitFor();
  expect(page.url()).toBe(`${stack.url}/cycles/${parked.cycleId}/engagement`);
  // On the tab of the current step the facts show in full.
  expect(await page.getByTestId('more-facts').getAttribute('open')).toBe('');
  // 40 FTE falls in the table's first band: 1 day.
  await page.getByTestId('days-from-table').filter({ hasText: '1 auditdag(en) bij 40 fte' }).waitFor();
  await checkPage(page, 'institution-engagement');

  // Each auditor's running work stands beside the choice, so the manager can spread it.
  await form.getByTestId('auditor-workload').getByText(`${parked.ci.lead.name}: 0 lopende audit(s), waarvan 0 als leadauditor; geen auditdag gepland`).waitFor();
  await form.getByLabel('Leadauditor').selectOption(parked.ci.lead.id);
  await form.getByLabel('Co-auditor').selectOption(parked.ci.co.id);
  await form.getByLabel('Auditdagen').fill('2,5');
  // The check repeats the choice and says who hears of it before anything is sent.
  await form.getByRole('button', { name: 'Opdracht accepteren' }).click();
  await form.getByTestId('confirm-step').getByText(`Leadauditor: ${parked.ci.lead.name}; Co-auditor: ${parked.ci.co.name}; Auditdagen: 2,5`).waitFor();
  await checkPage(page, 'institution-engagement-check');
  await form.getByTestId('confirm-step').getByRole('button', { name: 'Bevestigen', exact: true }).click();

  // The server refuses the override without a reason; the refusal is shown beside that field.
  const reason = form.getByLabel('Reden voor afwijken van de tabel');
  const refusal = refusalBeside(form, 'Reden voor afwijken van de tabel');
  await refusal.filter({ hasText: 'Geef een reden' }).waitFor();
  expect(await reason.getAttribute('aria-invalid')).toBe('true');
  await expectDescribedBy(reason, refusal);
  expect(await form.getByLabel('Auditdagen').inputValue()).toBe('2,5');
  await checkPage(page, 'institution-engagement-refused');
  let row2 = await cycleRow(parked.cycleId);
  expect(row2.step).toBe('ENGAGEMENT_REQUESTED');
  expect(row2.lead_auditor_id).toBeNull();

  await reason.fill('Twee locaties; een extra halve dag voor het tweede team.');
  await clickAndConfirm(form, 'Opdracht accepteren');
  const accepted = page.getByTestId('engagement-accepted');
  await accepted.getByRole('status').filter({ hasText: 'Opdracht geaccepteerd' }).waitFor();
  expect(await accepted.getByTestId('assigned-lead').textContent()).toBe(parked.ci.lead.name);
  expect(await accepted.getByTestId('planned-days').textContent()).toBe('2,5 dagen');
  await page.getByTestId('cycle-facts').getByTestId('cycle-phase').filter({ hasText: 'auditdata voorstellen' }).waitFor();

  row2 = await cycleRow(parked.cycleId);
  expect(row2.step).toBe('SCHEDULING');
  expect(row2.lead_auditor_id).toBe(parked.ci.lead.id);
  expect(row2.co_auditor_id).toBe(parked.ci.co.id);
  expect(Number(row2.audit_days)).toBe(2.5);
  expect(Number(row2.audit_days_computed)).toBe(1);
  expect(row2.audit_days_override_reason).toBe('Twee locaties; een extra halve dag voor het tweede team.');

  // The same screen in English, then back to Dutch.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Engagement' }).waitFor();
  await accepted.getByRole('status').filter({ hasText: 'Engagement accepted. The auditors can now propose audit dates.' }).waitFor();
  expect(await accepted.getByTestId('planned-days').textContent()).toBe('2.5 days');
  await page.getByRole('navigation', { name: 'Parts of the cycle' }).getByRole('link', { name: /Scheduling/ }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await checkPage(page, 'institution-engagement-en');
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Opdracht' }).waitFor();
});

it('the lead auditor proposes audit dates and sees the one the organisation confirmed', async () => {
  const parked = await driveCycle(stack.url, em(), 'SCHEDULING', { label: 'E2E-planning' });
  const page = await signIn(parked.ci.lead.email);

  const row = page.getByTestId('inbox-waiting').locator(`tr[data-cycle-id="${parked.cycleId}"]`);
  await row.waitFor();
  expect(await row.textContent()).toContain('auditdata voorstellen');
  await checkPage(page, 'institution-inbox-auditor');

  await row.getByRole('link', { name: parked.org.organisation.name }).click();
  const form = page.getByTestId('propose-dates-form');
  await form.waitFor();
  expect(page.url()).toBe(`${stack.url}/cycles/${parked.cycleId}/scheduling`);

  // Nothing filled in: refused beside the date field, nothing sent.
  await form.getByRole('button', { name: 'Data voorstellen' }).click();
  await form.locator('#propose-dates-error').filter({ hasText: 'Vul ten minste één datum in.' }).waitFor();
  // The error summary at the top of the form names it too, as a link that moves focus to the first date.
  await form.getByRole('alert').getByRole('link', { name: 'Vul ten minste één datum in.' }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('propose-date-0');

  // Audit dates lie ahead: today at the earliest.
  const [first, second] = [today(), inDays(7)];
  await form.getByLabel('Datumoptie 1').fill(first);
  await form.getByRole('button', { name: 'Datum toevoegen' }).click();
  await form.getByLabel('Datumoptie 2').fill(second);
  await form.getByRole('button', { name: 'Data voorstellen' }).click();
  await form.getByRole('status').filter({ hasText: 'Data voorgesteld' }).waitFor();
  await page.getByTestId('proposed-dates').getByText(inDutch(second)).waitFor();
  await checkPage(page, 'institution-scheduling');
  const proposed = await cycleRow(parked.cycleId);
  expect(proposed.step).toBe('DATES_PROPOSED');
  expect(proposed.proposed_audit_dates).toEqual([first, second]);

  // The organisation confirms one; the auditor sees which.
  await parked.officer.ok(command('confirmAuditDate', 'ConfirmAuditDateInput'), parked.input({ date: second }));
  await page.reload();
  await page.getByTestId('confirmed-date').filter({ hasText: `De organisatie heeft ${inDutch(second)} bevestigd` }).waitFor();
  expect(await page.locator(`li[data-date="${second}"]`).getAttribute('class')).toContain('inst-dates__confirmed');
  expect(await page.getByTestId('cycle-audit-date').textContent()).toBe(inDutch(second));
  // The audit is on now: this tab is no longer the current step's, so the facts that stay the same are folded.
  expect(await page.getByTestId('more-facts').getAttribute('open')).toBeNull();
  await page.getByTestId('more-facts').getByText('Auditoren, omvang, variant en normenkader').click();
  await page.getByTestId('cycle-auditors').waitFor();
  await checkPage(page, 'institution-scheduling-confirmed');
  expect((await cycleRow(parked.cycleId)).step).toBe('AUDITING');
});

it('the lead auditor plans the audit programme (an interview refused beside its field first), and the quality officer confirms it', async () => {
  const parked = await driveCycle(stack.url, em(), 'SCHEDULING', { label: 'E2E-programma' });
  const page = await signIn(parked.ci.lead.email);
  await page.goto(`${stack.url}/cycles/${parked.cycleId}/programme`);
  const form = page.getByTestId('programme-form');
  await form.waitFor();
  await page.getByTestId('programme-none').waitFor();

  await form.getByRole('button', { name: 'Gesprek toevoegen' }).click();
  const slot = form.getByRole('group', { name: 'Gesprek 1', exact: true });
  await slot.getByLabel('Gesprek met').selectOption({ label: 'Cliëntenraad' });
  await slot.getByLabel('Deelnemers').fill('Voorzitter en secretaris');
  await slot.getByLabel('Aantal personen').fill('2');
  await slot.getByLabel(parked.ci.lead.name, { exact: true }).check();
  await slot.getByLabel('T-1', { exact: true }).check();
  await slot.getByLabel('T-2', { exact: true }).check();
  await slot.getByLabel('Begintijd').fill('10:00');
  await slot.getByLabel('Eindtijd').fill('09:30');
  await form.getByRole('button', { name: 'Programma opslaan' }).click();

  // The server refuses the end before the start; the refusal is shown beside that field of that interview.
  const end = slot.getByLabel('Eindtijd');
  const refusal = refusalBeside(slot, 'Eindtijd');
  await refusal.filter({ hasText: 'Gesprek 1: de eindtijd moet na de begintijd liggen.' }).waitFor();
  expect(await end.getAttribute('aria-invalid')).toBe('true');
  await expectDescribedBy(end, refusal);
  await checkPage(page, 'institution-programme-refused');
  expect(await sql(`select id from audit_programme where cycle_id = ?`, [parked.cycleId])).toEqual([]);

  await end.fill('11:00');
  await form.getByRole('button', { name: 'Programma opslaan' }).click();
  await form.getByTestId('programme-saved').waitFor();
  const table = page.getByTestId('programme-slots');
  await table.getByRole('row', { name: /Dag 1, 10:00 tot 11:00/ }).filter({ hasText: 'Cliëntenraad' }).waitFor();
  await page.getByTestId('programme-uncovered').filter({ hasText: 'T-3' }).waitFor();
  expect(await page.getByTestId('programme-confirmation').textContent()).toBe('Nog niet bevestigd door de organisatie.');
  await checkPage(page, 'institution-programme');
  const [saved] = await sql(`select slots, confirmed_at from audit_programme where cycle_id = ?`, [parked.cycleId]);
  expect(saved.slots).toEqual([
    expect.objectContaining({ day: 1, startTime: '10:00', endTime: '11:00', group: 'CLIENT_COUNCIL', headCount: 2, auditorIds: [parked.ci.lead.id], normIds: parked.normIds.slice(0, 2) }),
  ]);
  expect(saved.confirmed_at).toBeNull();

  // The organisation's quality officer reads it with the audit date and confirms it.
  const org = await signIn(parked.org.officer, { viewport: TABLET, landing: (p) => p.getByRole('navigation', { name: 'Onderdelen van de cyclus' }) });
  await org.goto(`${stack.url}/external-audit`);
  const programme = org.getByTestId('audit-programme');
  await programme.getByTestId('programme-slots').getByText('Voorzitter en secretaris').waitFor();
  await checkPage(org, 'organisation-programme');
  await programme.getByRole('button', { name: 'Programma bevestigen' }).click();
  await programme.getByRole('status').filter({ hasText: 'U hebt het auditprogramma bevestigd.' }).waitFor();
  await programme.getByTestId('programme-confirmation').filter({ hasText: 'Bevestigd door' }).waitFor();
  expect(await programme.getByRole('button', { name: 'Programma bevestigen' }).count()).toBe(0);
  await checkPage(org, 'organisation-programme-confirmed');
  const [confirmed] = await sql(`select confirmed_at, confirmed_by_id from audit_programme where cycle_id = ?`, [parked.cycleId]);
  expect(confirmed.confirmed_at).not.toBeNull();

  // The lead auditor sees the confirmation.
  await page.reload();
  await page.getByTestId('programme-confirmation').filter({ hasText: 'Bevestigd door' }).waitFor();
});

/** A cycle at the audit whose organisation explained one norm in words and linked a document to it. */
async function auditingCycleWithEvidence(): Promise<ParkedCycle> {
  const parked = await driveCycle(stack.url, em(), 'SELF_EVALUATION', { label: 'E2E-audit' });
  const [firstNorm] = parked.normIds;
  await parked.officer.ok(`mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), cycleId: parked.cycleId, normId: firstNorm, toImprove: 'Dossiers eerder afsluiten', explanation: 'Zie de werkwijze.' },
  });
  const upload = await uploadEvidence(stack.url, { cookie: parked.officer.sessionCookie, fileName: 'Werkwijze.pdf', content: pdf('werkwijze') });
  expect(upload.status).toBe(201);
  await parked.officer.ok(`mutation($i: LinkEvidenceInput!) { linkEvidence(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), evidenceId: upload.body.id, cycleId: parked.cycleId, normId: firstNorm },
  });
  await parked.advanceTo('AUDITING');
  return parked;
}

it('the lead auditor records a finding for every norm beside the self-evaluation and evidence, then issues draft and final report', async () => {
  const parked = await auditingCycleWithEvidence();
  const scores = ['Voldoet', 'Voldoet deels', 'Niet van toepassing'];

  // The manager reads along: findings are shown, no form is offered.
  const manager = await signIn(parked.ci.manager);
  await manager.goto(`${stack.url}/cycles/${parked.cycleId}/findings`);
  await manager.getByTestId('findings-progress').waitFor();
  await manager.getByText('De bevindingen zijn hier alleen te lezen.').waitFor();
  expect(await manager.getByRole('button', { name: 'Bevinding opslaan' }).count()).toBe(0);

  const page = await signIn(parked.ci.lead.email);
  await page.goto(`${stack.url}/cycles/${parked.cycleId}`);
  await page.waitForURL(`${stack.url}/cycles/${parked.cycleId}/findings`);
  const norms = page.locator('article[data-testid^="finding-T-"]');
  await norms.first().waitFor();
  expect(await norms.count()).toBe(3);

  // The organisation's words and document beside the form: two columns on a laptop.
  const first = norms.nth(0);
  const side = first.getByTestId('organisation-side');
  await side.getByText('Dossiers eerder afsluiten').waitFor();
  expect(await side.getByTestId('organisation-score').textContent()).toBe('Voldoet');
  await side.getByRole('link', { name: 'Download Werkwijze.pdf' }).waitFor();
  const sideBox = (await side.boundingBox())!;
  const formBox = (await first.getByTestId('finding-form').boundingBox())!;
  expect(formBox.x).toBeGreaterThanOrEqual(sideBox.x + sideBox.width);
  expect(Math.abs(formBox.y - sideBox.y)).toBeLessThan(4);

  const download = page.waitForEvent('download');
  await side.getByRole('link', { name: 'Download Werkwijze.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Werkwijze.pdf');

  // A finding needs a score: said beside the choice, nothing stored.
  await first.getByRole('button', { name: 'Bevinding opslaan' }).click();
  await first.getByRole('group', { name: 'Score' }).getByRole('alert').filter({ hasText: 'Kies een score.' }).waitFor();
  await checkPage(page, 'institution-findings');
  expect((await sql(`select count(*)::int as n from audit_finding where cycle_id = ?`, [parked.cycleId]))[0].n).toBe(0);

  for (const [n, score] of scores.entries()) {
    const norm = norms.nth(n);
    await norm.getByLabel(score, { exact: true }).check();
    await norm.getByLabel('Sterke punten').fill(`Sterk punt ${n + 1}`);
    await norm.getByLabel('Verbeterpunten').fill(n === 1 ? 'Borgen in het dossier' : '');
    await norm.getByRole('button', { name: 'Bevinding opslaan' }).click();
    await norm.locator('[data-testid="finding-form"][data-saved="true"]').waitFor();
  }
  await page.locator('[data-testid="findings-progress"][aria-valuetext="3 van 3 normen hebben een bevinding"]').waitFor();
  const findings = await sql(
    `select n.code, f.score, f.strengths, f.improvement_points from audit_finding f join norm n on n.id = f.norm_id where f.cycle_id = ? order by n.position`,
    [parked.cycleId],
  );
  expect(findings).toEqual([
    { code: 'T-1', score: 'MEETS', strengths: 'Sterk punt 1', improvement_points: '' },
    { code: 'T-2', score: 'PARTLY_MEETS', strengths: 'Sterk punt 2', improvement_points: 'Borgen in het dossier' },
    { code: 'T-3', score: 'NOT_APPLICABLE', strengths: 'Sterk punt 3', improvement_points: '' },
  ]);

  // On a tablet the organisation's side comes above the form.
  await page.setViewportSize(TABLET);
  const sideTablet = (await side.boundingBox())!;
  const formTablet = (await first.getByTestId('finding-form').boundingBox())!;
  expect(formTablet.y).toBeGreaterThanOrEqual(sideTablet.y + sideTablet.height);
  await checkPage(page, 'institution-findings-tablet');
  await page.setViewportSize(LAPTOP);

  // The co-auditor records findings too, but only the lead issues reports.
  const co = await signIn(parked.ci.co.email);
  await co.goto(`${stack.url}/cycles/${parked.cycleId}/reports`);
  await co.getByText('De leadauditor brengt de rapporten uit.').waitFor();
  expect(await co.getByTestId('draft-report-form').count()).toBe(0);

  // The draft report.
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Rapporten' }).click();
  const draftForm = page.getByTestId('draft-report-form');
  await draftForm.waitFor();
  expect(await draftForm.getByTestId('missing-findings').count()).toBe(0);
  await draftForm.getByLabel('Samenvatting').fill('Een organisatie die leert van haar teams.');
  await draftForm.getByLabel('Sterke punten').fill('Betrokken teams en heldere werkwijze.');
  await draftForm.getByLabel('Verbeterpunten').fill('Dossiers consequent afsluiten.');
  await clickAndConfirm(draftForm, 'Conceptrapport uitbrengen');
  const draft = page.getByTestId('draft-report');
  await draft.getByText('Een organisatie die leert van haar teams.').waitFor();
  await draft.getByTestId('draft-reply').getByText('De organisatie kan reageren tot').waitFor();
  await page.getByText('Het eindrapport volgt na de reactie van de organisatie').waitFor();
  expect(await page.getByTestId('final-report-form').count()).toBe(0);
  await checkPage(page, 'institution-reports-draft');
  expect((await cycleRow(parked.cycleId)).step).toBe('AWAITING_REPLY');
  const [draftRow] = await sql(`select summary, strengths, improvement_points from audit_report where cycle_id = ? and kind = 'DRAFT'`, [parked.cycleId]);
  expect(draftRow).toEqual({
    summary: 'Een organisatie die leert van haar teams.',
    strengths: 'Betrokken teams en heldere werkwijze.',
    improvement_points: 'Dossiers consequent afsluiten.',
  });

  // The organisation replies; then the final report, starting from the draft's text.
  parked.station = 'AWAITING_REPLY';
  await parked.advanceTo('REPLIED');
  await page.reload();
  await page.getByTestId('draft-reply').getByText('Dank u.').waitFor();
  const finalForm = page.getByTestId('final-report-form');
  expect(await finalForm.getByLabel('Samenvatting').inputValue()).toBe('Een organisatie die leert van haar teams.');
  await finalForm.getByLabel('Samenvatting').fill('Een organisatie die leert van haar teams; de reactie is verwerkt.');
  await finalForm.getByRole('button', { name: 'Eindrapport uitbrengen' }).click();
  const adviceChoice = finalForm.getByRole('group', { name: 'Advies' });
  await adviceChoice.getByRole('alert').filter({ hasText: 'Kies een advies.' }).waitFor();
  await adviceChoice.getByLabel('Positief onder voorwaarden').check();
  // Issuing fixes the report: the check says what happens and who is told before it counts.
  await finalForm.getByRole('button', { name: 'Eindrapport uitbrengen' }).click();
  const check = finalForm.getByTestId('confirm-step');
  await check.getByText('Advies: Positief onder voorwaarden').waitFor();
  await check.getByText('De kwaliteitsfunctionarissen van de organisatie.').waitFor();
  await checkPage(page, 'institution-reports-final-check');
  await check.getByRole('button', { name: 'Bevestigen', exact: true }).click();
  const final = page.getByTestId('final-report');
  await final.getByTestId('report-advice').filter({ hasText: 'Positief onder voorwaarden' }).waitFor();
  await page.getByTestId('cycle-phase').filter({ hasText: 'Verbeterplan' }).waitFor();
  await checkPage(page, 'institution-reports-final');

  const done = await cycleRow(parked.cycleId);
  expect([done.phase, done.step, done.advice]).toEqual(['IMPROVEMENT_PLAN', 'DRAFTING', 'POSITIVE_WITH_CONDITIONS']);
  const [finalRow] = await sql(`select summary, advice from audit_report where cycle_id = ? and kind = 'FINAL'`, [parked.cycleId]);
  expect(finalRow).toEqual({ summary: 'Een organisatie die leert van haar teams; de reactie is verwerkt.', advice: 'POSITIVE_WITH_CONDITIONS' });

  // The final report as a PDF, fetched with the lead auditor's session, carries the advice.
  const pdfLink = final.getByTestId('report-pdf-final');
  await expect(pdfLink.getAttribute('href')).resolves.toBe(`/cycles/${parked.cycleId}/audit-report.pdf?kind=final&lang=nl`);
  const pdf = await page.request.get(`${stack.url}${await pdfLink.getAttribute('href')}`);
  expect(pdf.status()).toBe(200);
  expect(oneLine(readPdf(await pdf.body(), 'institution-audit-report-final').text)).toContain('Advies Positief onder voorwaarden');
}, 240_000);

it('the lead auditor returns an improvement plan with comments (refused without), and accepts another', async () => {
  const [returned, accepted] = await Promise.all([
    driveCycle(stack.url, em(), 'SUBMITTED', { label: 'E2E-plan-terug' }),
    driveCycle(stack.url, em(), 'SUBMITTED', { label: 'E2E-plan-akkoord' }),
  ]);

  // Evidence the organisation linked to the action while drafting (placed here, as that link would be).
  const upload = await uploadEvidence(stack.url, { cookie: returned.officer.sessionCookie, fileName: 'Format casusafspraken.pdf', content: pdf('format') });
  expect(upload.status).toBe(201);
  await sql(
    `insert into evidence_link (id, created_at, evidence_id, cycle_id, improvement_action_id, linked_in_phase, carried_over, linked_by_id)
     select gen_random_uuid(), now(), ?, ?, ?, 'IMPROVEMENT_PLAN', false, uploaded_by_id from evidence where id = ?`,
    [upload.body.id, returned.cycleId, returned.improvementActionId, upload.body.id],
  );

  const page = await signIn(returned.ci.lead.email);
  await page.getByTestId('inbox-waiting').locator(`tr[data-cycle-id="${returned.cycleId}"]`).getByRole('link').click();
  await page.waitForURL(`${stack.url}/cycles/${returned.cycleId}/plan`);
  await page.getByTestId('plan-points').getByText('Vastleggen').waitFor();
  const actionRow = page.getByTestId('plan-actions').locator('tbody tr').filter({ hasText: 'Actie 2' });
  await actionRow.getByRole('link', { name: 'Format casusafspraken.pdf' }).waitFor();
  const download = page.waitForEvent('download');
  await actionRow.getByRole('link', { name: 'Format casusafspraken.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Format casusafspraken.pdf');
  const form = page.getByTestId('plan-review-form');
  await checkPage(page, 'institution-plan');

  // Returning without comments: the server refuses, beside the comments field.
  await form.getByRole('button', { name: 'Plan teruggeven' }).click();
  const comments = form.getByLabel('Opmerkingen');
  const refusal = refusalBeside(form, 'Opmerkingen');
  await refusal.filter({ hasText: 'Schrijf op wat er moet veranderen' }).waitFor();
  expect(await comments.getAttribute('aria-invalid')).toBe('true');
  await expectDescribedBy(comments, refusal);
  await checkPage(page, 'institution-plan-refused');
  expect((await cycleRow(returned.cycleId)).step).toBe('SUBMITTED');
  expect((await sql(`select count(*)::int as n from improvement_plan_review where cycle_id = ?`, [returned.cycleId]))[0].n).toBe(0);

  await comments.fill('Maak de succesindicator van actie 2 meetbaar.');
  await form.getByRole('button', { name: 'Plan teruggeven' }).click();
  await page.getByTestId('review-outcome').filter({ hasText: 'teruggegeven' }).waitFor();
  await page.locator('[data-testid="plan-reviews"] li[data-review="RETURN"]').getByText('Maak de succesindicator van actie 2 meetbaar.').waitFor();
  await page.getByTestId('plan-drafting').waitFor();
  expect(await page.getByTestId('plan-review-form').count()).toBe(0);
  await checkPage(page, 'institution-plan-returned');
  expect((await cycleRow(returned.cycleId)).step).toBe('DRAFTING');
  expect(await sql(`select review, comments from improvement_plan_review where cycle_id = ?`, [returned.cycleId])).toEqual([
    { review: 'RETURN', comments: 'Maak de succesindicator van actie 2 meetbaar.' },
  ]);

  // The manager of the other cycle reads the plan but is offered no review.
  const manager = await signIn(accepted.ci.manager);
  await manager.goto(`${stack.url}/cycles/${accepted.cycleId}/plan`);
  await manager.getByText('De leadauditor beoordeelt het verbeterplan.').waitFor();
  expect(await manager.getByTestId('plan-review-form').count()).toBe(0);

  const lead = await signIn(accepted.ci.lead.email);
  await lead.goto(`${stack.url}/cycles/${accepted.cycleId}/plan`);
  await clickAndConfirm(lead.getByTestId('plan-review-form'), 'Plan accepteren');
  await lead.getByTestId('review-outcome').filter({ hasText: 'geaccepteerd' }).waitFor();
  await lead.getByTestId('cycle-phase').filter({ hasText: 'Besluit' }).waitFor();
  const row = await cycleRow(accepted.cycleId);
  expect([row.phase, row.step]).toEqual(['DECISION', 'AWAITING_DECISION']);
  expect(await sql(`select review from improvement_plan_review where cycle_id = ?`, [accepted.cycleId])).toEqual([{ review: 'ACCEPT' }]);
}, 240_000);
