import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { launchChromium, signedInBrowser } from '../support/browser';
import { today } from '../support/dates';
import { startStack, type Stack } from '../support/stack';

/**
 * The room-for-learning screens in Chromium, with the demo organisation's team: a professional registers
 * learning time on a phone (a refused number of hours is shown beside its field first), and the team lead
 * sees the team's chart with the table that says the same. The accessibility check runs on each state.
 */
const PHONE = { width: 390, height: 844 };
let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];
const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);

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

async function signIn(email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await signedInBrowser(browser, stack.url, { email, password: DEMO_PASSWORD, viewport });
  contexts.push(context);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  return page;
}

it('a professional registers learning time on a 390 px phone', async () => {
  const page = await signIn('professional@voorbeeldstad.demo', PHONE);
  await page.goto(`${stack.url}/learning-time`);
  await page.getByRole('heading', { level: 1, name: 'Leertijd' }).waitFor();
  const [{ id: personId }] = await sql(`select id from app_user where email = ?`, ['professional@voorbeeldstad.demo']);
  const count = async () => (await sql(`select count(*)::int as n from learning_entry where person_id = ?`, [personId]))[0].n as number;
  const before = await count();
  await checkPage(page, 'organisation-learning-time');

  // Not in quarters of an hour: said beside the hours, and nothing registered.
  await page.getByLabel('Uren').fill('1,1');
  await page.getByLabel('Soort').selectOption('INTERVISION');
  await page.getByRole('button', { name: 'Registreren' }).click();
  await page.locator('#learning-hours[aria-invalid="true"]').waitFor();
  expect(await page.locator('#learning-hours-error').textContent()).toMatch(/quarters/);
  expect(await count()).toBe(before);

  await page.getByLabel('Uren').fill('1,5');
  await page.getByLabel('Thema (optioneel)').fill('Huiselijk geweld');
  await page.getByRole('button', { name: 'Registreren' }).click();
  await page.getByRole('status').filter({ hasText: 'Geregistreerd.' }).waitFor();
  const [row] = await sql(`select date::text, hours, kind, theme from learning_entry where person_id = ? order by created_at desc limit 1`, [personId]);
  expect(row).toEqual({ date: today(), hours: '1.50', kind: 'INTERVISION', theme: 'Huiselijk geweld' });
  expect(await count()).toBe(before + 1);
  await page.getByTestId('learning-entry-row').filter({ hasText: 'Huiselijk geweld' }).waitFor();
  // Fits the phone: nothing sticks out sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await checkPage(page, 'organisation-learning-time-registered');
});

it('the team lead sees the team chart and the same figures as a table', async () => {
  const page = await signIn('teamleider@voorbeeldstad.demo');
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Leren per team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Leren per team' }).waitFor();
  await page.getByTestId('learning-chart').waitFor();
  const table = page.getByTestId('learning-overview-table');
  await table.waitFor();
  expect(await table.locator('tbody tr').count()).toBe(12);
  // This month has three contributors, the demo's threshold: its figures show.
  const month = new Date(`${today().slice(0, 7)}-15T12:00:00Z`).toLocaleDateString('nl-NL', { month: 'long' });
  const thisMonth = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: month, exact: true }) });
  expect(await thisMonth.locator('td').nth(2).textContent()).toBe('3');
  await checkPage(page, 'organisation-learning-overview');
});
