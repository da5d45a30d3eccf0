import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { launchChromium } from '../support/browser';
import { startStack, type Stack } from '../support/stack';

/** The calendar feed from the settings page in Chromium: made, copied out, renewed and stopped. */
let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  stack = await startStack({ worker: false });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The api listens on a free port the config does not know; the feed works the same under it. */
const reachable = (address: string) => `${stack.url}${new URL(address).pathname}`;

it('makes a calendar address in the settings, which a calendar can fetch, and renews and stops it', async () => {
  await page.goto(stack.url);
  await page.getByLabel('E-mailadres').fill('kwaliteit@rivierenland.demo');
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
  const section = page.getByTestId('calendar-feed');
  await section.getByText('U heeft nog geen agenda-adres.').waitFor();

  await section.getByRole('button', { name: 'Agenda-adres maken' }).click();
  const address = section.getByLabel('Uw agenda-adres');
  await address.waitFor();
  const first = await address.inputValue();
  expect(first).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const calendar = await fetch(reachable(first));
  expect(calendar.status).toBe(200);
  expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*X-WR-TIMEZONE:Europe\/Amsterdam[\s\S]*END:VCALENDAR\r?\n?$/);
  await section.getByText(/U heeft een agenda-adres sinds/).waitFor();
  await checkPage(page, 'settings-calendar');

  await section.getByRole('button', { name: 'Nieuw adres maken' }).click();
  await page.waitForFunction((old) => (document.getElementById('calendar-address') as HTMLInputElement | null)?.value !== old, first);
  const second = await address.inputValue();
  expect((await fetch(reachable(first))).status).toBe(404);
  expect((await fetch(reachable(second))).status).toBe(200);

  await section.getByRole('button', { name: 'Adres stoppen' }).click();
  await section.getByRole('status').filter({ hasText: 'Het agenda-adres werkt niet meer.' }).waitFor();
  await section.getByText('U heeft nog geen agenda-adres.').waitFor();
  expect((await fetch(reachable(second))).status).toBe(404);
});
