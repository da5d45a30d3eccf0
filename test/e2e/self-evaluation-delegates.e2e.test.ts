import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { CLIENT_DIST } from '../../server/src/app';
import { Role } from '../../server/src/modules/user/role';
import type { User } from '../../server/src/modules/user/user.entity';
import { checkPage } from '../support/axe';
import { launchChromium, signedInBrowser } from '../support/browser';
import { addOrganisationUser, placeCycle } from '../support/content-fixtures';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { START_CYCLE, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let browser: Browser;
let org: OrgFixture;
let lead: User;
let cycleId: string;

beforeAll(async () => {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build:client` first (npm test does).');
  }
  stack = await startStack();
  const em = stack.orm.em.fork();
  org = await createOrganisation(em, 'E2E-gedelegeerd');
  lead = await addOrganisationUser(em, org.organisation, Role.ORG_VIEWER, 'teamleider');
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  cycleId = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await placeCycle(em.getConnection(), cycleId, 'SELF_EVALUATION');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const delegates = async () =>
  (await stack.orm.em.fork().getConnection().execute<{ delegate_id: string }[]>(`select delegate_id from self_evaluation_delegate where cycle_id = ?`, [cycleId])).map(
    (r) => r.delegate_id,
  );

it('the quality officer names a team lead to write the answers with them, and withdraws that', async () => {
  const { page } = await signedInBrowser(browser, stack.url, { email: org.officer, password: PASSWORD });
  await page.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();

  const card = page.getByTestId('self-evaluation-delegates');
  await card.getByText('Nog niemand aangewezen.').waitFor();
  // Writers already (the officer, the internal auditor) are not offered.
  const offered = await card.getByLabel('Lid van de organisatie').locator('option').allTextContents();
  expect(offered).toContain(lead.name);
  expect(offered).toHaveLength(3); // the placeholder, the team lead, the fixture's viewer
  await card.getByLabel('Lid van de organisatie').selectOption(lead.id);
  await card.getByRole('button', { name: 'Aanwijzen' }).click();
  await card.getByTestId('delegate').filter({ hasText: lead.name }).waitFor();
  expect(await delegates()).toEqual([lead.id]);
  await checkPage(page, 'organisation-self-evaluation-delegates');

  // The team lead, a viewer, now finds the answers open to them (viewerCan), but no way to submit.
  const asLead = await signedInBrowser(browser, stack.url, { email: lead.email, password: PASSWORD });
  await asLead.page.getByRole('link', { name: 'Zelfevaluatie', exact: true }).click();
  const firstNorm = asLead.page.locator('fieldset[data-testid^="norm-"]').first();
  await firstNorm.waitFor();
  expect(await firstNorm.isDisabled()).toBe(false);
  expect(await asLead.page.getByTestId('self-evaluation-delegates').count()).toBe(0);
  expect(await asLead.page.getByRole('button', { name: 'Zelfevaluatie indienen' }).count()).toBe(0);
  await asLead.context.close();

  await card.getByRole('button', { name: `Intrekken voor ${lead.name}` }).click();
  await card.getByText('Nog niemand aangewezen.').waitFor();
  expect(await delegates()).toEqual([]);
});
