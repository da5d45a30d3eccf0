import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { clickAndConfirm } from '../support/confirm-step';
import { answerAllAndSubmit, command, longRules, passInternalAudit } from '../support/cycle-driver';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { runForId, signedIn, type PeerMember } from '../support/peer-session';
import { createFramework } from '../support/scheme-fixtures';
import { waitFor } from '../support/wait-for';
import { browserSuite } from './browser-suite';

/**
 * The peer path end to end in Chromium: three organisations, each with a PEER_REVIEW cycle past its internal
 * audit, take the peer assessment to three register entries. Each kind of step is done once in the browser
 * (the sign-up, the secretariat forming the group, a visit planned and confirmed, one of the pair's finding and
 * issued report, the organisation's reply, the report made final, the secretariat's "Registreren"); the same
 * steps of the other two organisations go through GraphQL. At the end the public register lists the three
 * peer assessments and the first organisation's overview shows its cycle registered on the peer path's timeline.
 */
const suite = browserSuite();
const { sql } = suite;
// One region of our own: the secretariat's suggestion groups these three and no other file's sign-ups.
const TAG = `Keten${Math.random().toString(36).slice(2, 7)}`;
const KEYS = ['a', 'b', 'c'] as const;
type Key = (typeof KEYS)[number];
// Who visits whom: each visit by the internal auditors of the other two.
const PAIRS: Record<Key, [Key, Key]> = { a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'] };

interface Member extends PeerMember {
  name: string;
}
const m = {} as Record<Key, Member>;

const CYCLE = `query($id: ID!) { cycle(id: $id) { phase step } }`;
const cycleAt = (key: Key, phase: string, step: string | null) =>
  waitFor(`${key} in ${phase} (${step})`, async () => {
    const c = (await m[key].officer.ok(CYCLE, { id: m[key].cycleId })).cycle;
    return c.phase === phase && c.step === step;
  });

async function signIn(email: string, password = PASSWORD): Promise<Page> {
  const page = await suite.signIn(email, password);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  return page;
}

async function sectorPage(): Promise<Page> {
  const page = await suite.signIn('secretariaat@swn.demo', DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Intercollegiale adviesmeting' }).click();
  await page.getByRole('heading', { level: 1, name: 'Intercollegiale adviesmeting' }).waitFor();
  return page;
}

const signUpInput = () => ({ periodFrom: inDays(10), periodUntil: inDays(120), fte: 20, region: TAG, partnersKnown: false });
const reportCommand = (who: GqlSession, name: string, inputType: string, input: Record<string, unknown>) =>
  who.ok(`mutation($i: ${inputType}!) { ${name}(input: $i) { status } }`, { i: { clientMutationId: mutationId(), ...input } });

// Three organisations, three cycles and a dozen screens: longer than the default for one test.
it('three organisations with a PEER_REVIEW cycle go from sign-up to three register entries', async () => {
  // Setup through GraphQL: a framework, three organisations with a trained peer auditor each, and their
  // PEER_REVIEW cycles through preparation, self-evaluation and internal audit.
  const { version, normIds } = await createFramework(suite.stack.orm.em.fork(), longRules(), 2);
  for (const key of KEYS) {
    const fixture = await createOrganisation(suite.stack.orm.em.fork(), `${TAG} ${key.toUpperCase()}`);
    const officer = await signedIn(suite.stack.url, fixture.officer);
    const [person] = await sql(`select id from app_user where email = ?`, [fixture.internalAuditor]);
    const auditorId = await runForId(officer, 'nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
    await runForId(officer, 'recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: auditorId, trainedOn: inDays(-10), provider: 'Opleider' });
    const start = await officer.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, {
      i: { clientMutationId: mutationId(), variant: 'PEER_REVIEW', wholeOrganisation: true, scopeUnits: [], fte: 20, frameworkVersionId: version.id },
    });
    const cycleId: string = start.startCycle.id;
    await officer.ok(command('completePreparation', 'CompletePreparationInput'), { i: { cycleId, clientMutationId: mutationId() } });
    await answerAllAndSubmit(officer, cycleId, normIds);
    await passInternalAudit(officer, suite.stack.orm.em.fork(), fixture, cycleId, normIds[0]);
    m[key] = { fixture, name: fixture.organisation.name, officer, auditor: await signedIn(suite.stack.url, fixture.internalAuditor), auditorId, cycleId, signUpId: '', visitId: '' };
  }
  for (const key of KEYS) await cycleAt(key, 'PEER_ASSESSMENT', 'AWAITING_GROUP');

  // A's quality officer signs up in the browser; B and C through GraphQL.
  const officerA = await signIn(m.a.fixture.officer);
  await officerA.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Intercollegiale toets' }).click();
  await officerA.getByRole('heading', { level: 1, name: 'Intercollegiale adviesmeting' }).waitFor();
  await officerA.getByLabel('Gewenste periode vanaf').fill(inDays(10));
  await officerA.getByLabel('Gewenste periode tot en met').fill(inDays(120));
  await officerA.getByLabel('Omvang (fte)').fill('20');
  await officerA.getByLabel('Regio').fill(TAG);
  await officerA.getByRole('button', { name: 'Aanmelden' }).click();
  await officerA.getByTestId('peer-sign-up').waitFor();
  const [signUpA] = await sql(`select id, cycle_id from peer_review_sign_up where organisation_id = ?`, [m.a.fixture.organisation.id]);
  // The sign-up is linked to the organisation's open peer cycle.
  expect(signUpA.cycle_id).toBe(m.a.cycleId);
  m.a.signUpId = signUpA.id;
  for (const key of ['b', 'c'] as const) m[key].signUpId = await runForId(m[key].officer, 'signUpForPeerReview', 'SignUpForPeerReviewInput', signUpInput());

  // The secretariat forms the suggested group of the region in the browser; its workflow moves the three cycles.
  const sector = await sectorPage();
  const proposal = sector.getByTestId('peer-proposal').filter({ hasText: `Regio ${TAG}` });
  await proposal.getByText(m.c.name).waitFor();
  expect(await proposal.getByRole('listitem').count()).toBe(3);
  await proposal.getByRole('button', { name: `Groep vormen in regio ${TAG}` }).click();
  await sector.getByTestId('peer-review-status').getByText(`De groep in regio ${TAG} is gevormd.`).waitFor();
  const [{ group_id: groupId }] = await sql(`select group_id from peer_group_member where sign_up_id = ?`, [m.a.signUpId]);
  for (const key of KEYS) await cycleAt(key, 'PEER_ASSESSMENT', 'GROUP_FORMED');

  // A plans its own visit and confirms it in the browser; B's and C's visits through GraphQL.
  await officerA.reload();
  const plan = officerA.getByTestId('peer-visit-plan');
  await plan.getByLabel('Te bezoeken organisatie').selectOption(m.a.fixture.organisation.id);
  await plan.getByLabel('Datum van het bezoek').fill(inDays(20));
  await plan.getByLabel('Auditor 1').selectOption(m.b.auditorId);
  await plan.getByLabel('Auditor 2').selectOption(m.c.auditorId);
  await plan.getByRole('button', { name: 'Bezoek plannen' }).click();
  const visitRow = officerA.getByTestId('peer-visits').getByTestId('peer-visit').filter({ hasText: m.a.name });
  await visitRow.getByText('Gepland').waitFor();
  await checkPage(officerA, 'peer-path-visit-planned');
  await clickAndConfirm(officerA.getByTestId('peer-visit-confirm'), /^Datum .* bevestigen$/);
  await visitRow.getByText('Bevestigd').waitFor();
  [{ id: m.a.visitId }] = await sql(`select id from peer_visit where organisation_id = ? and status = 'CONFIRMED'`, [m.a.fixture.organisation.id]);
  for (const [i, key] of (['b', 'c'] as const).entries()) {
    m[key].visitId = await runForId(m.a.officer, 'planPeerVisit', 'PlanPeerVisitInput', {
      peerGroupId: groupId,
      organisationId: m[key].fixture.organisation.id,
      date: inDays(21 + i),
      peerAuditorIds: PAIRS[key].map((p) => m[p].auditorId),
    });
    await runForId(m[key].officer, 'confirmPeerVisit', 'ConfirmPeerVisitInput', { peerVisitId: m[key].visitId });
  }
  for (const key of KEYS) await cycleAt(key, 'PEER_ASSESSMENT', 'VISITS_PLANNED');

  // B's internal auditor records a finding at A's visit and issues the learning report in the browser.
  const auditor = await signIn(m.b.fixture.internalAuditor);
  await auditor.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).getByRole('link', { name: 'Mijn auditbezoeken' }).click();
  await auditor.getByTestId('my-peer-visit').filter({ hasText: m.a.name }).getByRole('link', { name: `Bevindingen bij het bezoek aan ${m.a.name}` }).click();
  await auditor.getByRole('heading', { level: 1, name: `Bezoek aan ${m.a.name}` }).waitFor();
  const finding = auditor.getByTestId('peer-finding-form').first();
  await finding.getByLabel('Wat gaat goed').fill('Het team bespreekt elke maand de klachten.');
  await finding.getByLabel('Leerpunten').fill('Leg de afspraken vast.');
  await finding.getByRole('button', { name: 'Bevinding opslaan' }).click();
  await finding.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
  const issue = auditor.getByTestId('learning-report-issue');
  await issue.getByLabel('Samenvatting').fill('Een organisatie die leert van wat mensen zeggen.');
  await issue.getByRole('button', { name: 'Leerrapport uitbrengen' }).click();
  await auditor.getByTestId('learning-report-status').filter({ hasText: 'Uitgebracht' }).waitFor();
  await checkPage(auditor, 'peer-path-report-issued');

  // A's quality officer replies in the browser.
  await officerA.reload();
  await visitRow.getByRole('link', { name: `Leerrapport van ${m.a.name}` }).click();
  await officerA.getByRole('heading', { level: 1, name: `Leerrapport van ${m.a.name}` }).waitFor();
  await officerA.getByTestId('learning-report-reply-form').getByLabel('Uw reactie').fill('Dank voor het spiegelen.');
  await officerA.getByTestId('learning-report-reply-form').getByRole('button', { name: 'Reactie versturen' }).click();
  await officerA.getByTestId('learning-report-status').filter({ hasText: 'Gereageerd' }).waitFor();
  await checkPage(officerA, 'peer-path-report-replied');

  // B's and C's reports through GraphQL, each by the first of its pair, up to FINAL.
  for (const key of ['b', 'c'] as const) {
    const pair = m[PAIRS[key][0]].auditor;
    const peerVisitId = m[key].visitId;
    await runForId(pair, 'recordPeerFinding', 'RecordPeerFindingInput', { peerVisitId, normId: normIds[0], goesWell: 'Goed overleg.', intention: 'Leren.', learningPoints: 'Leg afspraken vast.' });
    await reportCommand(pair, 'issueLearningReport', 'IssueLearningReportInput', { peerVisitId, summary: 'Samenvatting' });
    await reportCommand(m[key].officer, 'replyToLearningReport', 'ReplyToLearningReportInput', { peerVisitId, reply: 'Dank' });
    await reportCommand(pair, 'finaliseLearningReport', 'LearningReportCommandInput', { peerVisitId });
  }
  // A's report is the group's last: the pair makes it final in the browser, and every cycle awaits registration.
  await auditor.reload();
  await auditor.getByTestId('learning-report-reply').filter({ hasText: 'Dank voor het spiegelen.' }).waitFor();
  await auditor.getByRole('button', { name: 'Leerrapport definitief maken' }).click();
  await auditor.getByTestId('learning-report-status').filter({ hasText: 'Definitief' }).waitFor();
  for (const key of KEYS) await cycleAt(key, 'PEER_ASSESSMENT', 'REPORTS_FINAL');

  // The secretariat registers A with "Registreren" (after the check step); B and C through GraphQL.
  await sector.reload();
  const visit = sector.locator(`[data-testid="formed-group-visit"][data-visit="${m.a.visitId}"]`);
  await clickAndConfirm(visit, `Registreren: ${m.a.name}`);
  await visit.getByTestId('visit-registered').filter({ hasText: 'In het register, geldig tot en met' }).waitFor();
  await checkPage(sector, 'peer-path-registered');
  const admin = await signedIn(suite.stack.url, 'secretariaat@swn.demo', DEMO_PASSWORD);
  for (const key of ['b', 'c'] as const) {
    await runForId(admin, 'registerPeerReview', 'RegisterPeerReviewInput', { peerVisitId: m[key].visitId });
  }
  for (const key of KEYS) await cycleAt(key, 'REGISTERED', null);
  expect(await sql(`select count(*)::int as n from peer_review_registration where group_id = ?`, [groupId])).toEqual([{ n: 3 }]);

  // The public register lists the three peer assessments, without a certificate or an institution.
  await sector.goto(`${suite.stack.url}/register`);
  await sector.getByRole('heading', { level: 1, name: 'Openbaar register' }).waitFor();
  await sector.getByLabel('Zoeken op organisatie of plaats').fill(TAG);
  const rows = sector.getByTestId('register-row');
  await sector.getByTestId('register-count').filter({ hasText: /^\s*3 certificaten gevonden\./ }).waitFor();
  for (const key of KEYS) {
    const row = rows.filter({ hasText: m[key].name });
    expect(await row.getAttribute('data-kind')).toBe('PEER_REVIEW');
    expect(await row.locator('th, td').allTextContents()).toEqual([
      `${m[key].name}Intercollegiale adviesmeting, geen certificaat`,
      'Utrecht',
      'Intercollegiale adviesmetingHele organisatie',
      'Geen (intercollegiaal)',
      expect.stringMatching(/^Testkader \w+ 1$/),
      expect.stringMatching(/^\d{1,2} \w+ \d{4}$/),
      'Geldig',
    ]);
  }
  await checkPage(sector, 'peer-path-public-register');

  // A's overview: the cycle is registered, every stage of the peer path done up to the registration.
  await officerA.goto(`${suite.stack.url}/`);
  await officerA.getByTestId('phase').filter({ hasText: 'Ingeschreven' }).waitFor();
  const timeline = officerA.getByTestId('timeline').getByRole('listitem');
  expect(await timeline.evaluateAll((items) => items.map((i) => `${i.getAttribute('data-stage')} ${i.getAttribute('data-status')}`))).toEqual([
    'PREPARATION DONE',
    'SELF_EVALUATION DONE',
    'INTERNAL_AUDIT DONE',
    'PEER_ASSESSMENT DONE',
    'REGISTERED CURRENT',
  ]);
  expect((await timeline.locator('.phase-list__name').allTextContents()).map((t) => t.trim())).toEqual([
    'Voorbereiding, afgerond',
    'Zelfevaluatie, afgerond',
    'Interne audit, afgerond',
    'Intercollegiale toetsing, afgerond',
    'Ingeschreven, huidige stap',
  ]);
  await checkPage(officerA, 'peer-path-cycle-registered');
  await officerA.setViewportSize({ width: 390, height: 844 });
  await checkPage(officerA, 'peer-path-cycle-registered-phone');
  // No certificate comes of a peer assessment.
  expect(await sql(`select id from certificate where cycle_id in (?, ?, ?)`, KEYS.map((k) => m[k].cycleId))).toEqual([]);
}, 240_000);
