import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { startStack, type Stack } from '../support/stack';

/**
 * The workflow reports events and notifications as codes; the api words them in the reader's language.
 * The same cycle's audit trail and notifications read in Dutch for a Dutch reader and in English for an
 * English one, chosen by the request's Accept-Language.
 */

const READ = `query($id: ID!) {
  cycleEvents(cycleId: $id) { command summary }
  notifications(first: 20) { nodes { title body } }
}`;

let stack: Stack;
let cycle: ParkedCycle;

beforeAll(async () => {
  stack = await startStack();
  cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'DATES_PROPOSED');
});
afterAll(() => stack?.stop());

async function readAs(language: string) {
  const officer = new GqlSession(stack.url, { 'accept-language': language });
  await officer.login(cycle.org.officer, PASSWORD);
  return officer.ok(READ, { id: cycle.cycleId });
}

it('reads the audit trail and notifications in Dutch for a Dutch reader', async () => {
  const nl = await readAs('nl');
  const summaries = nl.cycleEvents.map((e: { summary: string }) => e.summary);
  expect(summaries[0]).toBe('Cyclus gestart');
  expect(summaries).toContain('Voorbereiding afgerond; zelfevaluatie gestart');
  expect(summaries.find((s: string) => s.startsWith('Opdracht aanvaard;'))).toMatch(/^Opdracht aanvaard; \d+ auditdag\(en\)$/);
  expect(summaries.at(-1)).toMatch(/^Auditdata voorgesteld: \d{1,2} [a-z]+ \d{4}/);
  const titles = nl.notifications.nodes.map((n: { title: string }) => n.title);
  expect(titles).toEqual(expect.arrayContaining(['Kies een auditdatum', 'De certificerende instelling heeft de opdracht aanvaard']));
});

it('reads the same cycle in English for an English reader, with no Dutch left', async () => {
  const [en, nl] = await Promise.all([readAs('en-GB,en;q=0.9'), readAs('nl')]);
  const summaries = en.cycleEvents.map((e: { summary: string }) => e.summary);
  expect(summaries[0]).toBe('Cycle started');
  expect(summaries).toContain('Preparation completed; self-evaluation started');
  expect(summaries.at(-1)).toMatch(/^Audit dates proposed: \d{1,2} [A-Z][a-z]+ \d{4}/);
  const titles = en.notifications.nodes.map((n: { title: string }) => n.title);
  expect(titles).toEqual(expect.arrayContaining(['Choose an audit date', 'The certifying institution accepted the engagement']));
  // Every line differs from its Dutch counterpart: nothing fell back to the stored Dutch text.
  en.cycleEvents.forEach((e: { summary: string }, i: number) => expect(e.summary).not.toBe(nl.cycleEvents[i].summary));
  en.notifications.nodes.forEach((n: { title: string }, i: number) => expect(n.title).not.toBe(nl.notifications.nodes[i].title));
});

it('stores the Dutch wording beside the code, for mail and for readers outside the api', async () => {
  const rows = await stack.orm.em
    .fork()
    .getConnection()
    .execute<{ summary: string; event: { code: string } }[]>(`select summary, event from cycle_transition where cycle_id = ? order by seq`, [cycle.cycleId]);
  expect(rows[0]).toEqual({ summary: 'Cyclus gestart', event: { code: 'startCycle' } });
  expect(rows.every((r) => r.event !== null)).toBe(true);
});
