import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { createFramework, seconds, secondsRules } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());


it('a self-evaluation window from the scheme reminds the organisation, then escalates to the sector body when it passes', async () => {
  const em = stack.orm.em.fork();
  const { version } = await createFramework(em, secondsRules({ selfEvaluationWindow: seconds(4) }));
  const org = await createOrganisation(em, 'Termijn');
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  const { startCycle } = await officer.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 10, frameworkVersionId: version.id },
  });
  const cycleId: string = startCycle.id;
  const opened = await officer.ok(`mutation($i: CompletePreparationInput!) { completePreparation(input: $i) { phase dueAt overdue } }`, {
    i: { cycleId, clientMutationId: mutationId() },
  });
  expect(opened.completePreparation).toMatchObject({ phase: 'SELF_EVALUATION', overdue: false });
  const due = new Date(opened.completePreparation.dueAt).getTime();
  expect(due - Date.now()).toBeGreaterThan(2000);
  expect(due - Date.now()).toBeLessThanOrEqual(4500);
  // The API reads the fixture's rules in a public unit: seconds exist only on the test server's pinning path.
  const { frameworkVersions } = await officer.ok(`{ frameworkVersions { id rules { selfEvaluationWindow { amount unit } } } }`);
  expect(frameworkVersions.find((v: { id: string }) => v.id === version.id).rules.selfEvaluationWindow).toEqual({ amount: 4, unit: 'DAYS' });

  // At three quarters of the window: a reminder to the quality officer, nothing overdue yet.
  const kinds = async (s: GqlSession) =>
    (await s.ok(`{ notifications(first: 50) { nodes { kind title cycleId } } }`)).notifications.nodes
      .filter((n: { cycleId: string }) => n.cycleId === cycleId)
      .map((n: { kind: string }) => n.kind);
  await waitFor('the reminder', async () => (await kinds(officer)).includes('REMINDER'));

  // When it passes: the cycle is overdue, the trail says so, the sector body is told.
  const overdue = await waitFor('overdue', async () => {
    const { cycle } = await officer.ok(`query($id: ID!) { cycle(id: $id) { phase overdue } }`, { id: cycleId });
    return cycle.overdue ? cycle : null;
  });
  expect(overdue.phase).toBe('SELF_EVALUATION');
  const events = (await officer.ok(`query($id: ID!) { cycleEvents(cycleId: $id) { command actorName } }`, { id: cycleId })).cycleEvents;
  expect(events.map((e: { command: string }) => e.command)).toEqual(['startCycle', 'completePreparation', 'deadlinePassed']);
  expect(events[2].actorName).toBeNull();
  const admin = new GqlSession(stack.url);
  await admin.login('secretariaat@swn.demo', 'demo-wachtwoord');
  expect(await waitFor('the escalation', async () => ((await kinds(admin)).includes('OVERDUE') ? await kinds(admin) : null))).toContain('OVERDUE');
  const filtered = await admin.ok(`query($f: OrganisationFilter) { organisations(first: 500, filter: $f) { nodes { id } } }`, { f: { overdue: true } });
  expect(filtered.organisations.nodes.map((n: { id: string }) => n.id)).toContain(org.organisation.id);

  // Submitting ends the deadline: no longer overdue.
  const [answerNorms] = [await em.getConnection().execute(`select id from norm where framework_version_id = ?`, [version.id])];
  for (const { id: normId } of answerNorms) {
    await officer.ok(`mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id } }`, { i: { clientMutationId: mutationId(), cycleId, normId, score: 'MEETS' } });
  }
  const submitted = await officer.ok(`mutation($i: CycleCommandInput!) { submitSelfEvaluation(input: $i) { phase overdue dueAt } }`, {
    i: { cycleId, clientMutationId: mutationId() },
  });
  expect(submitted.submitSelfEvaluation).toEqual({ phase: 'INTERNAL_AUDIT', overdue: false, dueAt: null });
});
