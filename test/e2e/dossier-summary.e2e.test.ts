import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { launchChromium, switchToEnglish } from '../support/browser';
import { clickAndConfirm } from '../support/confirm-step';
import { linkEvidenceRow, storeEvidence } from '../support/dossier-rows';
import { pdfContent } from '../support/evidence-http';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import {
  DAY_MS,
  createCertifyingInstitution,
  insertCycle,
  insertFinding,
  insertFrameworkWithNorms,
  insertTransitions,
  userIdOf,
  type SqlConnection,
} from '../support/read-model-rows';
import { startStack, type Stack } from '../support/stack';

/**
 * Three screens read at a glance, in Chromium, in Dutch and English, on a 390 px phone and a 1366 px
 * screen: the decision dossier's summary above the decision form, the insights' norm chart grouped by
 * framework version with durations in words, and the evidence library's "linked to" column with the
 * actions per file (unlink, delete, and the refusal for a file a submitted phase holds).
 */
const COMMITTEE = 'commissie@swn.demo';
const SECRETARIAT = 'secretariaat@swn.demo';
const RUN = `DS${randomUUID().slice(0, 6)}`;
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;
const LANGS = ['nl', 'en'] as const;

let stack: Stack;
let browser: Browser;
let conn: SqlConnection;
let evidenceDir: string;
let decisionOrg: OrgFixture;
let libraryOrg: OrgFixture;
let decisionCycle: string;
let framework: { id: string; name: string; version: string; normIds: string[] };
const contexts: BrowserContext[] = [];

