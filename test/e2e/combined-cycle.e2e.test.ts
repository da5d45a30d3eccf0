import type { Page } from 'playwright-core';
import { checkPage } from '../support/axe';
import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { PASSWORD } from '../support/fixtures';
import { drivePeerVisit } from '../support/peer-visit-driver';
import { switchToEnglish } from '../support/browser';
import { browserSuite } from './browser-suite';

/**
 * The combination test on the institution's screen, in Chromium: the lead auditor of a COMBINED cycle sees the
 * organisation's final peer learning report beside the facts of the cycle, in Dutch and in English; the
 * institution's manager gets no such card. Axe-clean at phone and desktop width.
 */
const suite = browserSuite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
let cycle: ParkedCycle;

beforeAll(async () => {
  cycle = await driveCycle(suite.stack.url, suite.stack.orm.em.fork(), 'SCHEDULING', { variant: 'COMBINED', label: 'E2E-combinatie' });
  const peer = await drivePeerVisit(suite.stack.url, () => suite.stack.orm.em.fork(), cycle);
  await peer.issue('Een lerende organisatie die klachten benut.', 'Het team leert van elke casus.');
  await peer.finalise('Dank voor het spiegelen.');
}, 300_000);

async function cycleScreen(email: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await suite.signIn(email, PASSWORD, viewport);
  await page.getByTestId('institution-inbox').waitFor();
  await page.goto(`${suite.stack.url}/cycles/${cycle.cycleId}`);
  await page.getByTestId('institution-cycle').waitFor();
  return page;
}

it.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('the lead auditor reads the final learning report on the cycle screen (%s)', async (name, viewport) => {
  const page = await cycleScreen(cycle.ci.lead.email, viewport);
  const card = page.getByTestId('peer-learning-reports');
  await card.getByRole('heading', { name: 'Leerrapporten van de intercollegiale adviesmeting' }).waitFor();
  const report = card.getByTestId('peer-learning-report');
  await report.getByText('Een lerende organisatie die klachten benut.').waitFor();
  await report.getByText('Dank voor het spiegelen.').waitFor();
  await report.getByText('Bevindingen per norm (1)').click();
  await report.getByText('Het team leert van elke casus.').waitFor();
  // Read-only: nothing on the card to press but the findings' disclosure.
  expect(await card.getByRole('button').count()).toBe(0);
  await checkPage(page, `institution-combined-peer-report-${name}`);

  await switchToEnglish(page);
  await card.getByRole('heading', { name: 'Learning reports of the peer advisory assessment' }).waitFor();
  await report.getByText("The organisation's reply").waitFor();
});

it('the manager, who assigns the auditors but does not audit, gets no learning-report card', async () => {
  const page = await cycleScreen(cycle.ci.manager, DESKTOP);
  await page.getByTestId('cycle-facts').waitFor();
  expect(await page.getByTestId('peer-learning-reports').count()).toBe(0);
});
