import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { switchToEnglish } from '../support/browser';
import { browserSuite } from './browser-suite';

/**
 * Inviting people in Chromium: the quality officer invites a professional on the teams screen (a refused
 * address is said beside its field first, in Dutch) and gets the link to hand over; the professional opens it
 * on a 390 px phone, is told in Dutch that a short password is too short and that two different ones differ,
 * chooses a good one and lands signed in, with the token gone from the address bar. The accessibility check
 * runs on each screen, and the invitation page reads in English after the switch.
 */
const PHONE = { width: 390, height: 844 };
const suite = browserSuite({ worker: false });
const { sql } = suite;

it('the quality officer invites a professional, who chooses a password on a phone and is signed in', async () => {
  const officer = await suite.signIn('kwaliteit@kustwijk.demo', DEMO_PASSWORD, { width: 1366, height: 900 });
  await officer.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  await officer.goto(`${suite.stack.url}/teams`);
  const panel = officer.getByTestId('invite-people');
  await panel.getByRole('heading', { name: 'Mensen uitnodigen' }).waitFor();
  const users = async () => (await sql(`select count(*)::int as n from app_user`))[0].n as number;
  const before = await users();

  await panel.getByLabel('Naam').fill('Noor Nieuw');
  await panel.getByLabel('E-mailadres').fill('geen-adres');
  await panel.getByLabel('Rol').selectOption('ORG_PROFESSIONAL');
  await panel.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await officer.locator('#invite-email[aria-invalid="true"]').waitFor();
  expect(await officer.locator('#invite-email-error').textContent()).toBe('Vul een e-mailadres in, zoals naam@voorbeeld.nl.');
  expect(await users()).toBe(before);

  await panel.getByLabel('E-mailadres').fill('noor.nieuw@kustwijk.example');
  await panel.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  const link = await officer.getByTestId('invitation-link').inputValue();
  expect(link).toMatch(/\/invitation#/);
  await officer.getByTestId('pending-invitations').getByText('Noor Nieuw (Professional)', { exact: false }).waitFor();
  await checkPage(officer, 'organisation-invite-people');

  // The link names the address the api is configured with; the test's api listens on a port of its own.
  const person = await suite.anonymous(PHONE);
  await person.goto(`${suite.stack.url}/invitation${link.slice(link.indexOf('#'))}`);
  await person.getByRole('heading', { level: 1, name: 'Welkom bij LabelCycle' }).waitFor();
  // The token leaves the address bar as soon as the page has read it.
  expect(person.url()).toBe(`${suite.stack.url}/invitation`);
  await checkPage(person, 'invitation-phone');

  await person.getByLabel('Wachtwoord', { exact: true }).fill('kort');
  await person.getByLabel('Hetzelfde wachtwoord nog eens').fill('kort');
  await person.getByRole('button', { name: 'Wachtwoord kiezen en inloggen' }).click();
  await person.locator('#invitation-password[aria-invalid="true"]').waitFor();
  expect(await person.locator('#invitation-password-error').textContent()).toBe('Dit is te kort: gebruik ten minste 12 tekens.');

  await person.getByLabel('Wachtwoord', { exact: true }).fill('een zin van een paar woorden');
  await person.getByLabel('Hetzelfde wachtwoord nog eens').fill('een zin van een paar woord');
  await person.getByRole('button', { name: 'Wachtwoord kiezen en inloggen' }).click();
  await person.locator('#invitation-repeat[aria-invalid="true"]').waitFor();
  expect(await sql(`select accepted_at from account_invitation i join app_user u on u.id = i.person_id where u.email = 'noor.nieuw@kustwijk.example'`)).toEqual([{ accepted_at: null }]);

  await person.getByLabel('Hetzelfde wachtwoord nog eens').fill('een zin van een paar woorden');
  await person.getByRole('button', { name: 'Wachtwoord kiezen en inloggen' }).click();
  // Signed in: the organisation's screens, and the header's name (behind the menu on a phone) is hers.
  await person.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  expect(await person.getByTestId('user-name').textContent()).toBe('Noor Nieuw');
  const [row] = await sql(`select u.role, i.accepted_at is not null as accepted from account_invitation i join app_user u on u.id = i.person_id where u.email = 'noor.nieuw@kustwijk.example'`);
  expect(row).toEqual({ role: 'ORG_PROFESSIONAL', accepted: true });
  await checkPage(person, 'invitation-signed-in-phone');
});

it('the invitation page reads in English', async () => {
  const page = await suite.anonymous({ width: 1366, height: 900 });
  await page.goto(`${suite.stack.url}/invitation#not-a-real-token`);
  await page.getByRole('heading', { level: 1, name: 'Welkom bij LabelCycle' }).waitFor();
  await switchToEnglish(page);
  await page.getByRole('heading', { level: 1, name: 'Welcome to LabelCycle' }).waitFor();
  await page.getByLabel('Password', { exact: true }).fill('a long enough password');
  await page.getByLabel('The same password again').fill('a long enough password');
  await page.getByRole('button', { name: 'Choose password and sign in' }).click();
  await page.getByText('This invitation link no longer works', { exact: false }).waitFor();
  await checkPage(page, 'invitation-english');
});
