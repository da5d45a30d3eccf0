import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { Role } from '../../server/src/modules/user/role';
import { checkPage } from '../support/axe';
import { launchChromium, signedInBrowser } from '../support/browser';
import { addOrganisationUser } from '../support/content-fixtures';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { COMPLETE_PREPARATION, mutationId, START_CYCLE, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * Respondents in the self-evaluation, in Chromium. The quality officer invites three people of the
 * organisation, each from a layer; each answers in a browser of their own (what goes well, what could be
 * better, a score) and submits. Before submitting, a respondent sees nothing of the others' answers; after,
 * the counts. The quality officer then sees the spread at each norm, pooled where a layer has fewer than
 * three answers, and cites a respondent's text into the consolidated answer through its autosave.
 */

let stack: Stack;
let browser: Browser;
let org: OrgFixture;
let cycleId: string;
const contexts: BrowserContext[] = [];
const respondents: { email: string; name: string; layer: string; score: string; goesWell: string; toImprove: string }[] = [];

const conn = () => stack.orm.em.fork().getConnection();
const SPREAD = `query($c: ID!) { selfEvaluationSpread(cycleId: $c) { submittedCount norms { normId total { answerCount } goesWell { text } } } }`;

async function signIn(email: string): Promise<Page> {
  const { context, page } = await signedInBrowser(browser, stack.url, { email, password: PASSWORD });
  contexts.push(context);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  return page;
}

const session = (email: string): Promise<GqlSession> => signedIn(stack.url, email, PASSWORD);

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  stack = await startStack();
  org = await createOrganisation(stack.orm.em.fork(), 'E2E-respondenten');
  const third = await addOrganisationUser(stack.orm.em.fork(), org.organisation, Role.ORG_VIEWER, 'teamleider');
  const [auditor, viewer] = await conn().execute<{ email: string; name: string }[]>(
    `select email, name from app_user where email in (?, ?) order by role`,
    [org.internalAuditor, org.viewer],
  );
  respondents.push(
    { ...auditor, layer: 'Professional', score: 'Voldoet', goesWell: 'Collega’s nemen tijd voor intervisie.', toImprove: 'Dossiers zijn niet altijd bij.' },
    { ...viewer, layer: 'Professional', score: 'Voldoet', goesWell: 'Bewoners weten ons te vinden.', toImprove: 'Meer terugkoppeling na meldingen.' },
    { email: third.email, name: third.name, layer: 'Teamleider', score: 'Voldoet deels', goesWell: 'Het team werkt wijkgericht.', toImprove: 'De overdracht tussen teams.' },
  );
  const officer = await session(org.officer);
  cycleId = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await officer.ok(COMPLETE_PREPARATION, { i: { cycleId, clientMutationId: mutationId() } });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.stop();
});

let officerPage: Page;
let normCount = 0;
let firstNormCode = '';

it('the quality officer invites three people, each with a layer, on one category', async () => {
  officerPage = await signIn(org.officer);
  await officerPage.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();
  const panel = officerPage.getByTestId('respondents-panel');
  await panel.getByTestId('no-invitations').waitFor();
  await checkPage(officerPage, 'respondents-officer-empty');

  // Nobody chosen: the form says so beside the people, and nothing is sent.
  await panel.getByRole('button', { name: 'Uitnodigen' }).click();
  await panel.locator('#invite-invitees-error').waitFor();

  for (const respondent of respondents) {
    await panel.getByRole('checkbox', { name: new RegExp(respondent.name) }).check();
    await panel.getByLabel(`Laag van ${respondent.name}`).selectOption({ label: respondent.layer });
  }
  const category = panel.getByRole('group', { name: 'Welke categorieën?' }).getByRole('checkbox').first();
  await category.check();
  await panel.getByLabel('Antwoorden uiterlijk op').fill(inDays(14));
  await panel.getByRole('button', { name: 'Uitnodigen' }).click();
  await panel.getByTestId('invited-notice').filter({ hasText: '3 mensen zijn uitgenodigd.' }).waitFor();
  const table = panel.getByTestId('respondent-invitations');
  await table.getByText('3 uitnodigingen').waitFor();
  expect(await table.locator('tbody tr').count()).toBe(3);
  await checkPage(officerPage, 'respondents-officer-invited');

  const [row] = await conn().execute<{ n: number }[]>(`select count(*)::int as n from respondent_invitation where cycle_id = ?`, [cycleId]);
  expect(row.n).toBe(3);
});

