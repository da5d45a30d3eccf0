import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { clickAndConfirm } from '../support/confirm-step';
import { browserSuite } from './browser-suite';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';

/**
 * The peer-review screens in Chromium. The organisation's: the quality officer signs up with partners known,
 * a refused period is shown beside its field, the sign-up and the reference for partners appear. The sector
 * body's: the secretariat forms a suggested group with one click and declines a group organisations proposed
 * (an empty reason is refused beside its field first); the decision committee sees the same screen without
 * the buttons. The accessibility check runs on each state.
 */
const SIGN_UP = `mutation($i: SignUpForPeerReviewInput!) { signUpForPeerReview(input: $i) { id } }`;
const PROPOSE = `mutation($i: ProposePeerGroupInput!) { proposePeerGroup(input: $i) { id } }`;
const suite = browserSuite({ worker: false });
const { sql } = suite;

async function signIn(email: string): Promise<Page> {
  const page = await suite.signIn(email, PASSWORD);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  return page;
}

it('the quality officer signs up for a peer review and gets the reference for partners', async () => {
  const org = await createOrganisation(suite.stack.orm.em.fork(), 'Intercollegiaal');
  const page = await signIn(org.officer);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Intercollegiale toets' }).click();
  await page.getByRole('heading', { level: 1, name: 'Intercollegiale adviesmeting' }).waitFor();
  await checkPage(page, 'organisation-peer-review-sign-up');

  await page.getByLabel('Gewenste periode vanaf').fill(inDays(60));
  await page.getByLabel('Gewenste periode tot en met').fill(inDays(30));
  await page.getByLabel('Omvang (fte)').fill('42');
  await page.getByLabel('Regio').fill('Drenthe');
  await page.getByLabel('Wij hebben al afspraken met partnerorganisaties').check();
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  // The period ends before it begins: said beside the end date, and nothing signed up.
  await page.locator('#peer-until[aria-invalid="true"]').waitFor();
  // The rule in Dutch, from the rule the server names, never the server's English message.
  expect(await page.locator('#peer-until-error').textContent()).toBe('De periode eindigt voordat ze begint; kies een einddatum na de begindatum.');
  expect((await suite.stack.orm.em.fork().getConnection().execute(`select count(*)::int as n from peer_review_sign_up where organisation_id = ?`, [org.organisation.id]))[0].n).toBe(0);

  await page.getByLabel('Gewenste periode tot en met').fill(inDays(200));
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByTestId('peer-sign-up').waitFor();
  const [row] = await suite.stack.orm.em.fork().getConnection().execute(`select id, region, fte, partners_known from peer_review_sign_up where organisation_id = ?`, [org.organisation.id]);
  expect(row).toMatchObject({ region: 'Drenthe', fte: '42.00', partners_known: true });
  expect(await page.getByTestId('peer-reference').textContent()).toBe(row.id);
  expect(await page.getByTestId('peer-group').textContent()).toContain('U zit nog niet in een groep.');
  await checkPage(page, 'organisation-peer-review-signed-up');
});

/** Signs up organisations of the given sizes in one region through the api, as their quality officers would. */
async function signUps(region: string, sizes: number[], partnersKnown: boolean): Promise<{ ids: string[]; names: string[]; officers: GqlSession[] }> {
  const ids: string[] = [];
  const names: string[] = [];
  const officers: GqlSession[] = [];
  for (const [i, fte] of sizes.entries()) {
    const org = await createOrganisation(suite.stack.orm.em.fork(), `${region} ${i + 1}`);
    const officer = new GqlSession(suite.stack.url);
    await officer.login(org.officer, PASSWORD);
    const input = { clientMutationId: mutationId(), periodFrom: inDays(30), periodUntil: inDays(150 + i * 10), fte, region, partnersKnown };
    ids.push((await officer.ok(SIGN_UP, { i: input })).signUpForPeerReview.id);
    names.push(org.organisation.name);
    officers.push(officer);
  }
  return { ids, names, officers };
}

