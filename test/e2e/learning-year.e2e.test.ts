import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { Role } from '../../server/src/modules/user/role';
import { checkPage } from '../support/axe';
import { addOrganisationMember, createOrganisation, PASSWORD } from '../support/fixtures';
import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser-suite';

/**
 * The learning year's screens in Chromium, for the demo organisation's learning coordinator: the year started
 * after the check (Back first, then Confirm), the schedule with a refusal in the rule's words beside the months
 * and then saved, last year started and its stored report read, at 1366 px and on a 390 px phone; and, by a
 * coordinator of an organisation of its own, the statements of the climate scan edited, reordered, retired and added, with a blank statement said beside its
 * field. The accessibility check runs on each state.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const YEAR = new Date().getUTCFullYear();
const suite = browserSuite();
const { sql } = suite;

const organisationId = async (): Promise<string> => (await sql(`select organisation_id from app_user where email = 'opleidingen@voorbeeldstad.demo'`))[0].organisation_id as string;

async function signIn(path: string, heading: string, viewport: { width: number; height: number }, who = { email: 'opleidingen@voorbeeldstad.demo', password: DEMO_PASSWORD }): Promise<Page> {
  const page = await suite.signIn(who.email, who.password, viewport);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  await page.goto(`${suite.stack.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

it('the coordinator starts this learning year after the check, at 1366 px', async () => {
  const page = await signIn('/learning-settings', 'Ruimte voor leren', DESKTOP);
  const section = page.getByTestId('learning-year');
  await section.getByTestId('learning-year-status').filter({ hasText: 'Nog niet gestart.' }).waitFor();
  await checkPage(page, 'organisation-learning-year');

  await section.getByRole('button', { name: `Leerjaar ${YEAR} starten` }).click();
  const check = section.getByTestId('confirm-step');
  await check.getByText('Momenten die al voorbij zijn, worden overgeslagen.').waitFor();
  await checkPage(page, 'organisation-learning-year-confirm');
  // Back first: nothing starts until confirmed.
  await check.getByRole('button', { name: 'Terug' }).click();
  await section.getByRole('button', { name: `Leerjaar ${YEAR} starten` }).waitFor();
  const handle = suite.stack.temporal.workflow.getHandle(`learning-year-${await organisationId()}-${YEAR}`);
  await expect(handle.describe()).rejects.toThrow();

  await section.getByRole('button', { name: `Leerjaar ${YEAR} starten` }).click();
  await section.getByTestId('confirm-step').getByRole('button', { name: 'Bevestigen' }).click();
  await section.getByRole('status').filter({ hasText: `Leerjaar ${YEAR} is gestart.` }).waitFor();
  await section.getByTestId('learning-year-status').filter({ hasText: 'Loopt.' }).waitFor();
  expect((await handle.describe()).status.name).toBe('RUNNING');
  await checkPage(page, 'organisation-learning-year-running');
  await handle.terminate('test done');
});

it('the coordinator changes the schedule on a 390 px phone: five months are refused in the rule’s words, four are kept', async () => {
  const page = await signIn('/learning-settings', 'Ruimte voor leren', PHONE);
  const section = page.getByTestId('learning-schedule');
  const rows = async () => (await sql(`select count(*)::int as n from learning_settings where organisation_id = ?`, [await organisationId()]))[0].n as number;
  const before = await rows();
  const months = section.getByRole('group', { name: 'Maanden waarin een scanronde opent (hoogstens 4)' });
  for (const month of ['januari', 'mei', 'november']) await months.getByLabel(month, { exact: true }).check();
  await section.getByRole('button', { name: 'Planning opslaan' }).click();
  await months.getByText('Plan hoogstens 4 scanrondes per jaar.').waitFor();
  expect(await rows()).toBe(before);
  await checkPage(page, 'organisation-learning-schedule-refused');

  await months.getByLabel('november', { exact: true }).uncheck();
  await section.getByLabel('Dagen dat een ronde openstaat').fill('14');
  await section.getByRole('button', { name: 'Planning opslaan' }).click();
  await section.getByRole('status').filter({ hasText: 'Opgeslagen. Lopende leerjaren volgen de nieuwe planning.' }).waitFor();
  expect(await rows()).toBe(before + 1);
  const [saved] = await sql(`select scan_months, scan_open_days from learning_settings where organisation_id = ? order by created_at desc, id desc limit 1`, [await organisationId()]);
  expect({ months: saved.scan_months, days: saved.scan_open_days }).toEqual({ months: [1, 3, 5, 9], days: 14 });
  await section.getByText(/Nu geldt: scanrondes in januari, maart, mei en september, 14 dagen open/).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await checkPage(page, 'organisation-learning-schedule-phone');
});

it('last year, started now, closes at once; its stored report is read on the screen, in Dutch and English', async () => {
  const page = await signIn('/learning-settings', 'Ruimte voor leren', DESKTOP);
  const section = page.getByTestId('learning-year');
  await section.getByLabel('Leerjaar', { exact: true }).selectOption(String(YEAR - 1));
  await section.getByRole('button', { name: `Leerjaar ${YEAR - 1} starten` }).click();
  await section.getByTestId('confirm-step').getByText('het wordt meteen afgesloten met zijn leerjaarverslag').waitFor();
  await section.getByTestId('confirm-step').getByRole('button', { name: 'Bevestigen' }).click();
  const id = await organisationId();
  await waitFor('the report of last year', async () => (await sql(`select id from learning_year_report where organisation_id = ? and year = ?`, [id, YEAR - 1])).length > 0);

  await page.reload();
  await section.getByLabel('Leerjaar', { exact: true }).selectOption(String(YEAR - 1));
  const report = section.getByTestId('learning-year-report');
  await report.getByRole('heading', { name: `Leerjaarverslag ${YEAR - 1}` }).waitFor();
  await report.getByRole('region', { name: `Gebruikte en geboden leertijd per team, ${YEAR - 1}` }).getByRole('row', { name: /Wijkteam Centrum/ }).waitFor();
  await section.getByTestId('learning-year-status').filter({ hasText: 'Afgesloten' }).waitFor();
  await checkPage(page, 'organisation-learning-year-report');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await report.getByRole('heading', { name: `Learning year report ${YEAR - 1}` }).waitFor();
  await checkPage(page, 'organisation-learning-year-report-en');
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Ruimte voor leren' }).waitFor();
});

it('the coordinator edits the statements of the scan: a blank one is said beside it, then moved, retired and added ones are saved', async () => {
  // An organisation of its own: the demo organisation's scan keeps the illustrative statements the scan's own test answers.
  const fresh = await createOrganisation(suite.stack.orm.em.fork(), 'Stellingen');
  const coordinator = await addOrganisationMember(suite.stack.orm.em.fork(), fresh.organisation, Role.ORG_LEARNING_COORDINATOR);
  const page = await signIn('/learning-climate', 'Leerklimaat', DESKTOP, { email: coordinator.email, password: PASSWORD });
  const editor = page.getByTestId('climate-questions');
  await editor.getByText('U ziet nu de voorbeeldstellingen van LabelCycle').waitFor();
  await checkPage(page, 'organisation-climate-questions');
  const illustrative = await page.evaluate(() => (document.querySelector('[data-testid="climate-questions"] textarea') as HTMLTextAreaElement).value);

  const shared = editor.getByRole('group', { name: 'Gezamenlijke visie op leren' });
  await shared.getByRole('button', { name: 'Stelling toevoegen bij Gezamenlijke visie op leren' }).click();
  await editor.getByRole('button', { name: 'Stellingen opslaan' }).click();
  // The blank statement is the fourth of the third condition: the tenth of the list the server was sent.
  const blank = shared.getByLabel('Stelling 4 in het Nederlands');
  await page.locator('textarea[aria-invalid="true"]').waitFor();
  expect(await blank.getAttribute('aria-invalid')).toBe('true');
  await checkPage(page, 'organisation-climate-questions-refused');

  await blank.fill('We bespreken wat we van elkaar leren in elk teamoverleg.');
  const first = editor.getByRole('group', { name: 'Positieve leeromgeving' });
  await first.getByRole('button', { name: 'Stelling 1 (Positieve leeromgeving) omlaag' }).click();
  await first.getByRole('button', { name: 'Stelling 3 (Positieve leeromgeving) niet meer vragen' }).click();
  await editor.getByRole('button', { name: 'Stellingen opslaan' }).click();
  await editor.getByRole('status').filter({ hasText: /Opgeslagen als versie \d+\./ }).waitFor();

  const [set] = await sql(`select questions, illustrative from climate_scan_question_set where organisation_id = ? order by version desc limit 1`, [fresh.organisation.id]);
  const questions = set.questions as { condition: string; textNl: string }[];
  expect(set.illustrative).toBe(false);
  expect(questions.map((q) => q.condition)).toEqual([
    'POSITIVE_ENVIRONMENT',
    'POSITIVE_ENVIRONMENT',
    'ROOM_AND_SUPPORT',
    'ROOM_AND_SUPPORT',
    'ROOM_AND_SUPPORT',
    'SHARED_VISION',
    'SHARED_VISION',
    'SHARED_VISION',
    'SHARED_VISION',
  ]);
  // Moved down: the first illustrative statement is now second.
  expect(questions[1].textNl).toBe(illustrative);
  expect(questions[8].textNl).toBe('We bespreken wat we van elkaar leren in elk teamoverleg.');
  await editor.getByText(/Versie \d+ van uw organisatie/).waitFor();
  await checkPage(page, 'organisation-climate-questions-saved');
});