async function signIn(email: string, password: string, viewport: { width: number; height: number }, lang: 'nl' | 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(stack.url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // Signed in once the app's own screens show (on a phone the log-out button sits in the menu).
  await page.getByRole('button', { name: 'Uitloggen', includeHidden: true }).waitFor({ state: 'attached' });
  if (lang === 'en') await switchToEnglish(page);
  return page;
}

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`No client build at ${CLIENT_DIST}: run \`npm run build:client\` first (npm test does), or set CLIENT_DIST.`);
  }
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-dossier-e2e-'));
  // No worker: every row is written as the projection and the screens would have written it.
  stack = await startStack({ worker: false, env: { EVIDENCE_DIR: evidenceDir } });
  const em = stack.orm.em.fork();
  conn = em.getConnection();
  decisionOrg = await createOrganisation(em, `${RUN} Besluit`);
  libraryOrg = await createOrganisation(em, `${RUN} Bibliotheek`);
  framework = await insertFrameworkWithNorms(conn, `${RUN} Kader`, stack.demo.framework.id, 4);
  const ci = await createCertifyingInstitution(conn, `${RUN} CI`);
  const officerId = await userIdOf(conn, decisionOrg.officer);

  // A cycle awaiting the decision: N1 meets, N2 partly, N3 does not meet with an action, N4 without one.
  decisionCycle = await insertCycle(conn, {
    organisationId: decisionOrg.organisation.id,
    frameworkVersionId: framework.id,
    startedById: officerId,
    phase: 'DECISION',
    certifyingInstitutionId: ci.id,
    leadAuditorId: ci.auditorId,
  });
  await conn.execute(`update cycle set step = 'AWAITING_DECISION', self_evaluation_locked_at = now() - interval '200 days' where id = ?`, [decisionCycle]);
  const [n1, n2, n3, n4] = framework.normIds;
  for (const [normId, score] of [[n1, 'MEETS'], [n2, 'PARTLY_MEETS'], [n3, 'DOES_NOT_MEET'], [n4, 'DOES_NOT_MEET']]) {
    await insertFinding(conn, decisionCycle, normId, score, ci.auditorId);
  }
  for (const [normId, score] of [[n1, 'MEETS'], [n2, 'MEETS'], [n3, 'PARTLY_MEETS'], [n4, 'MEETS']]) {
    await conn.execute(`insert into self_evaluation_answer (id, cycle_id, norm_id, score, updated_by_id) values (?, ?, ?, ?, ?)`, [randomUUID(), decisionCycle, normId, score, officerId]);
  }
  await conn.execute(
    `insert into improvement_action (id, cycle_id, norm_id, what, owner, due_date, success_indicator, updated_by_id) values (?, ?, ?, 'Scholing klachtenprocedure', 'Teamleider', current_date + 60, 'Iedereen geschoold', ?)`,
    [randomUUID(), decisionCycle, n3, officerId],
  );
  await conn.execute(
    `insert into audit_report (id, cycle_id, kind, summary, strengths, improvement_points, advice, issued_by_id, issued_at) values (?, ?, 'FINAL', 'Eindrapport', 'Sterk', 'Beter', 'POSITIVE_WITH_CONDITIONS', ?, now())`,
    [randomUUID(), decisionCycle, ci.auditorId],
  );
  // Its stays: three months and four days in the self-evaluation, among others, so the insights have durations.
  const start = Date.now() - 200 * DAY_MS;
  await insertTransitions(conn, decisionCycle, [
    { toPhase: 'PREPARATION', at: new Date(start) },
    { toPhase: 'SELF_EVALUATION', at: new Date(start + 10 * DAY_MS) },
    { toPhase: 'INTERNAL_AUDIT', at: new Date(start + 10 * DAY_MS + 95 * DAY_MS) },
    { toPhase: 'EXTERNAL_AUDIT', at: new Date(start + 130 * DAY_MS) },
    { toPhase: 'IMPROVEMENT_PLAN', at: new Date(start + 170 * DAY_MS) },
    { toPhase: 'DECISION', at: new Date(start + 190 * DAY_MS) },
  ]);

  // The library's organisation: a cycle in the internal audit, with one file linked in the submitted
  // self-evaluation (fixed), one linked in the internal audit (can be unlinked), and one linked nowhere.
  const libOfficerId = await userIdOf(conn, libraryOrg.officer);
  const libCycle = await insertCycle(conn, { organisationId: libraryOrg.organisation.id, frameworkVersionId: framework.id, startedById: libOfficerId, phase: 'INTERNAL_AUDIT' });
  await conn.execute(`update cycle set self_evaluation_locked_at = now() - interval '5 days' where id = ?`, [libCycle]);
  const file = (name: string) =>
    storeEvidence(stack.services, conn, { organisationId: libraryOrg.organisation.id, uploadedById: libOfficerId, name, type: 'application/pdf', content: pdfContent(4_000, name) });
  const annual = await file('Jaarverslag 2025.pdf');
  const plan = await file('Werkplan interne audit.pdf');
  await file('Losse notitie.pdf');
  await linkEvidenceRow(conn, { evidenceId: annual.id, cycleId: libCycle, linkedById: libOfficerId, phase: 'SELF_EVALUATION', target: 'norm_id', targetId: n1 });
  await linkEvidenceRow(conn, { evidenceId: plan.id, cycleId: libCycle, linkedById: libOfficerId, phase: 'INTERNAL_AUDIT', target: 'norm_id', targetId: n2 });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

const TEXT = {
  nl: {
    heading: () => `Besluit: ${decisionOrg.organisation.name}`,
    verdict: 'De toekenningsregel staat toekennen niet toe: 1 norm houdt het tegen.',
    blocks: 'Houdt toekennen tegen',
    answered: 'Beantwoord met een verbeteractie',
    form: 'Besluit van de commissie',
    facts: 'Gegevens van de cyclus',
    insights: 'Inzichten',
    duration: /^(ongeveer )?\d+ (jaar|maand|maanden|dag|dagen|uur|minuut|minuten|seconde|seconden)( en \d+ \S+)? \(\d+ cycl(us|i)\)$/,
    framework: 'Normenkader',
    library: 'Bewijsbibliotheek',
    linkedTo: 'Gekoppeld aan',
    fixedLink: 'N1 (Zelfevaluatie)',
    looseLink: 'N2 (Interne audit)',
    notLinked: 'Nergens aan gekoppeld',
    locked: 'deze fase is ingediend; het bewijs ligt vast',
  },
  en: {
    heading: () => `Decision: ${decisionOrg.organisation.name}`,
    verdict: 'The award rule does not allow the award: 1 norm stands in the way.',
    blocks: 'Stands in the way of the award',
    answered: 'Answered by an improvement action',
    form: 'The committee’s decision',
    facts: 'Cycle details',
    insights: 'Insights',
    duration: /^(about )?\d+ (year|years|month|months|day|days|hour|hours|minute|minutes|second|seconds)( and \d+ \S+)? \(\d+ cycles?\)$/,
    framework: 'Framework',
    library: 'Evidence library',
    linkedTo: 'Linked to',
    fixedLink: 'N1 (Self-evaluation)',
    looseLink: 'N2 (Internal audit)',
    notLinked: 'Not linked',
    locked: 'this phase was submitted; the evidence is fixed',
  },
};