async function sectorPage(email: string): Promise<Page> {
  const page = await suite.signIn(email, DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Intercollegiale adviesmeting' }).click();
  await page.getByRole('heading', { level: 1, name: 'Intercollegiale adviesmeting' }).waitFor();
  return page;
}

it('the secretariat forms a suggested group and declines a proposed one; the committee only looks', async () => {
  const open = await signUps('Zeeland', [12, 30, 55], false);
  const partners = await signUps('Limburg', [20, 25, 40], true);
  const alone = await signUps('Friesland', [8], false);
  await partners.officers[0].ok(PROPOSE, { i: { clientMutationId: mutationId(), partnerSignUpIds: partners.ids.slice(1) } });

  const page = await sectorPage('secretariaat@swn.demo');
  const proposal = page.getByTestId('peer-proposal').filter({ hasText: 'Regio Zeeland' });
  await proposal.getByText('Zeeland 1').waitFor();
  // Smallest first, each with its place and size.
  const members = await proposal.getByRole('listitem').allTextContents();
  expect(members).toEqual([expect.stringMatching(/^Zeeland 1 .*, Utrecht · 12 fte$/), expect.stringMatching(/^Zeeland 2 .*· 30 fte$/), expect.stringMatching(/^Zeeland 3 .*· 55 fte$/)]);
  await page.getByTestId('peer-unmatched').getByText(/Friesland 1 .*te weinig aanmeldingen in de regio/).waitFor();
  await checkPage(page, 'sector-peer-review');

  await proposal.getByRole('button', { name: 'Groep vormen in regio Zeeland' }).click();
  await page.getByTestId('peer-review-status').getByText('De groep in regio Zeeland is gevormd.').waitFor();
  await page.getByTestId('formed-group').filter({ hasText: 'Zeeland 2' }).waitFor();
  // Other files' open sign-ups may make proposals of their own: this one is gone.
  await proposal.waitFor({ state: 'detached' });
  const formed = await sql(`select s.status, g.status as group_status from peer_review_sign_up s join peer_group_member m on m.sign_up_id = s.id join peer_group g on g.id = m.group_id where s.id in (?, ?, ?)`, open.ids);
  expect(formed).toEqual(Array(3).fill({ status: 'GROUPED', group_status: 'FORMED' }));

  // Other files share the database and may leave declined groups of their own: only this group counts.
  const limburgGroups = () =>
    sql(`select distinct g.status, g.decline_reason from peer_group g join peer_group_member m on m.group_id = g.id where m.sign_up_id in (?, ?, ?)`, partners.ids);
  const proposed = page.getByTestId('proposed-group').filter({ hasText: 'Limburg 1' });
  await proposed.getByRole('button', { name: /^Groep van Limburg .* afwijzen$/ }).click();
  await proposed.getByRole('button', { name: 'Afwijzen', exact: true }).click();
  await proposed.locator('textarea[aria-invalid="true"]').waitFor();
  await proposed.getByText('Schrijf de reden op: de organisaties lezen waarom hun groep niet doorgaat.').waitFor();
  expect(await limburgGroups()).toEqual([{ status: 'PROPOSED', decline_reason: '' }]);
  await checkPage(page, 'sector-peer-review-decline-refused');

  await proposed.getByLabel('Reden van afwijzing').fill('Twee van de drie organisaties werken niet in dezelfde regio.');
  await proposed.getByRole('button', { name: 'Afwijzen', exact: true }).click();
  await page.getByTestId('peer-review-status').getByText('De groep is afgewezen.').waitFor();
  await proposed.waitFor({ state: 'detached' });
  expect(await limburgGroups()).toEqual([{ status: 'DECLINED', decline_reason: 'Twee van de drie organisaties werken niet in dezelfde regio.' }]);
  expect(await sql(`select distinct status from peer_review_sign_up where id in (?, ?, ?)`, partners.ids)).toEqual([{ status: 'OPEN' }]);
  // Every sign-up of this test is listed, each once (other files' sign-ups may be listed beside them).
  for (const name of [...open.names, ...partners.names, ...alone.names]) {
    const row = page.getByTestId('peer-sign-up-row').filter({ hasText: name });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
  }

  const committee = await sectorPage('commissie@swn.demo');
  await committee.getByText('Alleen het secretariaat vormt, bevestigt of wijst groepen af; u ziet ze hier.').waitFor();
  await committee.getByTestId('formed-group').filter({ hasText: 'Zeeland 1' }).waitFor();
  expect(await committee.getByRole('button', { name: /groep vormen|bevestigen|afwijzen/i }).count()).toBe(0);
  await checkPage(committee, 'sector-peer-review-committee');
});

it('the quality officer nominates a peer auditor and records the training; a future date is refused beside its field', async () => {
  const org = await createOrganisation(suite.stack.orm.em.fork(), 'Auditoren');
  const page = await signIn(org.officer);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Intercollegiale auditoren' }).click();
  await page.getByRole('heading', { level: 1, name: 'Intercollegiale auditoren' }).waitFor();
  await page.getByText('Nog niemand voorgedragen.').waitFor();
  await checkPage(page, 'organisation-peer-auditors-empty');

  const [auditor] = await sql(`select id, name from app_user where email = ?`, [org.internalAuditor]);
  await page.getByLabel('Medewerker', { exact: true }).selectOption(auditor.id);
  await page.getByRole('button', { name: 'Voordragen' }).click();
  const row = page.getByTestId('peer-auditor-row').filter({ hasText: auditor.name });
  await row.getByText('Nog geen training').waitFor();
  // Nominated once: the person is no longer offered.
  expect(await page.getByLabel('Medewerker', { exact: true }).locator(`option[value="${auditor.id}"]`).count()).toBe(0);

  await row.getByRole('button', { name: `Training vastleggen voor ${auditor.name}` }).click();
  const form = page.getByTestId('record-training');
  await form.getByLabel('Datum training').fill(inDays(3));
  await form.getByLabel('Aanbieder').fill('Movisie Academie');
  await form.getByRole('button', { name: 'Training opslaan' }).click();
  await form.locator('input[type="date"][aria-invalid="true"]').waitFor();
  expect(await sql(`select trained_on from peer_auditor where person_id = ?`, [auditor.id])).toEqual([{ trained_on: null }]);
  await checkPage(page, 'organisation-peer-auditors-refused');

  await form.getByLabel('Datum training').fill(inDays(-10));
  await form.getByRole('button', { name: 'Training opslaan' }).click();
  await row.getByText('Geldig', { exact: false }).waitFor();
  expect(await row.textContent()).toContain('Movisie Academie');
  const [stored] = await sql(`select trained_on::text, training_provider from peer_auditor where person_id = ?`, [auditor.id]);
  expect(stored).toEqual({ trained_on: inDays(-10), training_provider: 'Movisie Academie' });

  // A viewer of the same organisation sees the list, without the forms.
  const viewer = await signIn(org.viewer);
  await viewer.goto(`${suite.stack.url}/peer-auditors`);
  await viewer.getByTestId('peer-auditor-row').filter({ hasText: auditor.name }).waitFor();
  expect(await viewer.getByTestId('nominate-peer-auditor').count()).toBe(0);
  expect(await viewer.getByRole('button', { name: /Training vastleggen/ }).count()).toBe(0);
});

it('an organisation that agreed its partners proposes the group from its own screen', async () => {
  const partners = await signUps('Flevoland', [15, 22], true);
  const org = await createOrganisation(suite.stack.orm.em.fork(), 'Voorsteller');
  const officer = new GqlSession(suite.stack.url);
  await officer.login(org.officer, PASSWORD);
  await officer.ok(SIGN_UP, { i: { clientMutationId: mutationId(), periodFrom: inDays(30), periodUntil: inDays(160), fte: 35, region: 'Flevoland', partnersKnown: true } });

  const page = await signIn(org.officer);
  await page.goto(`${suite.stack.url}/peer-review`);
  const form = page.getByTestId('propose-peer-group');
  await form.getByLabel('Kenmerk van partner 1').fill(partners.ids[0]);
  await form.getByRole('button', { name: 'Groep voorstellen' }).click();
  // One partner is too few: said beside the references, and no group made.
  await form.locator('#peer-partner-0[aria-invalid="true"]').waitFor();
  expect(await sql(`select count(*)::int as n from peer_group_member m join peer_review_sign_up s on s.id = m.sign_up_id where s.organisation_id = ?`, [org.organisation.id])).toEqual([{ n: 0 }]);
  await checkPage(page, 'organisation-peer-propose-refused');

  await form.getByLabel('Kenmerk van partner 2').fill(partners.ids[1]);
  await form.getByRole('button', { name: 'Groep voorstellen' }).click();
  await page.getByTestId('peer-group').getByText('Voorgesteld, wacht op Sociaal Werk Nederland').waitFor();
  expect(await page.getByTestId('peer-group').getByRole('listitem').count()).toBe(3);
  expect(await page.getByTestId('propose-peer-group').count()).toBe(0);
});

it('a member plans the visit of its own organisation and re-plans it, a refused day shown beside its field each time, and confirms it; the sector body and an assigned auditor see it', async () => {
  // A formed group of three whose members each nominated their internal auditor and recorded a training.
  const { ids, officers } = await signUps('Gelderland', [18, 26, 34], false);
  const admin = new GqlSession(suite.stack.url);
  await admin.login('secretariaat@swn.demo', DEMO_PASSWORD);
  await admin.ok(`mutation($i: FormPeerGroupInput!) { formPeerGroup(input: $i) { id } }`, { i: { clientMutationId: mutationId(), signUpIds: ids } });
  const orgs = await sql(`select o.id, o.name, u.email as officer from peer_review_sign_up s join organisation o on o.id = s.organisation_id join app_user u on u.organisation_id = o.id and u.role = 'ORG_QUALITY_OFFICER' where s.id in (?, ?, ?) order by s.fte`, ids);
  const auditors: { id: string; name: string }[] = [];
  for (const [i, officer] of officers.entries()) {
    const [person] = await sql(`select id, name from app_user where organisation_id = ? and role = 'ORG_INTERNAL_AUDITOR'`, [orgs[i].id]);
    const run = async (name: string, inputType: string, input: Record<string, unknown>) =>
      (await officer.ok(`mutation($i: ${inputType}!) { ${name}(input: $i) { id } }`, { i: { clientMutationId: mutationId(), ...input } }))[name].id as string;
    const auditorId = await run('nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
    await run('recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: auditorId, trainedOn: inDays(-20), provider: 'Opleider' });
    auditors.push({ id: auditorId, name: person.name });
  }

  const page = await signIn(orgs[0].officer);
  await page.goto(`${suite.stack.url}/peer-review`);
  const visits = page.getByTestId('peer-visits');
  await visits.getByText('Er zijn nog geen bezoeken gepland.').waitFor();
  const form = page.getByTestId('peer-visit-plan');
  await form.getByLabel('Te bezoeken organisatie').selectOption(orgs[0].id);
  // The visited organisation's own auditor is not offered.
  expect(await form.getByLabel('Auditor 1').locator(`option[value="${auditors[0].id}"]`).count()).toBe(0);
  await form.getByLabel('Datum van het bezoek').fill(inDays(-3));
  await form.getByLabel('Auditor 1').selectOption(auditors[1].id);
  await form.getByLabel('Auditor 2').selectOption(auditors[2].id);
  await form.getByRole('button', { name: 'Bezoek plannen' }).click();
  await form.locator('#visit-date[aria-invalid="true"]').waitFor();
  expect(await sql(`select count(*)::int as n from peer_visit where organisation_id = ?`, [orgs[0].id])).toEqual([{ n: 0 }]);
  await checkPage(page, 'organisation-peer-visit-refused');

  await form.getByLabel('Datum van het bezoek').fill(inDays(25));
  await form.getByRole('button', { name: 'Bezoek plannen' }).click();
  const row = visits.getByTestId('peer-visit').filter({ hasText: orgs[0].name });
  await row.getByText('Gepland').waitFor();
  expect(await row.textContent()).toContain(auditors[1].name);
  expect(await sql(`select date::text, status from peer_visit where organisation_id = ?`, [orgs[0].id])).toEqual([{ date: inDays(25), status: 'PLANNED' }]);
  await checkPage(page, 'organisation-peer-visit-planned');

  // Re-planned in the same form, filled with the visit's day and pair: a passed day is refused beside its field.
  await row.getByRole('button', { name: `Bezoek aan ${orgs[0].name} opnieuw plannen` }).click();
  const replan = page.getByTestId('peer-visit-replan');
  expect(await replan.getByLabel('Datum van het bezoek').inputValue()).toBe(inDays(25));
  expect(await replan.getByLabel('Auditor 1').inputValue()).toBe(auditors[1].id);
  await replan.getByLabel('Datum van het bezoek').fill(inDays(-1));
  await replan.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await replan.locator('#replan-date[aria-invalid="true"]').waitFor();
  expect(await sql(`select date::text from peer_visit where organisation_id = ?`, [orgs[0].id])).toEqual([{ date: inDays(25) }]);
  await checkPage(page, 'organisation-peer-visit-replan-refused');
  await replan.getByLabel('Datum van het bezoek').fill(inDays(30));
  await replan.getByLabel('Auditor 1').selectOption(auditors[2].id);
  await replan.getByLabel('Auditor 2').selectOption(auditors[1].id);
  await replan.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await replan.waitFor({ state: 'detached' });
  await row.getByText(new RegExp(`^${auditors[2].name} `)).waitFor();
  expect(await sql(`select date::text, first_auditor_id as first, second_auditor_id as second, status from peer_visit where organisation_id = ?`, [orgs[0].id])).toEqual([
    { date: inDays(30), first: auditors[2].id, second: auditors[1].id, status: 'PLANNED' },
  ]);
  // The quality officer is on no visit: no "my peer visits" among the sections (the nav was asked long before).
  expect(await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Mijn auditbezoeken' }).count()).toBe(0);

  await clickAndConfirm(page.getByTestId('peer-visit-confirm'), /^Datum .* bevestigen$/);
  await row.getByText('Bevestigd').waitFor();
  expect(await sql(`select status from peer_visit where organisation_id = ?`, [orgs[0].id])).toEqual([{ status: 'CONFIRMED' }]);
  expect(await page.getByTestId('peer-visit-confirm').count()).toBe(0);
  await checkPage(page, 'organisation-peer-visit-confirmed');

  const sector = await sectorPage('secretariaat@swn.demo');
  const group = sector.getByTestId('formed-group').filter({ hasText: orgs[0].name });
  await group.getByTestId('formed-group-visits').getByText(new RegExp(`${orgs[0].name}: .*${auditors[1].name}.*\\(bevestigd\\)`)).waitFor();
  await checkPage(sector, 'sector-peer-review-visits');

  // One of the pair finds the visit under their own sections, with the other auditor.
  const [assigned] = await sql(`select p.email from peer_auditor a join app_user p on p.id = a.person_id where a.id = ?`, [auditors[1].id]);
  const auditor = await signIn(assigned.email);
  await auditor.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Mijn auditbezoeken' }).click();
  const mine = auditor.getByTestId('my-peer-visit').filter({ hasText: orgs[0].name });
  await mine.getByText('Bevestigd').waitFor();
  expect(await mine.textContent()).toContain(auditors[2].name);
  expect(await mine.textContent()).not.toContain(auditors[1].name);
  await checkPage(auditor, 'organisation-my-peer-visits');
  // The same page in English (the language is the browser context's own).
  await auditor.getByRole('button', { name: 'EN', exact: true }).click();
  await auditor.getByRole('heading', { level: 1, name: 'My peer visits' }).waitFor();
  await mine.getByText('Confirmed').waitFor();
  await checkPage(auditor, 'organisation-my-peer-visits-en');
});