/** A respondent opens their questionnaire and answers every norm in it; `skipScore` leaves the last one unscored. */
async function answerAll(page: Page, respondent: (typeof respondents)[number], { skipScore = false } = {}) {
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: /Mijn vragenlijsten/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn vragenlijsten' }).waitFor();
  const norms = page.locator('fieldset[data-testid^="respondent-norm-"]');
  await norms.first().waitFor();
  normCount = await norms.count();
  firstNormCode = (await norms.first().getAttribute('data-testid'))!.replace('respondent-norm-', '');
  for (let i = 0; i < normCount; i++) {
    const norm = norms.nth(i);
    await norm.getByLabel('Wat gaat goed').fill(respondent.goesWell);
    await norm.getByLabel('Wat kan beter').fill(respondent.toImprove);
    if (!(skipScore && i === normCount - 1)) await norm.getByLabel(respondent.score, { exact: true }).check();
    await norm.getByTestId('save-status').filter({ hasText: 'Opgeslagen' }).waitFor();
  }
  return norms;
}

let first: Page;

it('a respondent answers, is told beside the norm what is missing, and sees nothing of the others before submitting', async () => {
  first = await signIn(respondents[0].email);
  // The invitation is a notification that leads to the questionnaire.
  await first.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Meldingen' }).click();
  const invitation = first.getByTestId('notification').filter({ hasText: 'Uitnodiging' });
  await invitation.getByRole('link', { name: /Naar de vragenlijst/ }).click();
  await first.getByRole('heading', { level: 1, name: 'Mijn vragenlijsten' }).waitFor();
  const norms = await answerAll(first, respondents[0], { skipScore: true });
  expect(normCount).toBeGreaterThan(0);
  await first.getByTestId('task-progress').filter({ hasText: `${normCount - 1} van ${normCount}` }).waitFor();
  await checkPage(first, 'respondents-respondent-answering');

  await first.getByRole('button', { name: 'Antwoorden indienen' }).click();
  await norms.nth(normCount - 1).getByTestId('norm-refusal').waitFor();
  await first.getByRole('alert').filter({ hasText: `Nog te scoren: ${(await norms.nth(normCount - 1).getAttribute('data-testid'))!.replace('respondent-norm-', '')}` }).waitFor();
  expect(await conn().execute(`select submitted_at from respondent_invitation where cycle_id = ? and submitted_at is not null`, [cycleId])).toEqual([]);

  // The second respondent saves answers, not yet submitted.
  const second = await signIn(respondents[1].email);
  await answerAll(second, respondents[1]);

  // The first sees only their own answers: no spread on the page, and the api refuses it to them.
  expect(await first.getByTestId('spread').count()).toBe(0);
  const firstApi = await session(respondents[0].email);
  expect((await firstApi.refused(SPREAD, { c: cycleId })).extensions.code).toBe('NOT_ALLOWED');
  const tasks = await firstApi.ok<{ myRespondentTasks: { answers: { goesWell: string }[] }[] }>(`{ myRespondentTasks { answers { goesWell } } }`);
  expect(tasks.myRespondentTasks.flatMap((t) => t.answers.map((a) => a.goesWell))).toEqual(Array(normCount).fill(respondents[0].goesWell));

  // Scored and submitted: the counts appear, and only submitted answers count (the second's not yet).
  await norms.nth(normCount - 1).getByLabel(respondents[0].score, { exact: true }).check();
  await norms.nth(normCount - 1).getByTestId('norm-refusal').waitFor({ state: 'detached' });
  await first.getByRole('alert').filter({ hasText: 'Nog te scoren' }).waitFor({ state: 'detached' });
  await norms.nth(normCount - 1).getByTestId('save-status').filter({ hasText: 'Opgeslagen' }).waitFor();
  await first.getByRole('button', { name: 'Antwoorden indienen' }).click();
  await first.getByTestId('task-status').filter({ hasText: 'Ingediend op' }).waitFor();
  await first.getByTestId('spread-summary').filter({ hasText: '1 van 3 respondenten hebben ingediend.' }).waitFor();
  const spread = norms.first().getByTestId('spread');
  await spread.waitFor();
  // Counts only: the texts are the quality officer's.
  expect(await spread.getByText(respondents[1].goesWell).count()).toBe(0);
  expect(await norms.first().getByLabel('Wat gaat goed').isDisabled()).toBe(true);
  const counted = await firstApi.ok<{ selfEvaluationSpread: { submittedCount: number; norms: { total: { answerCount: number }; goesWell: unknown[] }[] } }>(SPREAD, { c: cycleId });
  expect(counted.selfEvaluationSpread.submittedCount).toBe(1);
  expect(counted.selfEvaluationSpread.norms.every((n) => n.total.answerCount === 1 && n.goesWell.length === 0)).toBe(true);
  await checkPage(first, 'respondents-respondent-submitted');

  await second.getByRole('button', { name: 'Antwoorden indienen' }).click();
  await second.getByTestId('task-status').filter({ hasText: 'Ingediend op' }).waitFor();
});

