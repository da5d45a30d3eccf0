import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const OUTPUT_DIR = path.resolve(__dirname, '../../test-output');

/** Debian's Chromium, headless, with the network chatter it would otherwise attempt switched off. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium package or set CHROMIUM_PATH.`);
  }
  mkdirSync(path.join(OUTPUT_DIR, 'screenshots'), { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

type Viewport = { width: number; height: number };

/** A browser of its own (own cookies), in Dutch and Dutch time, signed in to nothing. */
export async function freshBrowser(browser: Browser, viewport: Viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  return { context, page: await context.newPage() };
}

/** A browser of its own for one person, signed in through the login page. */
export async function signedInBrowser(
  browser: Browser,
  url: string,
  { email, password, viewport }: { email: string; password: string; viewport?: Viewport },
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await freshBrowser(browser, viewport);
  await page.goto(url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  return { context, page };
}

/**
 * Switches a signed-in screen from Dutch to English through the language switch, as a person would: on a phone
 * the switch sits in the header's menu, which is opened for it and closed again.
 */
export async function switchToEnglish(page: Page): Promise<void> {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  const folded = await menu.isVisible();
  if (folded) await menu.click();
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN' }).click();
  await page.getByRole('group', { name: 'Language' }).waitFor();
  if (folded) await menu.click();
}
