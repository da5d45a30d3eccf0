import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { browserSuite } from './browser-suite';

/**
 * The learning-climate scan in Chromium, with the demo organisation's team (threshold 3): the coordinator opens
 * a round at 1366 px, the professional answers it on a 390 px phone (a statement left open is said first), two
 * colleagues' answers are added as rows, the coordinator closes the round and sees the team's averages, and the
 * team lead records what the team agreed, in Dutch and English. The accessibility check runs on each state.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const PERIOD = `Najaar ${randomUUID().slice(0, 4)}`;
const suite = browserSuite({ worker: false });
const { sql } = suite;

async function signIn(email: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await suite.signIn(email, DEMO_PASSWORD, viewport);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  await page.goto(`${suite.stack.url}/learning-climate`);
  await page.getByRole('heading', { level: 1, name: 'Leerklimaat' }).waitFor();
  return page;
}

it('the coordinator opens a round for the team at 1366 px', async () => {
  const page = await signIn('opleidingen@voorbeeldstad.demo', DESKTOP);
  await page.getByLabel('Periode').fill(PERIOD);
  await page.getByLabel('Wijkteam Centrum').check();
  await page.getByRole('button', { name: 'Ronde openen' }).click();
  await page.getByTestId('climate-round').filter({ hasText: PERIOD }).filter({ hasText: 'open' }).waitFor();
  await checkPage(page, 'organisation-climate-rounds');
});

it('a professional answers the scan on a 390 px phone; a statement left open is said first', async () => {
  const page = await signIn('professional@voorbeeldstad.demo', PHONE);
  const form = page.getByTestId('climate-scan-form');
  await form.getByText('Voorbeeldvragen van LabelCycle, geen tekst van het keurmerk.').waitFor();
  await checkPage(page, 'organisation-climate-scan-phone');
  const groups = form.getByRole('group');
  const count = await groups.count();
  expect(count).toBe(9);
  for (let i = 1; i < count; i++) await groups.nth(i).getByLabel(String(4)).check();
  await page.getByRole('button', { name: 'Versturen' }).click();
  await groups.nth(0).getByText('Geef bij elke uitspraak een score.').waitFor();
  await groups.nth(0).getByLabel('3').check();
  await page.getByRole('button', { name: 'Versturen' }).click();
  await page.getByText('U vulde de scan voor Wijkteam Centrum in. Dank u wel!').waitFor();
  await checkPage(page, 'organisation-climate-scan-answered');
});

it('the coordinator closes the round and sees the team’s averages once three people answered', async () => {
  // Two colleagues' answers, as rows without a person (as the scan stores them).
  const [round] = await sql(`select r.id, s.questions from climate_scan_round r join climate_scan_question_set s on s.id = r.question_set_id where r.period = ?`, [PERIOD]);
  const [team] = await sql(`select id from team where name = 'Wijkteam Centrum'`);
  const scores = Object.fromEntries((round.questions as { id: string }[]).map((q) => [q.id, 5]));
  for (let i = 0; i < 2; i++) await sql(`insert into climate_scan_response (id, round_id, team_id, scores) values (?, ?, ?, ?)`, [randomUUID(), round.id, team.id, JSON.stringify(scores)]);

  const page = await signIn('opleidingen@voorbeeldstad.demo', DESKTOP);
  await page.getByRole('button', { name: `Ronde sluiten (${PERIOD})` }).click();
  await page.getByTestId('climate-round').filter({ hasText: PERIOD }).filter({ hasText: 'gesloten' }).waitFor();
  const row = page.getByTestId('climate-results').getByRole('row', { name: /Wijkteam Centrum/ });
  // (3 + 5 + 5) / 3 for the first condition's first statement and 4, 5, 5 for the rest: 4.56 → 4.6.
  await row.getByRole('cell', { name: '3', exact: true }).waitFor();
  await row.getByRole('cell', { name: '4.6' }).waitFor();
  await checkPage(page, 'organisation-climate-results');
});

it('the team lead records what the team agreed at 1366 px, and the screen reads the same in English', async () => {
  const page = await signIn('teamleider@voorbeeldstad.demo', DESKTOP);
  await page.getByLabel('Afspraak van Wijkteam Centrum').fill('We plannen elke maand een leermoment.');
  await page.getByRole('button', { name: 'Afspraak bewaren' }).click();
  await page.getByText('Bewaard.').waitFor();
  await checkPage(page, 'organisation-climate-agreement');
  const [saved] = await sql(`select a.text from climate_team_agreement a join climate_scan_round r on r.id = a.round_id where r.period = ?`, [PERIOD]);
  expect(saved.text).toBe('We plannen elke maand een leermoment.');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Learning climate' }).waitFor();
  await page.getByRole('button', { name: 'Save agreement' }).waitFor();
  await checkPage(page, 'organisation-climate-agreement-en');
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Leerklimaat' }).waitFor();
});
