import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { launchChromium } from '../support/browser';
import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { inDutch } from '../support/dates';
import { PASSWORD } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * The screens work without a mouse: the skip link, signing in, moving between sections and acting on a
 * form with Tab, Space and Enter only, with a focus indicator visible on every stop.
 */
let stack: Stack;
let browser: Browser;
let page: Page;
let parked: ParkedCycle;

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  stack = await startStack();
  parked = await driveCycle(stack.url, stack.orm.em.fork(), 'DATES_PROPOSED', { label: 'Toetsenbord' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** What has focus now: its accessible text or label, and whether an outline is drawn around it. */
function focused(): Promise<{ tag: string; text: string; outline: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.getAttribute('aria-label') ?? (el as HTMLInputElement | null)?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim(),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

/** Presses Tab until the focused element's text matches, failing after a bounded number of stops. */
async function tabTo(text: RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused();
    if (text.test(now.text)) {
      // Every stop the keyboard reaches shows where it is.
      expect(now.outline).not.toMatch(/^none/);
      return;
    }
  }
  throw new Error(`No element matching ${text} within ${max} Tab presses`);
}

it('signs in, moves to a section and confirms an audit date with the keyboard alone', async () => {
  await page.goto(stack.url);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

  // The first Tab stop is the skip link; Enter takes focus to the main content.
  await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Naar de inhoud');
  await page.keyboard.press('Enter');
  expect((await focused()).tag).toBe('main');

  await tabTo(/^E-mailadres$/);
  await page.keyboard.type(parked.org.officer);
  await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Wachtwoord');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByTestId('phase').filter({ hasText: 'Externe audit' }).waitFor();

  await tabTo(/^Externe audit$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Externe audit' }).waitFor();

  // A radio group is one Tab stop; Space picks the date, then Tab to the button and Enter sends it.
  const [{ dates }] = await stack.orm.em.fork().getConnection().execute(`select proposed_audit_dates::text[] as dates from cycle where id = ?`, [parked.cycleId]);
  expect(dates).toHaveLength(2);
  await tabTo(new RegExp(`^(${(dates as string[]).map(inDutch).join('|')})$`));
  await page.keyboard.press('Space');
  const chosen = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  await tabTo(/^Datum bevestigen$/);
  await page.keyboard.press('Enter');
  // The check takes the focus to its heading; the next Tab stop is Confirm.
  await page.getByTestId('confirm-step').getByRole('heading').filter({ hasText: 'Controleer en bevestig' }).waitFor();
  await tabTo(/^Bevestigen$/);
  await page.keyboard.press('Enter');
  await page.locator(`[data-testid="confirmed-date"][data-date="${chosen}"]`).waitFor();
  const [row] = await stack.orm.em.fork().getConnection().execute(`select step, confirmed_audit_date::text as date from cycle where id = ?`, [parked.cycleId]);
  expect(row).toEqual({ step: 'AUDITING', date: chosen });
}, 120_000);
