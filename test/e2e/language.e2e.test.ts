import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { launchChromium } from '../support/browser';
import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { PASSWORD } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * Every screen of every party, in Dutch and in English, shows no words of the other language: the app's
 * own texts, the server's refusals (worded on the screen from their code and rule) and the texts the server
 * words per reader (notifications, the audit trail). One browser; each person signs in once and walks
 * their screens in both languages.
 */
let stack: Stack;
let browser: Browser;
let parked: ParkedCycle;

type Lang = 'nl' | 'en';

/**
 * Words only the other language's interface uses. Whole words or phrases, matched case-sensitively where
 * the other language shares the letters, so names and the users' own (Dutch) content do not count.
 */
const FOREIGN: Record<Lang, RegExp[]> = {
  // On a Dutch screen: English interface words and class-validator's phrasing.
  nl: [
    /\b(the|and|with|must|should|please|your)\b/,
    // Not "Log in": Dutch says it too ("Log in om …").
    /\b(Save|Submit|Cancel|Loading|Settings|Notifications|Log out|Sign in|Password|Email address|Try again)\b/,
    /\b(not found|is required|must be|Something went wrong|cannot be)\b/i,
  ],
  // On an English screen: Dutch interface words.
  en: [
    /\b(Opslaan|Indienen|Uitloggen|Inloggen|Instellingen|Meldingen|Wachtwoord|E-mailadres|Bevestigen|Annuleren|Toevoegen|Verwijderen)\b/,
    /\b(Bezig met|Probeer het opnieuw|niet gevonden|Er ging iets mis|Controleer|is verplicht)\b/,
    /Laden…/,
    // Not "Secretariaat": a demo person is called so.
    /\b(Voorbereiding|Zelfevaluatie|Verbeterplan|Externe audit|Interne audit|Kwaliteitsfunctionaris|Certificatiemanager)\b/,
    // Not Dutch function words ("geen", "niet"): the demo content and names are Dutch on every screen.
    /\b(op dit moment|Er loopt|Nog te)\b/,
  ],
};

interface Walker {
  context: BrowserContext;
  page: Page;
}

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  stack = await startStack();
  // Dates proposed: the organisation and the institution both have notifications and a cycle to show.
  parked = await driveCycle(stack.url, stack.orm.em.fork(), 'DATES_PROPOSED', { label: 'Taalronde' });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function newWalker(): Promise<Walker> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  return { context, page: await context.newPage() };
}

async function signIn({ page }: Walker, email: string, password: string): Promise<void> {
  await page.goto(stack.url);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** Switches with the app's own switch, as a reader would; the choice is kept for the next page loads. */
async function switchTo(page: Page, lang: Lang): Promise<void> {
  await page.locator(`.lang-switch button[lang="${lang}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** The page as a reader meets it: loaded, nothing still loading, no request in flight. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !/Laden…|Loading…/.test(document.body.innerText));
}

/** The words of the other language on the page (its text, title and accessible names), each with its context. */
async function foreignWords(page: Page, lang: Lang): Promise<string[]> {
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].map((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join(' '),
    );
    return [document.title, document.body.innerText, ...labels].join('\n');
  });
  return FOREIGN[lang].flatMap((pattern) => {
    const found = new RegExp(pattern.source, `${pattern.flags}g`);
    return [...text.matchAll(found)].map((m) => `"${m[0]}" in "${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ')}"`);
  });
}

async function expectOnlyLanguage(page: Page, lang: Lang, name: string): Promise<void> {
  await settled(page);
  await checkPage(page, `language-${name}-${lang}`);
  expect({ page: name, lang, foreign: await foreignWords(page, lang) }).toEqual({ page: name, lang, foreign: [] });
}

/** Walks the routes in Dutch, then the same ones in English, in one signed-in session. */
async function walk(walker: Walker, party: string, routes: string[]): Promise<void> {
  for (const lang of ['nl', 'en'] as const) {
    await walker.page.goto(stack.url);
    await settled(walker.page);
    await switchTo(walker.page, lang);
    for (const route of routes) {
      await walker.page.goto(`${stack.url}${route}`);
      const name = `${party}${route.replace(/[0-9a-f-]{36}/g, 'id').replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`;
      await expectOnlyLanguage(walker.page, lang, name);
    }
  }
}

it('the login page refuses an empty login in the screen language, never in the server English', async () => {
  const walker = await newWalker();
  try {
    const { page } = walker;
    for (const [lang, refusal] of [
      ['nl', /Vul een e-mailadres in/],
      ['en', /Enter an email address/],
    ] as const) {
      await page.goto(stack.url);
      await switchTo(page, lang);
      await page.locator('form button[type="submit"]').click();
      const error = page.locator('#login-email-error');
      await error.waitFor();
      expect(await error.innerText()).toMatch(refusal);
      expect(await error.innerText()).not.toMatch(/must be an e-mail address/);
      await expectOnlyLanguage(page, lang, 'login-empty');
    }
  } finally {
    await walker.context.close();
  }
}, 120_000);

it('the organisation screens speak one language at a time', async () => {
  const walker = await newWalker();
  try {
    await signIn(walker, parked.org.officer, PASSWORD);
    const routes = [
      '/',
      '/self-evaluation',
      '/internal-audits',
      '/external-audit',
      '/improvement-plan',
      '/evidence',
      '/peer-review',
      '/peer-auditors',
      '/peer-visits',
      '/learning',
      '/learning-time',
      '/learning-goals',
      '/learning-agenda',
      '/learning-climate',
      '/teams',
      '/learning-settings',
      '/notifications',
      '/settings',
    ];
    await walk(walker, 'organisation', routes);
    // The notifications the process sent, worded per reader: at least one is there to be read.
    await walker.page.goto(`${stack.url}/notifications`);
    await walker.page.getByTestId('notification').first().waitFor();
  } finally {
    await walker.context.close();
  }
}, 600_000);

it('the institution screens speak one language at a time', async () => {
  for (const email of [parked.ci.manager, parked.ci.lead.email]) {
    const walker = await newWalker();
    try {
      await signIn(walker, email, PASSWORD);
      const sections = ['engagement', 'scheduling', 'programme', 'findings', 'reports', 'plan'].map((s) => `/cycles/${parked.cycleId}/${s}`);
      await walk(walker, email === parked.ci.manager ? 'institution-manager' : 'institution-auditor', ['/', ...sections, '/notifications', '/settings']);
    } finally {
      await walker.context.close();
    }
  }
}, 600_000);

it('the sector body screens and the public register speak one language at a time', async () => {
  const walker = await newWalker();
  try {
    await signIn(walker, 'secretariaat@swn.demo', DEMO_PASSWORD);
    const routes = [
      '/',
      '/insights',
      '/decisions',
      `/cycles/${parked.cycleId}`,
      '/register-management',
      '/frameworks',
      `/frameworks/${parked.frameworkVersionId}`,
      '/peer-review',
      '/institutions',
      '/notifications',
      '/settings',
      '/register',
      '/register/verify',
    ];
    await walk(walker, 'sector', routes);
  } finally {
    await walker.context.close();
  }
}, 600_000);
