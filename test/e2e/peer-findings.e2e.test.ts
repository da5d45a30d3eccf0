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
 * The findings of a peer visit and the learning report in Chromium: one of the pair writes a finding on
 * /peer-visits (an empty "what goes well" refused beside its field), beside the visited organisation's learning
 * card, and issues the report (an empty summary refused beside its field); the visited organisation reads it on
 * /peer-review and replies; the pair makes it final and the organisation shares it; the secretariat registers
 * it, and the organisation signs up for its next assessment. Each state is checked in PostgreSQL and by the
 * accessibility check, at 390 and 1366 px, and the report once in English.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const suite = browserSuite({ worker: false });
const { sql } = suite;

async function signIn(email: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await suite.signIn(email, PASSWORD, viewport);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  return page;
}

async function login(email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(suite.stack.url);
  await s.login(email, password);
  return s;
}

const run = async (who: GqlSession, name: string, inputType: string, input: Record<string, unknown>) =>
  (await who.ok(`mutation($i: ${inputType}!) { ${name}(input: $i) { id } }`, { i: { clientMutationId: mutationId(), ...input } }))[name].id as string;

const fitsPhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

// Three people sign in and the report runs its whole course: longer than the default for one screen.
it('one of the pair records a finding and issues the report, the organisation replies, the pair makes it final and the organisation shares it', async () => {
  // A formed group of three; the visit of the first by the internal auditors of the other two, confirmed.
  const orgs = [];
  for (const key of ['Een', 'Twee', 'Drie']) orgs.push(await createOrganisation(suite.stack.orm.em.fork(), `Leerrapport ${key}`));
  const officers = await Promise.all(orgs.map((o) => login(o.officer)));
  const signUps = [];
  for (const officer of officers) {
    signUps.push(await run(officer, 'signUpForPeerReview', 'SignUpForPeerReviewInput', { periodFrom: inDays(10), periodUntil: inDays(120), fte: 20, region: 'Leerrapport', partnersKnown: false }));
  }
  const admin = await login('secretariaat@swn.demo', DEMO_PASSWORD);
  const groupId = await run(admin, 'formPeerGroup', 'FormPeerGroupInput', { signUpIds: signUps });
  const auditorIds = [];
  for (const i of [1, 2]) {
    const [person] = await sql(`select id from app_user where email = ?`, [orgs[i].internalAuditor]);
    const id = await run(officers[i], 'nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
    await run(officers[i], 'recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: id, trainedOn: inDays(-20), provider: 'Opleider' });
    auditorIds.push(id);
  }
  const visitId = await run(officers[1], 'planPeerVisit', 'PlanPeerVisitInput', { peerGroupId: groupId, organisationId: orgs[0].organisation.id, date: inDays(14), peerAuditorIds: auditorIds });
  await run(officers[0], 'confirmPeerVisit', 'ConfirmPeerVisitInput', { peerVisitId: visitId });
  const name = orgs[0].organisation.name;
  // A team of the visited organisation, too small for figures: the pair's learning card says so and shows no one's data.
  const [visitedOfficer] = await sql(`select id from app_user where email = ?`, [orgs[0].officer]);
  const [smallTeam] = await sql(`insert into team (id, organisation_id, name) values (gen_random_uuid(), ?, 'Wijkteam Leerrapport') returning id`, [orgs[0].organisation.id]);
  await sql(`insert into team_member (id, team_id, person_id) values (gen_random_uuid(), ?, ?)`, [smallTeam.id, visitedOfficer.id]);

  // The auditor, on a phone: from the visits to the findings of this one.
  const auditor = await signIn(orgs[1].internalAuditor, PHONE);
  await auditor.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Mijn auditbezoeken' }).click();
  await auditor.getByTestId('my-peer-visit').filter({ hasText: name }).getByRole('link', { name: `Bevindingen bij het bezoek aan ${name}` }).click();
  await auditor.getByRole('heading', { level: 1, name: `Bezoek aan ${name}` }).waitFor();
  // Beside the self-evaluation while the report is a draft: the visited organisation's learning, team figures only.
  const learning = auditor.getByTestId('learning-dashboard-card');
  await learning.getByText(`Zo geeft ${name} ruimte aan leren`).waitFor();
  await learning.getByTestId('learning-dashboard-not-shown').filter({ hasText: '1 team heeft nog geen maand met minstens' }).waitFor();
  expect(await learning.getByText('Wijkteam Leerrapport').count()).toBe(0);
  await checkPage(auditor, 'organisation-peer-findings-phone');
  await fitsPhone(auditor);

  const form = auditor.getByTestId('peer-finding-form').first();
  const goesWell = form.getByLabel('Wat gaat goed');
  const normId = ((await goesWell.getAttribute('id')) ?? '').replace(/^finding-/, '').replace(/-goesWell$/, '');
  await form.getByLabel('Leerpunten').fill('Leg de afspraken vast.');
  await form.getByRole('button', { name: 'Bevinding opslaan' }).click();
  await form.locator('textarea[aria-invalid="true"]').waitFor();
  expect(await sql(`select count(*)::int as n from peer_finding where visit_id = ?`, [visitId])).toEqual([{ n: 0 }]);
  await checkPage(auditor, 'organisation-peer-finding-refused');
  await goesWell.fill('Het team bespreekt elke maand de klachten.');
  await form.getByLabel('De bedoeling').fill('Leren van klachten.');
  await form.getByRole('button', { name: 'Bevinding opslaan' }).click();
  await form.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
  expect(await sql(`select norm_id, goes_well, intention, learning_points, revision from peer_finding where visit_id = ?`, [visitId])).toEqual([
    { norm_id: normId, goes_well: 'Het team bespreekt elke maand de klachten.', intention: 'Leren van klachten.', learning_points: 'Leg de afspraken vast.', revision: 1 },
  ]);

  // Issuing: an empty summary is refused beside its field, then the report is issued.
  const issue = auditor.getByTestId('learning-report-issue');
  await issue.getByRole('button', { name: 'Leerrapport uitbrengen' }).click();
  await issue.locator('#issue-summary[aria-invalid="true"]').waitFor();
  await checkPage(auditor, 'organisation-peer-issue-refused');
  await issue.getByLabel('Samenvatting').fill('Een organisatie die leert van wat mensen zeggen.');
  await issue.getByRole('button', { name: 'Leerrapport uitbrengen' }).click();
  await auditor.getByTestId('learning-report-status').filter({ hasText: 'Uitgebracht' }).waitFor();
  expect(await sql(`select status, summary from peer_learning_report where visit_id = ?`, [visitId])).toEqual([
    { status: 'ISSUED', summary: 'Een organisatie die leert van wat mensen zeggen.' },
  ]);
  await checkPage(auditor, 'organisation-peer-report-issued-phone');
  await auditor.setViewportSize(DESKTOP);
  await checkPage(auditor, 'organisation-peer-report-issued');

  // The visited organisation reads it from its group's visits and replies (an empty reply refused first).
  const officer = await signIn(orgs[0].officer, DESKTOP);
  await officer.goto(`${suite.stack.url}/peer-review`);
  await officer.getByTestId('peer-visit').filter({ hasText: name }).getByRole('link', { name: `Leerrapport van ${name}` }).click();
  await officer.getByRole('heading', { level: 1, name: `Leerrapport van ${name}` }).waitFor();
  const finding = officer.getByTestId('learning-report-finding');
  expect(await finding.count()).toBe(1);
  // Appreciative first: what goes well, the intention, then the points to learn from.
  expect((await finding.locator('dt').allTextContents())).toEqual(['Wat gaat goed', 'De bedoeling', 'Leerpunten']);
  await checkPage(officer, 'organisation-learning-report-issued');
  const reply = officer.getByTestId('learning-report-reply-form');
  await reply.getByRole('button', { name: 'Reactie versturen' }).click();
  await reply.locator('#report-reply-text[aria-invalid="true"]').waitFor();
  await reply.getByLabel('Uw reactie').fill('Dank voor het spiegelen.');
  await reply.getByRole('button', { name: 'Reactie versturen' }).click();
  await officer.getByTestId('learning-report-status').filter({ hasText: 'Gereageerd' }).waitFor();
  expect(await sql(`select status, reply from peer_learning_report where visit_id = ?`, [visitId])).toEqual([{ status: 'REPLIED', reply: 'Dank voor het spiegelen.' }]);
  await officer.setViewportSize(PHONE);
  await checkPage(officer, 'organisation-learning-report-replied-phone');
  await fitsPhone(officer);

  // The pair makes it final.
  await auditor.reload();
  await auditor.getByTestId('learning-report-reply').filter({ hasText: 'Dank voor het spiegelen.' }).waitFor();
  await auditor.getByRole('button', { name: 'Leerrapport definitief maken' }).click();
  await auditor.getByTestId('learning-report-status').filter({ hasText: 'Definitief' }).waitFor();
  expect(await sql(`select status from peer_learning_report where visit_id = ?`, [visitId])).toEqual([{ status: 'FINAL' }]);
  await checkPage(auditor, 'organisation-peer-report-final');

  // The organisation shares it with its group; then the page in English.
  await officer.reload();
  await officer.getByRole('button', { name: 'Delen met de groep' }).click();
  await officer.getByText('Gedeeld met de groep.').waitFor();
  expect((await sql(`select shared_at from peer_learning_report where visit_id = ?`, [visitId]))[0].shared_at).not.toBeNull();
  await officer.setViewportSize(DESKTOP);
  await checkPage(officer, 'organisation-learning-report-shared');
  await officer.getByRole('button', { name: 'EN', exact: true }).click();
  await officer.getByRole('heading', { level: 1, name: `Learning report of ${name}` }).waitFor();
  await officer.getByText('Shared with the group.').waitFor();
  await checkPage(officer, 'organisation-learning-report-en');

  // The secretariat registers the assessment from its peer-review screen, after the check step.
  const sector = await suite.signIn('secretariaat@swn.demo', DEMO_PASSWORD, DESKTOP);
  await sector.getByRole('link', { name: 'Intercollegiale adviesmeting' }).click();
  await sector.getByRole('heading', { level: 1, name: 'Intercollegiale adviesmeting' }).waitFor();
  const visit = sector.locator(`[data-testid="formed-group-visit"][data-visit="${visitId}"]`);
  await clickAndConfirm(visit, `Registreren: ${name}`);
  await visit.getByTestId('visit-registered').filter({ hasText: 'In het register, geldig tot en met' }).waitFor();
  expect(await sql(`select count(*)::int as n from peer_review_registration where visit_id = ?`, [visitId])).toEqual([{ n: 1 }]);
  expect(await visit.getByRole('button', { name: `Registreren: ${name}` }).count()).toBe(0);
  await checkPage(sector, 'sector-peer-review-registered');
  await sector.setViewportSize(PHONE);
  await checkPage(sector, 'sector-peer-review-registered-phone');
  await fitsPhone(sector);

  // Registered, the organisation may sign up for its next assessment; until a group forms for it, it has none.
  await officer.getByRole('button', { name: 'NL', exact: true }).click();
  await officer.goto(`${suite.stack.url}/peer-review`);
  const renewal = officer.getByRole('form', { name: 'Aanmelden' });
  await renewal.getByLabel('Gewenste periode vanaf').fill(inDays(200));
  await renewal.getByLabel('Gewenste periode tot en met').fill(inDays(400));
  await renewal.getByLabel('Omvang (fte)').fill('30');
  await renewal.getByLabel('Regio').fill('Utrecht');
  await renewal.getByRole('button', { name: 'Aanmelden' }).click();
  await officer.getByTestId('peer-sign-up').getByText('Wacht op een groep').waitFor();
  await officer.getByTestId('peer-group').getByText('U zit nog niet in een groep.').waitFor();
  expect(await sql(`select s.status from peer_review_sign_up s join app_user u on u.organisation_id = s.organisation_id where u.email = ? order by s.created_at`, [orgs[0].officer])).toEqual([
    { status: 'COMPLETED' },
    { status: 'OPEN' },
  ]);
  await checkPage(officer, 'organisation-peer-review-renewal');
}, 240_000);
