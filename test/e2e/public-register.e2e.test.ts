import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage, cspViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { GqlSession } from '../support/gql';
import { startStack, type Stack } from '../support/stack';

/**
 * The public register in Chromium without logging in: awarded certificates listed and searchable,
 * verification by number (valid and unknown), and the English switch.
 */
const RUN = `Reg${randomUUID().slice(0, 6)}`;

let stack: Stack;
let browser: Browser;
let page: Page;
let first: ParkedCycle;
let second: ParkedCycle;
let firstNumber: string;

const sql = async (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`No client build at ${CLIENT_DIST}: run \`npm run build:client\` first (npm test does), or set CLIENT_DIST.`);
  }
  stack = await startStack();
  const decider = { deciderEmail: 'commissie@swn.demo', deciderPassword: DEMO_PASSWORD };
  [first, second] = await Promise.all([
    driveCycle(stack.url, stack.orm.em.fork(), 'VALID', { label: `${RUN} Eerste`, ...decider }),
    driveCycle(stack.url, stack.orm.em.fork(), 'VALID', { label: `${RUN} Tweede`, ...decider }),
  ]);
  [{ number: firstNumber }] = await sql(`select number from certificate where cycle_id = ?`, [first.cycleId]);
  browser = await launchChromium();
  // No login: the register is for everyone.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('lists awarded certificates and searches them, without logging in', async () => {
  await page.goto(`${stack.url}/register`);
  await page.getByRole('heading', { level: 1, name: 'Openbaar register' }).waitFor();
  await page.getByTestId('register-row').first().waitFor();
  // Nobody is signed in: the login form is not shown, the register is.
  await expect(page.getByLabel('Wachtwoord').count()).resolves.toBe(0);
  await checkPage(page, 'public-register');

  const rows = page.getByTestId('register-row');
  await page.getByLabel('Zoeken op organisatie of plaats').fill(RUN);
  await page.getByTestId('register-count').filter({ hasText: /^\s*2 certificaten gevonden\./ }).waitFor();
  await expect(rows.count()).resolves.toBe(2);

  await page.getByLabel('Zoeken op organisatie of plaats').fill(first.org.organisation.name);
  await page.getByTestId('register-count').filter({ hasText: /^\s*1 certificaat gevonden\./ }).waitFor();
  const row = rows.first();
  await expect(row.getAttribute('data-number')).resolves.toBe(firstNumber);
  const cells = await row.locator('th, td').allTextContents();
  // Organisation (with its certificate number), place, variant and scope, institution, framework version, valid until, status.
  expect(cells).toEqual([
    `${first.org.organisation.name}${firstNumber}`,
    'Utrecht',
    'Externe auditHele organisatie',
    first.ci.ci.name,
    expect.stringMatching(/^Testkader \w+ 1$/),
    expect.stringMatching(/^\d{1,2} \w+ \d{4}$/),
    'Geldig',
  ]);
  // The search is kept in the address, so a search can be shared.
  expect(new URL(page.url()).searchParams.get('q')).toBe(first.org.organisation.name);

  // The API says the same.
  const api = await new GqlSession(stack.url).ok(`query($s: String) { register(first: 5, search: $s) { totalCount nodes { certificateNumber status } } }`, {
    s: first.org.organisation.name,
  });
  expect(api.register).toEqual({ totalCount: 1, nodes: [{ certificateNumber: firstNumber, status: 'VALID' }] });

  await page.getByLabel('Zoeken op organisatie of plaats').fill(`${RUN} bestaat niet`);
  await page.getByTestId('register-empty').filter({ hasText: 'Geen certificaten gevonden' }).waitFor();
});

