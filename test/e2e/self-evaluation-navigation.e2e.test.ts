import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { checkPage } from '../support/axe';
import { launchChromium, signedInBrowser } from '../support/browser';
import { command } from '../support/cycle-driver';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { clickAndConfirm } from '../support/confirm-step';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/**
 * Finding one's way through the self-evaluation: focus on the screen's heading after signing in and after
 * each navigation, the score radios saved once the arrow keys stop, the table of contents with a status
 * per norm, the way to the next norm without a score, and links from the incomplete-submit message.
 */
let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let org: OrgFixture;
let cycleId: string;

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  stack = await startStack();
  org = await createOrganisation(stack.orm.em.fork(), 'Zelfevaluatie-navigatie');
  // The demo framework: its competencies' links to norms are presumed, which the page says once.
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  const started = await officer.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40, frameworkVersionId: stack.demo.framework.id },
  });
  cycleId = started.startCycle.id;
  await officer.ok(command('completePreparation', 'CompletePreparationInput'), { i: { cycleId, clientMutationId: mutationId() } });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

/** The focused element: its tag, text and drawn outline. */
function focused() {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent ?? '').trim(), outline: getComputedStyle(el).outlineStyle };
  });
}

async function savedScores(): Promise<Record<string, string | null>> {
  const rows: { code: string; score: string | null }[] = await stack.orm.em
    .fork()
    .getConnection()
    .execute(`select n.code, a.score from self_evaluation_answer a join norm n on n.id = a.norm_id where a.cycle_id = ?`, [cycleId]);
  return Object.fromEntries(rows.map((r) => [r.code, r.score]));
}

/** The saveSelfEvaluationAnswer requests the page sends from now on. */
function countSaves(): { count: () => number } {
  let n = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && (request.postData() ?? '').includes('saveSelfEvaluationAnswer')) n += 1;
  });
  return { count: () => n };
}

const norms = () => page.locator('fieldset[data-testid^="norm-"]');

it('puts focus on the heading after signing in and after following a link', async () => {
  ({ context, page } = await signedInBrowser(browser, stack.url, { email: org.officer, password: PASSWORD }));
  await page.getByTestId('phase').filter({ hasText: 'Zelfevaluatie' }).waitFor();
  await waitFor('the heading to take focus after signing in', async () => (await focused()).tag === 'h1', 10_000);
  const afterLogin = await focused();
  expect(afterLogin.text).toBe(await page.locator('main h1').textContent());
  // No outline jumps onto the heading: it is a landing place, not a control.
  expect(afterLogin.outline).toBe('none');

  await page.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();
  await norms().first().waitFor();
  await waitFor('the self-evaluation heading to take focus', async () => (await focused()).text === 'Zelfevaluatie', 10_000);
  expect(await focused()).toEqual(expect.objectContaining({ tag: 'h1', outline: 'none' }));
}, 60_000);

