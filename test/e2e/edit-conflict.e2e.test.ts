import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { checkPage } from '../support/axe';
import { launchChromium, signedInBrowser } from '../support/browser';
import { placeCycle } from '../support/content-fixtures';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { START_CYCLE, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * Two people on one self-evaluation, each in a browser of their own. Rosa (the quality officer) and Sam (an
 * internal auditor) edit the same norm from the same revision; the second save is refused, Sam sees Rosa's
 * version beside his own and chooses: save mine, or combine both. Rosa's page shows the outcome without
 * reloading. Sam's page is kept from polling while he types, so his save is the one that meets the conflict
 * (with polling on, his page could take Rosa's save first and there would be nothing to resolve).
 */

let stack: Stack;
let browser: Browser;
let org: OrgFixture;
let cycleId: string;
const contexts: BrowserContext[] = [];
let rosa: Page;
let sam: Page;

const conn = () => stack.orm.em.fork().getConnection();

async function signedIn(email: string): Promise<Page> {
  const { context, page } = await signedInBrowser(browser, stack.url, { email, password: PASSWORD });
  contexts.push(context);
  await page.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();
  await page.locator('fieldset[data-testid^="norm-"]').first().waitFor();
  return page;
}

/** Holds back the page's live reads, as a page that has not polled since someone else saved. */
async function pausePolling(page: Page): Promise<void> {
  await page.route('**/graphql', (route) => (route.request().postData()?.includes('SelfEvaluationLive') ? route.abort() : route.fallback()));
}

async function storedGoesWell(normCode: string): Promise<{ goes_well: string; revision: number }> {
  const [row] = await conn().execute<{ goes_well: string; revision: number }[]>(
    `select a.goes_well, a.revision from self_evaluation_answer a join norm n on n.id = a.norm_id where a.cycle_id = ? and n.code = ?`,
    [cycleId, normCode],
  );
  return row;
}

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  stack = await startStack();
  org = await createOrganisation(stack.orm.em.fork(), 'E2E-conflict');
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  cycleId = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await placeCycle(conn(), cycleId, 'SELF_EVALUATION');
  browser = await launchChromium();
  rosa = await signedIn(org.officer);
  sam = await signedIn(org.internalAuditor);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.stop();
});

const norm = (page: Page, index: number) => page.locator('fieldset[data-testid^="norm-"]').nth(index);
const goesWell = (page: Page, index: number) => norm(page, index).getByLabel('Wat gaat goed');

async function save(page: Page, index: number, text: string) {
  await goesWell(page, index).fill(text);
  await goesWell(page, index).blur();
}

/** Saves and waits until the page says it is saved. */
async function saved(page: Page, index: number, text: string) {
  await save(page, index, text);
  await norm(page, index).getByTestId('save-status').filter({ hasText: 'Opgeslagen' }).waitFor();
}

it('keep mine: the later save meets the conflict, shows both versions, and wins only when chosen', async () => {
  await pausePolling(sam);
  const code = (await norm(rosa, 0).getAttribute('data-testid'))!.replace('norm-', '');
  await saved(rosa, 0, 'versie A');

  await save(sam, 0, 'versie B');
  const conflict = norm(sam, 0).getByTestId('edit-conflict');
  await conflict.waitFor();
  await conflict.getByText(/heeft dit .* veranderd/).waitFor();
  expect(await conflict.getByTestId('conflict-goesWell').getByTestId('conflict-mine').textContent()).toBe('versie B');
  expect(await conflict.getByTestId('conflict-goesWell').getByTestId('conflict-theirs').textContent()).toBe('versie A');
  // Nothing was overwritten, and Sam's text is still in his field.
  expect(await storedGoesWell(code)).toEqual({ goes_well: 'versie A', revision: 1 });
  expect(await goesWell(sam, 0).inputValue()).toBe('versie B');
  await checkPage(sam, 'self-evaluation-edit-conflict');

  await conflict.getByRole('button', { name: 'Mijn versie opslaan' }).click();
  await norm(sam, 0).getByTestId('save-status').filter({ hasText: 'Opgeslagen' }).waitFor();
  expect(await conflict.count()).toBe(0);
  expect(await storedGoesWell(code)).toEqual({ goes_well: 'versie B', revision: 2 });
  // Rosa's page follows within seconds, without reloading.
  await rosa.waitForFunction((selector) => (document.querySelector(selector) as HTMLTextAreaElement | null)?.value === 'versie B', `fieldset[data-testid="norm-${code}"] textarea[name="goesWell"]`, { timeout: 10_000 });
});

it('combine: both texts go into the field to edit, and the combined text is saved', async () => {
  const code = (await norm(rosa, 1).getAttribute('data-testid'))!.replace('norm-', '');
  await saved(rosa, 1, 'tekst van Rosa');

  await save(sam, 1, 'tekst van Sam');
  const conflict = norm(sam, 1).getByTestId('edit-conflict');
  await conflict.waitFor();
  await conflict.getByRole('button', { name: 'Samenvoegen' }).click();
  expect(await goesWell(sam, 1).inputValue()).toBe('tekst van Sam\n\ntekst van Rosa');
  await norm(sam, 1).getByTestId('save-status').filter({ hasText: 'Opgeslagen' }).waitFor();
  expect(await storedGoesWell(code)).toEqual({ goes_well: 'tekst van Sam\n\ntekst van Rosa', revision: 2 });

  // Edited further into one text, from the revision the combination started.
  await saved(sam, 1, 'tekst van Sam en Rosa samen');
  expect(await storedGoesWell(code)).toEqual({ goes_well: 'tekst van Sam en Rosa samen', revision: 3 });
  await checkPage(sam, 'self-evaluation-after-combine');
});