it('the third respondent answers and submits; the quality officer sees the spread and cites a text', async () => {
  const third = await signIn(respondents[2].email);
  await answerAll(third, respondents[2]);
  await third.getByRole('button', { name: 'Antwoorden indienen' }).click();
  await third.getByTestId('spread-summary').filter({ hasText: '3 van 3 respondenten hebben ingediend.' }).waitFor();

  await officerPage.reload();
  const panel = officerPage.getByTestId('respondents-panel');
  await panel.getByTestId('respondent-invitations').waitFor();
  expect(await panel.getByTestId('invitation-status').filter({ hasText: 'Ingediend op' }).count()).toBe(3);

  const norm = officerPage.getByTestId(`norm-${firstNormCode}`);
  const spread = norm.getByTestId('spread');
  await spread.waitFor();
  // Professional has two answers and team lead one: fewer than three each, so one pooled group of three.
  await spread.getByRole('rowheader', { name: 'Professional + Teamleider (samengevoegd)' }).waitFor();
  const cells = await spread.locator('tbody tr').first().locator('td').allTextContents();
  expect(cells).toEqual(['2', '1', '0', '0', '3']);
  for (const respondent of respondents) await spread.getByText(respondent.goesWell).waitFor();
  await checkPage(officerPage, 'respondents-officer-spread');

  const quote = spread.getByTestId('spread-goesWell').getByRole('listitem').filter({ hasText: respondents[2].goesWell });
  await quote.getByRole('button', { name: /Citeren/ }).click();
  const goesWell = norm.getByLabel('Wat gaat goed', { exact: true });
  expect(await goesWell.inputValue()).toBe(`“${respondents[2].goesWell}”`);
  await norm.getByTestId('save-status').filter({ hasText: 'Opgeslagen' }).waitFor();
  await quote.getByRole('button', { name: /Geciteerd/ }).waitFor();
  const [saved] = await conn().execute<{ goes_well: string; revision: number }[]>(
    `select a.goes_well, a.revision from self_evaluation_answer a join norm n on n.id = a.norm_id where a.cycle_id = ? and n.code = ?`,
    [cycleId, firstNormCode],
  );
  expect(saved).toEqual({ goes_well: `“${respondents[2].goesWell}”`, revision: 1 });
  await checkPage(officerPage, 'respondents-officer-cited');
});
