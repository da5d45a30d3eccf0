import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { checkPage } from '../support/axe';
import { signedIn, type GqlSession } from '../support/gql';
import { runAs, START_CYCLE, startInput } from '../support/operations';
import { browserSuite } from './browser-suite';

/**
 * The audited organisation's learning in Chromium, with the demo organisation (threshold 3): the quality officer
 * links a closed climate-scan round to a norm in the self-evaluation; the lead auditor then sees, in the cycle
 * view, the team aggregates of the team above the threshold and not the small team below it (on a 390 px phone
 * and at 1366 px), and the linked round beside the organisation's answer. Accessibility is checked on each state.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const SMALL_TEAM = 'Kleine kring';
const PERIOD = 'Zomer e2e';
// With a worker: the cycle is started through its workflow.
const suite = browserSuite();
const { sql } = suite;

let cycleId: string;
let normCode: string;
const login = (email: string): Promise<GqlSession> => signedIn(suite.stack.url, email, DEMO_PASSWORD);

beforeAll(async () => {
  const officer = await login('kwaliteit@voorbeeldstad.demo');
  const coordinator = await login('opleidingen@voorbeeldstad.demo');
  const [org] = await sql(`select organisation_id as id from app_user where email = 'kwaliteit@voorbeeldstad.demo'`);
  const [open] = await sql(`select id from cycle where organisation_id = ? and closed_at is null`, [org.id]);
  cycleId = open?.id ?? (await officer.ok(START_CYCLE, { i: startInput(suite.stack.demo.framework.id) })).startCycle.id;
  // In the self-evaluation, audited by the demo's lead auditor, as the workflow and the engagement would leave it.
  const [auditor] = await sql(`select id from app_user where email = 'auditor@ci.demo'`);
  await sql(`update cycle set phase = 'SELF_EVALUATION', variant = 'EXTERNAL_AUDIT', lead_auditor_id = ?, self_evaluation_locked_at = null where id = ?`, [auditor.id, cycleId]);
  [{ code: normCode }] = await sql(`select n.code from norm n join cycle c on c.framework_version_id = n.framework_version_id where c.id = ? order by n.code limit 1`, [cycleId]);
  // A small team whose one person registered time: under the threshold, so it is not shown to the auditors.
  const [pim] = await sql(`select id from app_user where email = 'professional@voorbeeldstad.demo'`);
  const [team] = await sql(`insert into team (id, organisation_id, name) values (gen_random_uuid(), ?, ?) returning id`, [org.id, SMALL_TEAM]);
  await sql(`insert into team_member (id, team_id, person_id) values (gen_random_uuid(), ?, ?)`, [team.id, pim.id]);
  const [centrum] = await sql(`select id from team where organisation_id = ? and name = 'Wijkteam Centrum'`, [org.id]);
  const round = (await runAs(coordinator, `mutation($i: OpenClimateScanRoundInput!) { openClimateScanRound(input: $i) { id } }`, { period: PERIOD, teamIds: [centrum.id] }))
    .openClimateScanRound.id;
  await runAs(coordinator, `mutation($i: CloseClimateScanRoundInput!) { closeClimateScanRound(input: $i) { id } }`, { roundId: round });
}, 120_000);

async function selfEvaluation(): Promise<Page> {
  const page = await suite.signIn('kwaliteit@voorbeeldstad.demo', DEMO_PASSWORD, DESKTOP);
  await page.getByRole('navigation', { name: 'Onderdelen van de cyclus' }).waitFor();
  await page.goto(`${suite.stack.url}/self-evaluation`);
  await page.getByTestId(`norm-${normCode}`).waitFor();
  return page;
}

it('the quality officer links a closed scan round to a norm, and can unlink it again', async () => {
  const page = await selfEvaluation();
  const block = page.getByTestId(`norm-${normCode}`).getByTestId('norm-learning-evidence');
  await block.getByText('Nog geen leerjaarverslag of scanronde gekoppeld.').waitFor();
  await block.getByLabel('Leerjaarverslag of gesloten scanronde').selectOption({ label: `Leerklimaatscan, ronde ${PERIOD}` });
  await block.getByRole('button', { name: 'Koppelen' }).click();
  await block.getByRole('listitem').filter({ hasText: `Leerklimaatscan, ronde ${PERIOD}` }).waitFor();
  await checkPage(page, 'organisation-learning-evidence');
  await block.getByRole('button', { name: `Ontkoppelen: Leerklimaatscan, ronde ${PERIOD}` }).click();
  await block.getByText('Nog geen leerjaarverslag of scanronde gekoppeld.').waitFor();
  await block.getByLabel('Leerjaarverslag of gesloten scanronde').selectOption({ label: `Leerklimaatscan, ronde ${PERIOD}` });
  await block.getByRole('button', { name: 'Koppelen' }).click();
  await block.getByRole('listitem').filter({ hasText: PERIOD }).waitFor();
  const links = await sql(`select l.id from learning_evidence_link l where l.cycle_id = ?`, [cycleId]);
  expect(links).toHaveLength(1);
});

for (const [label, viewport] of [
  ['on a 390 px phone', PHONE],
  ['at 1366 px', DESKTOP],
] as const) {
  it(`the lead auditor sees the team aggregates above the threshold ${label}, and not the small team`, async () => {
    const page = await suite.signIn('auditor@ci.demo', DEMO_PASSWORD, viewport);
    await page.getByTestId('institution-inbox').waitFor();
    await page.goto(`${suite.stack.url}/cycles/${cycleId}/findings`);
    const card = page.getByTestId('learning-dashboard-card');
    await card.getByRole('heading', { name: 'Leren tussen de audits' }).waitFor();
    const teams = card.getByTestId('learning-dashboard-team');
    await teams.filter({ hasText: 'Wijkteam Centrum' }).waitFor();
    await expect(teams.filter({ hasText: SMALL_TEAM }).count()).resolves.toBe(0);
    await card.getByTestId('learning-dashboard-not-shown').waitFor();
    await card.getByTestId('learning-dashboard-scan').filter({ hasText: PERIOD }).waitFor();
    await checkPage(page, `institution-learning-dashboard-${viewport.width}`);
    // The round the organisation linked shows beside its answer on the norm, once the audit has a date.
    await sql(`update cycle set confirmed_audit_date = current_date where id = ?`, [cycleId]);
    await page.reload();
    await page.getByTestId(`finding-${normCode}`).getByTestId('norm-learning-evidence').getByText(`Leerklimaatscan, ronde ${PERIOD}`).waitFor();
  });
}

it('the dashboard reads the same in English', async () => {
  const page = await suite.signIn('auditor@ci.demo', DEMO_PASSWORD, DESKTOP);
  await page.getByTestId('institution-inbox').waitFor();
  await page.goto(`${suite.stack.url}/cycles/${cycleId}/findings`);
  await page.getByRole('heading', { name: 'Leren tussen de audits' }).waitFor();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  const card = page.getByTestId('learning-dashboard-card');
  await card.getByRole('heading', { name: 'Learning between audits' }).waitFor();
  await card.getByText('Learning time per team').waitFor();
  await checkPage(page, 'institution-learning-dashboard-en');
});