describe.each(LANGS)('in %s', (lang) => {
  const text = TEXT[lang];

  it.each(WIDTHS)('the decision dossier opens with the summary and the decision form ($name)', async (size) => {
    const page = await signIn(COMMITTEE, DEMO_PASSWORD, size, lang);
    await page.goto(`${stack.url}/decisions/${decisionCycle}`);
    await page.getByRole('heading', { level: 1, name: text.heading() }).waitFor();
    const summary = page.getByTestId('decision-summary');
    await summary.waitFor();

    // The tally: the organisation's own scores beside the auditors', on the same norms.
    const tally = summary.getByTestId('score-tally');
    const counts = async (score: string) => [
      Number(await tally.locator(`tr[data-score="${score}"] [data-testid="self-count"]`).textContent()),
      Number(await tally.locator(`tr[data-score="${score}"] [data-testid="auditor-count"]`).textContent()),
    ];
    expect(await counts('MEETS')).toEqual([3, 1]);
    expect(await counts('PARTLY_MEETS')).toEqual([1, 1]);
    expect(await counts('DOES_NOT_MEET')).toEqual([0, 2]);

    // The verdict, and the norms it rests on: N4 blocks, N3 is answered by its action.
    const verdict = summary.getByTestId('award-verdict');
    await expect(verdict.textContent()).resolves.toBe(text.verdict);
    await expect(verdict.getAttribute('data-allowed')).resolves.toBe('false');
    const deciding = summary.getByTestId('deciding-norms');
    await expect(deciding.locator('tr[data-norm-code="N4"]').textContent()).resolves.toContain(text.blocks);
    await expect(deciding.locator('tr[data-norm-code="N3"]').textContent()).resolves.toContain(text.answered);
    await expect(deciding.locator('tbody tr').count()).resolves.toBe(2);

    // Summary, then the decision form, then the rest of the dossier.
    const order = await page.evaluate(() => [...document.querySelectorAll('main h2')].map((h) => h.id));
    expect(order.indexOf('decision-summary-title')).toBe(0);
    expect(order.indexOf('decide-title')).toBe(1);
    expect(order.indexOf('dossier-facts')).toBeGreaterThan(1);
    await page.getByTestId('decision-form').waitFor();
    await page.getByRole('heading', { level: 2, name: text.form }).waitFor();
    await checkPage(page, `decision-summary-${lang}-${size.width}`);
  });

  it.each(WIDTHS)('the insights group the norm chart by framework and say durations in words ($name)', async (size) => {
    const page = await signIn(SECRETARIAT, DEMO_PASSWORD, size, lang);
    await page.goto(`${stack.url}/insights`);
    await page.getByRole('heading', { level: 1, name: text.insights }).waitFor();
    const durations = page.getByTestId('phase-durations');
    await durations.waitFor();
    for (const phase of ['SELF_EVALUATION', 'INTERNAL_AUDIT']) {
      await expect(durations.locator(`tr[data-key="${phase}"] .bar-table__text`).textContent()).resolves.toMatch(text.duration);
    }

    const chart = page.getByTestId('norm-findings');
    const more = page.getByRole('button', { name: lang === 'nl' ? /^Alle \d+ normen tonen$/ : /^Show all \d+ norms$/ });
    if (await more.count()) await more.click();
    // No framework column: the version is said once, above its rows.
    const headers = await chart.locator('thead th').allTextContents();
    expect(headers).not.toContain(text.framework);
    expect(headers).toHaveLength(6);
    const group = chart.locator(`tbody[data-framework-version="${framework.name} ${framework.version}"]`);
    await expect(group.locator('tr').first().textContent()).resolves.toBe(`${text.framework}: ${framework.name} ${framework.version}`);
    await expect(group.locator('tr[data-norm-code]').count()).resolves.toBe(4);
    await checkPage(page, `insights-${lang}-${size.width}`);
  });

  it.each(WIDTHS)('the evidence library says what each file is linked to ($name)', async (size) => {
    const page = await signIn(libraryOrg.officer, PASSWORD, size, lang);
    await page.goto(`${stack.url}/evidence`);
    await page.getByRole('heading', { level: 1, name: text.library }).waitFor();
    const library = page.getByTestId('evidence-library');
    const row = (name: string) => library.locator(`tr[data-evidence-name="${name}"]`);
    await row('Jaarverslag 2025.pdf').waitFor();
    await expect(library.locator('thead th').allTextContents()).resolves.toContain(text.linkedTo);
    const fixed = row('Jaarverslag 2025.pdf').getByTestId('evidence-linked-to');
    await expect(fixed.textContent()).resolves.toContain(text.fixedLink);
    // A fixed link offers no unlink.
    await expect(fixed.getByRole('button').count()).resolves.toBe(0);
    await checkPage(page, `evidence-library-${lang}-${size.width}`);
  });
});

