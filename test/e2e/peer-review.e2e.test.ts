import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { checkPage } from '../support/axe';
import { launchChromium, signedInBrowser } from '../support/browser';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * The organisation's peer-review screen in Chromium: the quality officer signs up with partners known, a
 * refused period is shown beside its field, the sign-up and the reference for partners appear, and the
 * page passes the accessibility check before and after.
 */
let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  stack = await startStack({ worker: false });
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.stop();
});

async function signIn(email: string): Promise<Page> {
  const { context, page } = await signedInBrowser(browser, stack.url, { email, password: PASSWORD });
  contexts.push(context);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  return page;
}

it('the quality officer signs up for a peer review and gets the reference for partners', async () => {
  const org = await createOrganisation(stack.orm.em.fork(), 'Intercollegiaal');
  const page = await signIn(org.officer);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Intercollegiale toets' }).click();
  await page.getByRole('heading', { level: 1, name: 'Intercollegiale adviesmeting' }).waitFor();
  await checkPage(page, 'organisation-peer-review-sign-up');

  await page.getByLabel('Gewenste periode vanaf').fill(inDays(60));
  await page.getByLabel('Gewenste periode tot en met').fill(inDays(30));
  await page.getByLabel('Omvang (fte)').fill('42');
  await page.getByLabel('Regio').fill('Drenthe');
  await page.getByLabel('Wij hebben al afspraken met partnerorganisaties').check();
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  // The period ends before it begins: said beside the end date, and nothing signed up.
  await page.locator('#peer-until[aria-invalid="true"]').waitFor();
  expect(await page.locator('#peer-until-error').textContent()).toMatch(/periodUntil/);
  expect((await stack.orm.em.fork().getConnection().execute(`select count(*)::int as n from peer_review_sign_up where organisation_id = ?`, [org.organisation.id]))[0].n).toBe(0);

  await page.getByLabel('Gewenste periode tot en met').fill(inDays(200));
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByTestId('peer-sign-up').waitFor();
  const [row] = await stack.orm.em.fork().getConnection().execute(`select id, region, fte, partners_known from peer_review_sign_up where organisation_id = ?`, [org.organisation.id]);
  expect(row).toMatchObject({ region: 'Drenthe', fte: '42.00', partners_known: true });
  expect(await page.getByTestId('peer-reference').textContent()).toBe(row.id);
  expect(await page.getByTestId('peer-group').textContent()).toContain('U zit nog niet in een groep.');
  await checkPage(page, 'organisation-peer-review-signed-up');
});