it('offers the whole register as open data from the register page: a CSV download and the JSON', async () => {
  await page.goto(`${stack.url}/register`);
  const links = page.getByTestId('register-open-data');
  const [download] = await Promise.all([page.waitForEvent('download'), links.getByRole('link', { name: 'CSV (voor een spreadsheet)' }).click()]);
  expect(download.suggestedFilename()).toBe('register.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^certificateNumber,organisationName,place,.*,status,kind$/);
  expect(csv).toContain(firstNumber);
  const [response] = await Promise.all([page.waitForResponse(`${stack.url}/register.json`), links.getByRole('link', { name: 'JSON' }).click()]);
  const data = await response.json();
  expect(data.entries.map((e: { certificateNumber: string }) => e.certificateNumber)).toContain(firstNumber);
});

it('verifies a certificate by number: valid, and an unknown number says so', async () => {
  await page.goto(`${stack.url}/register?q=${encodeURIComponent(second.org.organisation.name)}`);
  const [{ number: secondNumber }] = await sql(`select number from certificate where cycle_id = ?`, [second.cycleId]);
  await page.getByRole('link', { name: `Controleer ${secondNumber}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Certificaat controleren' }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/register/verify/${secondNumber}`);
  const status = page.getByTestId('verify-status');
  await status.waitFor();
  await expect(status.getAttribute('data-status')).resolves.toBe('VALID');
  await expect(status.textContent()).resolves.toMatch(/^Geldig: dit certificaat is geldig tot en met \d{1,2} \w+ \d{4}\.$/);
  await expect(page.getByTestId('verify-organisation').textContent()).resolves.toBe(second.org.organisation.name);
  await checkPage(page, 'public-verify-valid');
  // The certificate document, in the page's language; Chromium opens PDFs in its viewer or downloads them.
  const pdfLink = page.getByRole('link', { name: 'Certificaat downloaden (PDF)' });
  expect(await pdfLink.getAttribute('href')).toBe(`/certificates/${secondNumber}.pdf?lang=nl`);
  const pdf = await fetch(`${stack.url}${await pdfLink.getAttribute('href')}`);
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

  // The form: empty is refused beside the field; a number nobody holds is "unknown".
  await page.goto(`${stack.url}/register/verify`);
  await page.getByRole('button', { name: 'Controleren' }).click();
  await page.locator('#verify-number-error').filter({ hasText: 'Vul een certificaatnummer in.' }).waitFor();
  await expect(page.getByLabel('Certificaatnummer').getAttribute('aria-invalid')).resolves.toBe('true');

  await page.getByLabel('Certificaatnummer').fill('KSSW-1999-99999');
  await page.getByRole('button', { name: 'Controleren' }).click();
  await page.getByTestId('verify-unknown').filter({ hasText: 'Het nummer KSSW-1999-99999 is onbekend.' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/register/verify/KSSW-1999-99999');
  const unknown = await new GqlSession(stack.url).ok(`query($n: String!) { verifyCertificate(number: $n) { status } }`, { n: 'KSSW-1999-99999' });
  expect(unknown.verifyCertificate).toBeNull();
  await checkPage(page, 'public-verify-unknown');

  // Typed in lower case, the number is still found.
  await page.getByLabel('Certificaatnummer').fill(firstNumber.toLowerCase());
  await page.getByRole('button', { name: 'Controleren' }).click();
  await page.getByTestId('verify-organisation').filter({ hasText: first.org.organisation.name }).waitFor();
});

it('switches to English', async () => {
  await page.goto(`${stack.url}/register/verify/${firstNumber}`);
  await page.getByTestId('verify-status').waitFor();
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN' }).click();
  await page.getByRole('heading', { level: 1, name: 'Verify a certificate' }).waitFor();
  await expect(page.getByTestId('verify-status').textContent()).resolves.toMatch(/^Valid: this certificate is valid until \d{1,2} \w+ \d{4}\.$/);
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');

  await page.getByRole('link', { name: 'Back to the register' }).click();
  await page.getByRole('heading', { level: 1, name: 'Public register' }).waitFor();
  await page.getByLabel('Search by organisation or place').fill(RUN);
  await page.getByTestId('register-count').filter({ hasText: /^\s*2 certificates found\./ }).waitFor();
  await expect(page.getByTestId('register-row').first().textContent()).resolves.toContain('Valid');
  await checkPage(page, 'public-register-en');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'NL' }).click();
  await page.getByRole('heading', { level: 1, name: 'Openbaar register' }).waitFor();
});

it('runs under its Content-Security-Policy: a script injected into the page is blocked, and the check reports it', async () => {
  await page.goto(`${stack.url}/register`);
  await page.getByTestId('register-row').first().waitFor();
  expect(await cspViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(script);
  });
  await expect(page.evaluate(() => document.body.dataset.injected)).resolves.toBeUndefined();
  expect(await cspViolations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline /)]);
});