it('the library unlinks a file and deletes one after the check; a file a submitted phase holds is refused', async () => {
  const page = await signIn(libraryOrg.officer, PASSWORD, WIDTHS[1], 'nl');
  await page.goto(`${stack.url}/evidence`);
  const library = page.getByTestId('evidence-library');
  const row = (name: string) => library.locator(`tr[data-evidence-name="${name}"]`);

  const plan = row('Werkplan interne audit.pdf');
  await expect(plan.getByTestId('evidence-linked-to').textContent()).resolves.toContain(TEXT.nl.looseLink);
  await plan.getByRole('button', { name: 'Werkplan interne audit.pdf ontkoppelen van N2 (Interne audit)' }).click();
  await plan.getByTestId('evidence-linked-to').getByText(TEXT.nl.notLinked).waitFor();
  await expect(conn.execute(`select count(*)::int as n from evidence_link l join evidence e on e.id = l.evidence_id where e.name = ? and e.organisation_id = ?`, ['Werkplan interne audit.pdf', libraryOrg.organisation.id])).resolves.toEqual([{ n: 0 }]);

  await clickAndConfirm(row('Losse notitie.pdf'), 'Verwijderen: Losse notitie.pdf');
  await row('Losse notitie.pdf').waitFor({ state: 'detached' });
  await expect(conn.execute(`select count(*)::int as n from evidence where name = ? and organisation_id = ?`, ['Losse notitie.pdf', libraryOrg.organisation.id])).resolves.toEqual([{ n: 0 }]);

  const annual = row('Jaarverslag 2025.pdf');
  await clickAndConfirm(annual, 'Verwijderen: Jaarverslag 2025.pdf');
  await annual.getByRole('alert').filter({ hasText: TEXT.nl.locked }).waitFor();
  await expect(conn.execute(`select count(*)::int as n from evidence where name = ? and organisation_id = ?`, ['Jaarverslag 2025.pdf', libraryOrg.organisation.id])).resolves.toEqual([{ n: 1 }]);
  await checkPage(page, 'evidence-library-refusal');

  // The same refusal in English, on a phone.
  const phone = await signIn(libraryOrg.officer, PASSWORD, WIDTHS[0], 'en');
  await phone.goto(`${stack.url}/evidence`);
  const phoneRow = phone.getByTestId('evidence-library').locator('tr[data-evidence-name="Jaarverslag 2025.pdf"]');
  await clickAndConfirm(phoneRow, 'Delete: Jaarverslag 2025.pdf');
  await phoneRow.getByRole('alert').filter({ hasText: TEXT.en.locked }).waitFor();
  await checkPage(phone, 'evidence-library-refusal-en-390');
});
