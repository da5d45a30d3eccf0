import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { PASSWORD } from '../support/fixtures';
import { browserSuite } from './browser-suite';

/**
 * On a phone (390 × 844): a one-row header whose menu opens, closes and navigates by keyboard too, the
 * sections in one row, and tables shown as cards with every value under its column's name, nothing
 * wider than the screen and axe-clean.
 */
const PHONE = { width: 390, height: 844 };
const suite = browserSuite();
let parked: ParkedCycle;

beforeAll(async () => {
  parked = await driveCycle(suite.stack.url, suite.stack.orm.em.fork(), 'DATES_PROPOSED', { label: 'Telefoon' });
}, 180_000);

const headerHeight = async (page: Page) => (await page.getByRole('banner').boundingBox())!.height;
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Each table on the page is cards: the headings hidden (but for sort buttons), each value labelled with its column. */
async function expectCards(page: Page, atLeast = 1): Promise<void> {
  const tables = await page.locator('table.table').evaluateAll((els: HTMLTableElement[]) =>
    els.map((table) => ({
      display: getComputedStyle(table).display,
      // Hidden, or only the headings that sort the table, as buttons.
      headHidden:
        !table.tHead ||
        table.tHead.getBoundingClientRect().height <= 1 ||
        [...table.tHead.querySelectorAll('th')].every((th) => getComputedStyle(th).display === 'none' || th.querySelector('button') !== null),
      unlabelled: [...table.querySelectorAll('tbody td')].filter((td) => !td.hasAttribute('data-label') && td.getAttribute('colspan') === null).length,
    })),
  );
  expect(tables.length).toBeGreaterThanOrEqual(atLeast);
  for (const table of tables) expect(table).toEqual({ display: 'block', headHidden: true, unlabelled: 0 });
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
}

it('keeps the header to one row, with a menu that opens, navigates and closes by keyboard', async () => {
  const page = await suite.signIn(parked.org.officer, PASSWORD, PHONE);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await headerHeight(page)).toBeLessThanOrEqual(120);
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
  expect(await page.getByRole('banner').getByRole('link', { name: 'Instellingen' }).isVisible()).toBe(false);
  // The unread notifications stay in view beside the menu.
  expect(await page.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).isVisible()).toBe(true);
  // The sections take one row too: the first heading sits high on the screen.
  const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(h1.y).toBeLessThanOrEqual(260);
  await checkPage(page, 'phone-organisation-overview');

  await menu.click();
  await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
  await checkPage(page, 'phone-menu-open');
  await page.getByRole('banner').getByRole('link', { name: 'Instellingen' }).click();
  await page.waitForURL((url) => url.pathname === '/settings');
  await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');

  // Keyboard: Enter opens, Tab reaches the links, Escape closes and puts focus back on the button.
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Openbaar register');
  await page.keyboard.press('Escape');
  await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
  expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

  // The notifications, one tap away beside the menu, with the sections still there.
  await page.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).click();
  await page.getByTestId('notification').first().waitFor();
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Meldingen' }).waitFor();
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await checkPage(page, 'phone-notifications');
});

it("keeps the party's sections to one row that scrolls, with the current one in view", async () => {
  const page = await suite.signIn(parked.org.officer, PASSWORD, PHONE);
  const nav = page.getByRole('navigation', { name: 'Onderdelen van de cyclus' });
  await nav.getByRole('link', { name: 'Overzicht' }).waitFor();
  expect((await nav.boundingBox())!.height).toBeLessThanOrEqual(60);
  await nav.getByRole('link', { name: 'Externe audit' }).click();
  await page.waitForURL((url) => url.pathname === '/external-audit');
  await page.getByTestId('external-audit-page').waitFor();
  // A section far along the row: going there brings it into view in the row.
  await nav.getByRole('link', { name: 'Meldingen' }).click();
  await page.waitForURL((url) => url.pathname === '/notifications');
  const current = nav.locator('[aria-current="page"]');
  await expect(current.textContent()).resolves.toBe('Meldingen');
  const box = (await current.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await checkPage(page, 'phone-organisation-notifications-sections');
});

it('shows the institution inbox as cards, axe-clean', async () => {
  const page = await suite.signIn(parked.ci.manager, PASSWORD, PHONE);
  await page.locator(`tr[data-cycle-id="${parked.cycleId}"]`).first().waitFor();
  await expectCards(page);
  await page.locator(`tr[data-cycle-id="${parked.cycleId}"] td[data-label]`).first().waitFor();
  await checkPage(page, 'phone-institution-inbox');
  await page.goto(`${suite.stack.url}/cycles/${parked.cycleId}/scheduling`);
  await page.getByRole('navigation', { name: 'Certificerende instelling' }).getByRole('link', { name: 'Inbox' }).waitFor();
  expect(await headerHeight(page)).toBeLessThanOrEqual(120);
  await checkPage(page, 'phone-institution-scheduling');
});

it('shows the sector tables as cards, axe-clean', async () => {
  const page = await suite.signIn('secretariaat@swn.demo', DEMO_PASSWORD, PHONE);
  await page.getByRole('navigation', { name: 'Onderdelen sectororganisatie' }).getByRole('link', { name: 'Overzicht' }).waitFor();
  // Pages whose tables have rows in this stack are checked as cards; the others (nothing to decide or register
  // yet) are checked for what they show instead.
  for (const [path, name, rows] of [
    ['/', 'sector-overview', true],
    ['/institutions', 'sector-institutions', true],
    ['/frameworks', 'sector-frameworks', true],
    ['/decisions', 'sector-decisions', false],
    ['/register-management', 'sector-register-management', false],
    ['/insights', 'sector-insights', false],
  ] as const) {
    await page.goto(`${suite.stack.url}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (rows) await page.locator('table.table tbody tr').first().waitFor();
    else await page.waitForLoadState('networkidle');
    await expectCards(page, rows ? 1 : 0);
    await checkPage(page, `phone-${name}`);
  }
});

it('keeps the public register within the screen, axe-clean', async () => {
  const page = await suite.signIn(parked.org.officer, PASSWORD, PHONE);
  await page.goto(`${suite.stack.url}/register`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectCards(page, 0);
  await checkPage(page, 'phone-public-register');
});