it('saves the score once the arrow keys stop, not a score per key press', async () => {
  const saves = countSaves();
  const first = norms().nth(0);
  const code = (await first.getAttribute('data-testid'))!.replace(/^norm-/, '');
  // Focus on the first radio without choosing it, as Tab would bring it; then walk the scores.
  await first.getByLabel('Voldoet', { exact: true }).focus();
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
  // Four radios: deels, niet, n.v.t., back round to voldoet, then deels: where the keys stopped.
  expect(await first.getByLabel('Voldoet deels', { exact: true }).isChecked()).toBe(true);
  await waitFor('the settled score to be saved', async () => (await savedScores())[code] === 'PARTLY_MEETS', 10_000);
  // Long enough for any later save to have gone out.
  await page.waitForTimeout(1500);
  expect(saves.count()).toBe(1);
  expect((await savedScores())[code]).toBe('PARTLY_MEETS');

  // Arrow keys and straight away off the page: the score still waiting for its pause is saved on leaving.
  const second = norms().nth(1);
  const secondCode = (await second.getAttribute('data-testid'))!.replace(/^norm-/, '');
  await second.getByLabel('Voldoet', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
  await waitFor('the pending score to be saved on leaving', async () => (await savedScores())[secondCode] === 'DOES_NOT_MEET', 10_000);
  await page.waitForTimeout(1000);
  expect(saves.count()).toBe(2);
  page.removeAllListeners('request');
}, 60_000);

it('has a table of contents with a status per norm, a way to the next unscored norm, and links from the incomplete message', async () => {
  await page.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();
  await norms().first().waitFor();
  const count = await norms().count();
  const codes = await norms().evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.replace(/^norm-/, '')));

  // Said once, as a legend, instead of after every competency.
  await page.getByTestId('competency-legend').filter({ hasText: 'vermoedelijk aan de norm gekoppeld' }).waitFor();
  expect(await page.getByText('(vermoedelijke koppeling, niet bevestigd)').count()).toBe(0);

  const contents = page.getByTestId('self-evaluation-contents');
  await contents.getByText('Inhoud per categorie').click();
  await contents.getByText(`2 van ${count} gescoord`).waitFor();
  expect(await contents.locator('li').count()).toBe(count);
  expect(await contents.locator('li[data-scored="true"]').count()).toBe(2);
  await contents.getByTestId(`contents-${codes[0]}`).getByText('gescoord', { exact: true }).waitFor();
  await contents.getByTestId(`contents-${codes[2]}`).getByText('nog geen score').waitFor();
  await checkPage(page, 'self-evaluation-contents-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, 'self-evaluation-contents-390');
  // On a phone too, the norm a link leads to lands below the sticky progress bar, not under it.
  await contents.getByTestId(`contents-${codes[3]}`).getByRole('link').click();
  await waitFor('the linked norm to take focus', async () => (await focused()).text.startsWith(codes[3]), 10_000);
  const [legendTop, headBottom] = await page.evaluate(() => [
    document.activeElement!.getBoundingClientRect().top,
    document.querySelector('.self-evaluation__head')!.getBoundingClientRect().bottom,
  ]);
  expect(legendTop).toBeGreaterThanOrEqual(headBottom);
  await page.setViewportSize({ width: 1366, height: 900 });

  // A link in the contents takes focus to that norm.
  await contents.getByTestId(`contents-${codes[4]}`).getByRole('link').click();
  await waitFor('the linked norm to take focus', async () => (await focused()).text.startsWith(codes[4]), 10_000);

  // "Next" counts from the norm last worked in: after the fifth, the sixth; the first two have scores.
  await page.getByTestId('next-unscored').click();
  await waitFor('the norm after the fifth to take focus', async () => (await focused()).text.startsWith(codes[5]), 10_000);
  await norms().nth(5).getByLabel('Voldoet', { exact: true }).click();
  await contents.getByTestId(`contents-${codes[5]}`).getByText('gescoord', { exact: true }).waitFor();
  await page.getByTestId('next-unscored').click();
  await waitFor('the next unscored norm to take focus', async () => (await focused()).text.startsWith(codes[6]), 10_000);

  // Submitting too early: the message lists the norms still to score, each a link to it.
  await clickAndConfirm(page, 'Zelfevaluatie indienen');
  const missing = page.getByTestId('still-to-score');
  await missing.filter({ hasText: 'Nog te scoren' }).waitFor();
  const listed = missing.getByRole('link');
  expect(await listed.count()).toBe(count - 3);
  await missing.getByRole('link', { name: new RegExp(`^${codes[2]} `) }).click();
  await waitFor('the missing norm to take focus', async () => (await focused()).text.startsWith(codes[2]), 10_000);
  await norms().nth(2).getByLabel('Voldoet', { exact: true }).click();
  await missing.getByRole('link', { name: new RegExp(`^${codes[2]} `) }).waitFor({ state: 'detached' });
  expect(await listed.count()).toBe(count - 4);
  await checkPage(page, 'self-evaluation-still-to-score');

  // The same in English.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await contents.getByText('Contents by category').waitFor();
  await page.getByTestId('competency-legend').filter({ hasText: 'presumably linked to the norm' }).waitFor();
  await page.getByTestId('next-unscored').filter({ hasText: 'Next norm without a score' }).waitFor();
  await missing.filter({ hasText: 'Still to score' }).waitFor();
  await checkPage(page, 'self-evaluation-contents-en');
}, 90_000);
