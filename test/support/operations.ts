import type { GqlSession } from './gql';
/** The GraphQL operations the tests send, written once. */
export const CYCLE_FIELDS = `id phase progress { done total percent } selfEvaluationLockedAt timeline { stage status }`;

export const START_CYCLE = `mutation($i: StartCycleInput!) { startCycle(input: $i) { ${CYCLE_FIELDS} } }`;
export const COMPLETE_PREPARATION = `mutation($i: CompletePreparationInput!) { completePreparation(input: $i) { ${CYCLE_FIELDS} } }`;
export const SUBMIT_SELF_EVALUATION = `mutation($i: CycleCommandInput!) { submitSelfEvaluation(input: $i) { ${CYCLE_FIELDS} } }`;
export const SAVE_ANSWER = `mutation($i: SaveSelfEvaluationAnswerInput!) {
  saveSelfEvaluationAnswer(input: $i) { id normId score goesWell toImprove explanation }
}`;
export const CURRENT_CYCLE = `query($id: ID!) { organisation(id: $id) { id name currentCycle { ${CYCLE_FIELDS}
  frameworkVersion { id illustrative categories { code norms { id code } } } } } }`;
export const CYCLE_EVENTS = `query($id: ID!) { cycleEvents(cycleId: $id) { seq fromPhase toPhase command actorName summary } }`;
export const FRAMEWORKS = `{ frameworkVersions { id name illustrative status categories { code norms { id code } } } }`;

export function startInput(frameworkVersionId: string, overrides: Record<string, unknown> = {}) {
  return { clientMutationId: mutationId(), variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40, frameworkVersionId, ...overrides };
}

let counter = 0;
/** A fresh client mutation ID, as the client makes one per action. */
export function mutationId(): string {
  counter += 1;
  return `test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

// --- Added for the bad-input, access, auth and hygiene integration tests. ---
export const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { id email role } }`;
export const LOGOUT = `mutation { logout }`;
export const ME = `{ me { id email role organisation { id } } }`;
export const ORGANISATION = `query($id: ID!) { organisation(id: $id) { id name } }`;
export const ORGANISATION_CURRENT_CYCLE = `query($id: ID!) { organisation(id: $id) { id currentCycle { id phase } } }`;
export const CYCLE = `query($id: ID!) { cycle(id: $id) { id phase organisation { id } selfEvaluationAnswers { normId score } } }`;
export const CYCLES = `query($first: Int!) { cycles(first: $first) { totalCount nodes { id } } }`;

/** Minimal interface of what `stack.orm.em.fork().getConnection()` offers, so this file needs no ORM import. */
interface SqlConnection {
  execute(sql: string, params?: unknown[]): Promise<any>;
}

/**
 * Row counts of the tables a mutation can touch, plus digests of the cycle phases and the answers, so a
 * before/after comparison shows that a refused request changed nothing at all.
 */
export async function dbFingerprint(conn: SqlConnection): Promise<Record<string, unknown>> {
  const [row] = await conn.execute(`select
    (select count(*)::int from cycle) as cycles,
    (select count(*)::int from cycle_transition) as transitions,
    (select count(*)::int from self_evaluation_answer) as answers,
    (select count(*)::int from session) as sessions,
    (select count(*)::int from login_failure) as login_failures,
    (select coalesce(string_agg(id::text || ':' || phase || ':' || seq || ':' || coalesce(self_evaluation_locked_at::text, '-'), ',' order by id), '') from cycle) as cycle_states,
    (select coalesce(md5(string_agg(id::text || coalesce(score, '-') || explanation || goes_well || to_improve || updated_at::text, ',' order by id)), '') from self_evaluation_answer) as answer_digest`);
  return row;
}

/**
 * startCycle answers before the workflow has projected its first transition (seq 1). Tests that compare the
 * database before and after something wait for that first, so the late write is not taken for a change.
 */
export async function waitForFirstProjection(conn: SqlConnection, organisationId: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rows = await conn.execute(`select seq from cycle where organisation_id = ?`, [organisationId]);
    if (rows.every((r: { seq: number }) => r.seq >= 1)) return;
    if (Date.now() > until) throw new Error(`The cycle of organisation ${organisationId} was not projected in ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Runs a mutation that takes its input as `$i` and must succeed, as `who`, with a fresh client mutation ID. */
export const runAs = (who: GqlSession, query: string, i: Record<string, unknown>) => who.ok(query, { i: { clientMutationId: mutationId(), ...i } });
