import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { browserSuite } from './browser-suite';
import { inDays, today } from '../support/dates';

/**
 * The room-for-learning screens in Chromium, with the demo organisation's team: a professional registers
 * learning time on a phone (a refused number of hours is shown beside its field first), and the team lead
 * sees the team's chart with the table that says the same. The professional sets a learning goal on the phone
 * and shares it, the team lead reads it, and the professional downloads and then deletes their learning data
 * (after the chart, as it removes the demo professional's entries); the coordinator sets the norm and contract
 * hours, and the quality officer makes and archives a team. On the learning agenda the professional proposes a
 * theme on the phone and the team lead shows interest and withdraws it, in Dutch and English; the coordinator
 * plans a session from the theme and records who attended, and the professional sees on the phone that the
 * hours are theirs. The accessibility check runs on each state.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const suite = browserSuite({ worker: false });
const { sql } = suite;

async function signIn(email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await suite.signIn(email, DEMO_PASSWORD, viewport);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  return page;
}

it('a professional registers learning time on a 390 px phone', async () => {
  const page = await signIn('professional@voorbeeldstad.demo', PHONE);
  await page.goto(`${suite.stack.url}/learning-time`);
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
  // The rule in Dutch, from the rule the server names, never the server's English message.
  expect(await page.locator('#learning-hours-error').textContent()).toBe('Geef uren in kwartieren (bijvoorbeeld 1,25).');
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

describe('learning goals and one’s own learning data', () => {
  const goalsOf = async (email: string) =>
    (await sql(`select g.title, g.status, g.shared_with_team_lead, jsonb_array_length(g.steps) as steps, jsonb_array_length(g.reflections) as reflections,
      (select count(*)::int from learning_goal_competency c where c.learning_goal_id = g.id) as competencies
      from learning_goal g join app_user u on u.id = g.person_id where u.email = ? order by g.created_at`, [email])) as Record<string, unknown>[];

  it('a professional sets a goal with a step, a reflection and a competency on a 390 px phone, and shares it', async () => {
    const page = await signIn('professional@voorbeeldstad.demo', PHONE);
    await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Leerdoelen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leerdoelen' }).waitFor();
    await page.getByText('U heeft nog geen leerdoelen.').waitFor();
    await checkPage(page, 'organisation-learning-goals-empty');

    await page.getByRole('button', { name: 'Nieuw leerdoel' }).click();
    // Without a title: said beside the title, and nothing saved.
    await page.getByRole('button', { name: 'Leerdoel opslaan' }).click();
    await page.locator('#goal-title[aria-invalid="true"]').waitFor();
    expect(await page.locator('#goal-title-error').textContent()).toBe('Geef uw leerdoel een titel: wat wilt u leren?');
    expect(await goalsOf('professional@voorbeeldstad.demo')).toEqual([]);
    await checkPage(page, 'organisation-learning-goal-refused');

    await page.getByLabel('Wat wilt u leren?').fill('Motiverende gespreksvoering');
    await page.getByLabel('Stand').selectOption('ACTIVE');
    await page.getByRole('group', { name: 'Competenties (optioneel)' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    await page.getByLabel('Stap 1', { exact: true }).fill('Training volgen');
    await page.getByRole('button', { name: 'Reflectie toevoegen' }).click();
    await page.getByLabel('Reflectie 1', { exact: true }).fill('Het eerste gesprek liep beter dan verwacht.');
    // A reflection on a day still to come: refused beside that reflection's date (the item's path, not a field of the form).
    await page.getByLabel('Datum van reflectie 1', { exact: true }).fill(inDays(2));
    await page.getByRole('button', { name: 'Leerdoel opslaan' }).click();
    await page.locator('#goal-reflection-date-0[aria-invalid="true"]').waitFor();
    expect(await goalsOf('professional@voorbeeldstad.demo')).toEqual([]);
    await page.getByLabel('Datum van reflectie 1', { exact: true }).fill(today());
    await page.getByLabel('Deel dit doel met de teamleider van mijn team').check();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await checkPage(page, 'organisation-learning-goal-form');
    await page.getByRole('button', { name: 'Leerdoel opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Leerdoel opgeslagen.' }).waitFor();
    expect(await goalsOf('professional@voorbeeldstad.demo')).toEqual([
      { title: 'Motiverende gespreksvoering', status: 'ACTIVE', shared_with_team_lead: true, steps: 1, reflections: 1, competencies: 1 },
    ]);
    const card = page.getByTestId('learning-goal').filter({ hasText: 'Motiverende gespreksvoering' });
    await card.getByText('Gedeeld met teamleider').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await checkPage(page, 'organisation-learning-goals');
  });

  it('the team lead reads the shared goal at 1366 px, with no way to change it', async () => {
    const page = await signIn('teamleider@voorbeeldstad.demo', DESKTOP);
    await page.goto(`${suite.stack.url}/learning-goals`);
    const shared = page.getByRole('region', { name: 'Gedeeld door mensen van uw team' });
    await shared.getByTestId('learning-goal').filter({ hasText: 'Motiverende gespreksvoering' }).getByText('Van Pim Professional').waitFor();
    expect(await shared.getByRole('button').count()).toBe(0);
    await checkPage(page, 'organisation-learning-goals-shared');
  });

  it('the professional downloads their learning data and, after the check, deletes all of it (1366 px)', async () => {
    const page = await signIn('professional@voorbeeldstad.demo', DESKTOP);
    await page.goto(`${suite.stack.url}/learning-goals`);
    const section = page.getByTestId('my-learning-data');
    await section.getByRole('heading', { name: 'Mijn leergegevens' }).waitFor();
    await checkPage(page, 'organisation-my-learning-data');

    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Alles downloaden (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('mijn-leergegevens.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.learningGoals.map((g: { title: string }) => g.title)).toEqual(['Motiverende gespreksvoering']);
    expect(exported.learningTime.length).toBeGreaterThan(0);
    const [csv] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Leertijd downloaden (CSV)' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/^\uFEFFid,date,hours,kind,theme,goal,createdAt\r\n/);

    const [{ id: personId }] = await sql(`select id from app_user where email = ?`, ['professional@voorbeeldstad.demo']);
    const counts = async () => (await sql(`select (select count(*)::int from learning_entry where person_id = ?) as entries, (select count(*)::int from learning_goal where person_id = ?) as goals`, [personId, personId]))[0];
    const before = await counts();
    await section.getByRole('button', { name: 'Al mijn leergegevens verwijderen' }).click();
    const check = page.getByTestId('confirm-step');
    await check.getByText('worden voorgoed verwijderd').waitFor();
    await checkPage(page, 'organisation-my-learning-data-confirm');
    // Back first: nothing is deleted until confirmed.
    await check.getByRole('button', { name: 'Terug' }).click();
    expect(await counts()).toEqual(before);
    await section.getByRole('button', { name: 'Al mijn leergegevens verwijderen' }).click();
    await page.getByTestId('confirm-step').getByRole('button', { name: 'Bevestigen' }).click();
    await section.getByRole('status').filter({ hasText: `Verwijderd: ${before.entries} registraties en 1 leerdoelen.` }).waitFor();
    expect(await counts()).toEqual({ entries: 0, goals: 0 });
    await page.getByText('U heeft nog geen leerdoelen.').waitFor();
    await checkPage(page, 'organisation-my-learning-data-deleted');
  });
});

describe('the learning coordinator’s settings and the quality officer’s teams', () => {
  it('the coordinator sets the norm (a threshold below three said beside its field), a budget and contract hours, at 390 and 1366 px', async () => {
    const page = await signIn('opleidingen@voorbeeldstad.demo', PHONE);
    await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Ruimte voor leren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ruimte voor leren' }).waitFor();
    await checkPage(page, 'organisation-learning-settings-phone');
    const settingsRows = async () => (await sql(`select count(*)::int as n from learning_settings`))[0].n as number;
    const before = await settingsRows();
    await page.getByLabel('Leernorm (% van de contracturen)').fill('10');
    await page.getByLabel('Drempel: cijfers vanaf zoveel personen').fill('2');
    await page.getByRole('button', { name: 'Leernorm opslaan' }).click();
    await page.locator('#settings-min[aria-invalid="true"]').waitFor();
    expect(await settingsRows()).toBe(before);
    await page.getByLabel('Drempel: cijfers vanaf zoveel personen').fill('3');
    await page.getByRole('button', { name: 'Leernorm opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    expect(await settingsRows()).toBe(before + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.setViewportSize(DESKTOP);
    await page.getByLabel('Voor', { exact: true }).selectOption({ label: 'Wijkteam Centrum' });
    await page.getByLabel('Uren per jaar').fill('-5');
    await page.getByRole('button', { name: 'Budget opslaan' }).click();
    await page.locator('#settings-budget-hours[aria-invalid="true"]').waitFor();
    await page.getByLabel('Uren per jaar').fill('450');
    await page.getByRole('button', { name: 'Budget opslaan' }).click();
    await page.getByRole('region', { name: /^Budgetten voor \d{4}, nieuwste eerst$/ }).getByRole('row').filter({ hasText: 'Wijkteam Centrum' }).filter({ hasText: '450' }).waitFor();
    await page.getByLabel('Persoon').selectOption({ label: 'Pim Professional' });
    await page.getByLabel('Uren per week').fill('28,5');
    await page.getByRole('button', { name: 'Contracturen opslaan' }).click();
    await page.getByRole('region', { name: 'Contracturen, nieuwste eerst' }).getByRole('row').filter({ hasText: 'Pim Professional' }).filter({ hasText: '28,5' }).waitFor();
    const [row] = await sql(`select c.hours_per_week::text as hours from contract_hours c join app_user u on u.id = c.person_id where u.email = ? order by c.created_at desc limit 1`, ['professional@voorbeeldstad.demo']);
    expect(Number(row.hours)).toBe(28.5);
    await checkPage(page, 'organisation-learning-settings');
  });

  it('the quality officer makes a team with people and archives it after the check', async () => {
    const page = await signIn('kwaliteit@voorbeeldstad.demo', DESKTOP);
    await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
    await checkPage(page, 'organisation-teams');
    await page.getByRole('button', { name: 'Nieuw team' }).click();
    await page.getByLabel('Naam').fill('Jeugd en gezin');
    await page.getByRole('group', { name: 'Wie zit in dit team?' }).getByLabel('Pim Professional').check();
    await page.getByRole('button', { name: 'Team opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Team opgeslagen.' }).waitFor();
    const team = page.getByTestId('team').filter({ hasText: 'Jeugd en gezin' });
    await team.getByText('Pim Professional').waitFor();
    await team.getByRole('button', { name: 'Team Jeugd en gezin archiveren' }).click();
    await team.getByTestId('confirm-step').waitFor();
    await checkPage(page, 'organisation-teams-archive-check');
    await team.getByRole('button', { name: 'Bevestigen' }).click();
    // Beside the member count, with its capital: the check step's own text says the team "wordt gearchiveerd".
    await team.getByText(/ · Gearchiveerd$/).waitFor();
    const [row] = await sql(`select archived_at is not null as archived, (select count(*)::int from team_member m where m.team_id = team.id) as members from team where name = 'Jeugd en gezin'`);
    expect(row).toEqual({ archived: true, members: 1 });

    await page.setViewportSize(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await checkPage(page, 'organisation-teams-phone');
  });
});

describe('the learning agenda', () => {
  // Other test files share the database: this file's theme is known by a name of its own.
  const TITLE = `Feedback geven ${randomUUID().slice(0, 8)}`;

  it('a professional proposes a theme on a 390 px phone', async () => {
    const page = await signIn('professional@voorbeeldstad.demo', PHONE);
    await page.goto(`${suite.stack.url}/learning-agenda`);
    await page.getByRole('heading', { level: 1, name: 'Leeragenda' }).waitFor();
    await checkPage(page, 'organisation-learning-agenda');

    // Without a name: said beside the field, and nothing proposed.
    const count = async () => (await sql(`select count(*)::int as n from learning_theme where title = ?`, [TITLE]))[0].n as number;
    await page.getByRole('button', { name: 'Voorstellen' }).click();
    await page.locator('#theme-title[aria-invalid="true"]').waitFor();
    expect(await page.locator('#theme-title-error').textContent()).toBe('Geef het thema een naam.');
    expect(await count()).toBe(0);

    await page.getByLabel('Thema', { exact: true }).fill(TITLE);
    await page.getByLabel('Toelichting (optioneel)').fill('Zoals in de interne audit naar voren kwam.');
    await page.getByRole('button', { name: 'Voorstellen' }).click();
    await page.getByRole('status').filter({ hasText: 'Voorgesteld. Dank u wel!' }).waitFor();
    expect(await count()).toBe(1);
    const theme = page.getByTestId('learning-theme').filter({ hasText: TITLE });
    await theme.filter({ hasText: 'Door u voorgesteld' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await checkPage(page, 'organisation-learning-agenda-proposed');
  });

  it('a colleague shows interest at 1366 px and withdraws it; the screen reads the same in English', async () => {
    const page = await signIn('teamleider@voorbeeldstad.demo', DESKTOP);
    await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Leeragenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leeragenda' }).waitFor();
    const theme = page.getByTestId('learning-theme').filter({ hasText: TITLE });
    await theme.filter({ hasText: '0 belangstellenden' }).filter({ hasText: 'Voorgesteld door Pim Professional' }).waitFor();
    const interest = async () => (await sql(`select interest_count as n from learning_theme where title = ?`, [TITLE]))[0].n as number;

    await page.getByRole('button', { name: `Belangstelling tonen voor ${TITLE}` }).click();
    await theme.filter({ hasText: '1 belangstellenden' }).waitFor();
    expect(await interest()).toBe(1);
    await page.getByRole('button', { name: `Belangstelling intrekken voor ${TITLE}` }).waitFor();
    await checkPage(page, 'organisation-learning-agenda-interest');

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Learning agenda' }).waitFor();
    await theme.filter({ hasText: '1 interested' }).waitFor();
    await page.getByRole('button', { name: `Withdraw interest in ${TITLE}` }).click();
    await theme.filter({ hasText: '0 interested' }).waitFor();
    expect(await interest()).toBe(0);
    await checkPage(page, 'organisation-learning-agenda-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Leeragenda' }).waitFor();
  });

  // Planned for today, so attendance can be recorded at once.
  const SESSION = `Feedbacksessie ${randomUUID().slice(0, 8)}`;

  it('the coordinator plans a session from the theme at 1366 px and records who attended; in English too', async () => {
    const page = await signIn('opleidingen@voorbeeldstad.demo', DESKTOP);
    await page.goto(`${suite.stack.url}/learning-agenda`);
    await page.getByRole('heading', { level: 1, name: 'Leeragenda' }).waitFor();
    await page.getByRole('button', { name: `Een sessie plannen voor ${TITLE}` }).click();
    const form = page.getByTestId('plan-learning-session');
    expect(await form.getByLabel('Naam van de sessie').inputValue()).toBe(TITLE);
    const sessions = async () => (await sql(`select count(*)::int as n from learning_session where title = ?`, [SESSION]))[0].n as number;

    // No hours: said beside the field, and nothing planned.
    await form.getByLabel('Naam van de sessie').fill(SESSION);
    await form.getByLabel('Pim Professional').check();
    await form.getByRole('button', { name: 'Plannen' }).click();
    await page.locator('#session-hours[aria-invalid="true"]').waitFor();
    expect(await sessions()).toBe(0);
    await checkPage(page, 'organisation-learning-session-plan');

    await form.getByLabel('Uren').fill('2,5');
    await form.getByRole('button', { name: 'Plannen' }).click();
    await page.getByRole('status').filter({ hasText: 'Gepland.' }).waitFor();
    expect(await sessions()).toBe(1);
    await page.getByTestId('learning-theme').filter({ hasText: TITLE }).filter({ hasText: 'Gepland' }).waitFor();

    const item = page.getByTestId('learning-session').filter({ hasText: SESSION });
    await item.getByLabel('Pim Professional').check();
    await item.getByRole('button', { name: 'Aanwezigheid vastleggen' }).click();
    await item.getByRole('status').filter({ hasText: 'Aanwezigheid vastgelegd' }).waitFor();
    const entries = async () =>
      sql(`select e.hours::float as hours, e.kind, e.theme from learning_entry e join learning_session s on s.id = e.session_id where s.title = ?`, [SESSION]);
    expect(await entries()).toEqual([{ hours: 2.5, kind: 'TEAM_SESSION', theme: TITLE }]);
    // Recorded again: still one entry.
    await item.getByRole('button', { name: 'Aanwezigheid vastleggen' }).click();
    await item.getByRole('status').filter({ hasText: 'Aanwezigheid vastgelegd' }).waitFor();
    expect(await entries()).toHaveLength(1);
    await checkPage(page, 'organisation-learning-sessions');

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions and trainings' }).waitFor();
    await item.filter({ hasText: 'Session' }).getByRole('button', { name: 'Record attendance' }).waitFor();
    await checkPage(page, 'organisation-learning-sessions-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Leeragenda' }).waitFor();
  });

  it('the professional sees the session on a 390 px phone, with the hours as their learning time', async () => {
    const page = await signIn('professional@voorbeeldstad.demo', PHONE);
    await page.goto(`${suite.stack.url}/learning-agenda`);
    await page.getByRole('heading', { level: 2, name: 'Mijn sessies en trainingen' }).waitFor();
    await page.getByTestId('learning-session').filter({ hasText: SESSION }).filter({ hasText: 'U was aanwezig' }).waitFor();
    // No planning for a professional.
    expect(await page.getByRole('button', { name: /sessie plannen/i }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await checkPage(page, 'organisation-learning-sessions-mine');
  });
});
