import type { Page } from 'playwright-core';
import { checkPage } from '../support/axe';
import { command, driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { inDays } from '../support/dates';
import { PASSWORD } from '../support/fixtures';
import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser-suite';

/**
 * The notifications page as the organisation uses it: inside its own sections, filtered by category, one
 * notice when dates are proposed a second time, each leading to the screen of its step, in the screen's language.
 */
const suite = browserSuite();
const { sql, signIn } = suite;
let parked: ParkedCycle;

beforeAll(async () => {
  parked = await driveCycle(suite.stack.url, suite.stack.orm.em.fork(), 'DATES_PROPOSED', { label: 'Meldingen' });
  // The lead auditor proposes other dates: the officer's first "choose a date" is replaced by the second.
  await parked.lead.ok(command('proposeAuditDates', 'ProposeAuditDatesInput'), parked.input({ dates: [inDays(14), inDays(21)] }));
  await waitFor('the second dates notice, replacing the first', async () => {
    const rows: { superseded: boolean }[] = await sql(
      `select n.superseded_at is not null as superseded from notification n join app_user u on u.id = n.user_id
        where u.email = ? and n.cycle_id = ? and n.key like 'dates#%' order by n.created_at`,
      [parked.org.officer, parked.cycleId],
    );
    return rows.length === 2 && rows[0].superseded && !rows[1].superseded;
  });
}, 180_000);

const items = (page: Page) => page.getByTestId('notification');

it('shows the sections, one notice for dates proposed twice, categories to filter on, and leads to the step', async () => {
  const page = await signIn(parked.org.officer, PASSWORD, { width: 1366, height: 900 });
  await page.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
  // The organisation's sections stay in view, with this page marked as the current one.
  const nav = page.getByRole('navigation', { name: 'Onderdelen van de cyclus' });
  await expect(nav.getByRole('link', { name: 'Meldingen' }).getAttribute('aria-current')).resolves.toBe('page');
  expect(await nav.getByRole('link', { name: 'Zelfevaluatie' }).isVisible()).toBe(true);

  const dates = items(page).filter({ hasText: 'Kies een auditdatum' });
  await dates.first().waitFor();
  await expect(dates.count()).resolves.toBe(1);
  await expect(dates.getAttribute('data-category')).resolves.toBe('ACTION_NEEDED');
  await dates.getByText('Actie nodig', { exact: true }).waitFor();
  const accepted = items(page).filter({ hasText: 'De certificerende instelling heeft de opdracht aanvaard' });
  await accepted.getByText('Voortgang', { exact: true }).waitFor();
  await checkPage(page, 'notifications-organisation');

  const filter = page.getByRole('group', { name: 'Soort melding' });
  await filter.getByLabel('Voortgang').check();
  await accepted.waitFor();
  await dates.waitFor({ state: 'detached' });
  for (const category of await items(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-category')))) expect(category).toBe('PROGRESS');
  await filter.getByLabel('Termijn').check();
  await page.getByTestId('notifications-empty').filter({ hasText: 'Geen meldingen van deze soort.' }).waitFor();
  await filter.getByLabel('Actie nodig').check();
  await dates.waitFor();
  await accepted.waitFor({ state: 'detached' });
  await checkPage(page, 'notifications-organisation-action-needed');

  // "Choose a date" leads to the external audit page, where the date is chosen, not to the overview.
  await dates.getByRole('link', { name: 'Naar deze stap: Kies een auditdatum' }).click();
  await page.waitForURL((url) => url.pathname === '/external-audit');
  await page.getByTestId('external-audit-page').waitFor();
});

it('words every notification in the language of the screen', async () => {
  const page = await signIn(parked.org.officer, PASSWORD, { width: 1366, height: 900 });
  await page.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).click();
  await items(page).filter({ hasText: 'Kies een auditdatum' }).waitFor();
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN' }).click();
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  const dates = items(page).filter({ hasText: 'Choose an audit date' });
  await dates.getByText('Action needed', { exact: true }).waitFor();
  const text = await page.getByTestId('notifications').innerText();
  for (const dutch of ['Kies een auditdatum', 'De certificerende instelling', 'Actie nodig', 'Voortgang', 'Naar deze stap']) expect(text).not.toContain(dutch);
  await page.getByRole('navigation', { name: 'Parts of the cycle' }).getByRole('link', { name: 'Notifications' }).waitFor();
  await checkPage(page, 'notifications-organisation-en');
});
