import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { Role } from '../../server/src/modules/user/role';
import type { User } from '../../server/src/modules/user/user.entity';
import { addOrganisationUser, assignTeam, createCiTeam, placeCycle, type CiTeam } from '../support/content-fixtures';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId, SAVE_ANSWER, START_CYCLE, startInput, SUBMIT_SELF_EVALUATION } from '../support/operations';
import { createFramework, secondsRules } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * The quality officer names members of the organisation to write the consolidated self-evaluation answers
 * with them: a delegate of any role writes while named, reads the spread's counts, never submits, and only
 * the organisation's quality officer names or withdraws, and only members of the organisation.
 */

const DELEGATE = `mutation($i: SelfEvaluationDelegationInput!) { delegateSelfEvaluation(input: $i) { id selfEvaluationDelegates { id name role } } }`;
const WITHDRAW = `mutation($i: SelfEvaluationDelegationInput!) { withdrawSelfEvaluationDelegation(input: $i) { id selfEvaluationDelegates { id } } }`;
const DELEGATES = `query($c: ID!) { cycle(id: $c) { id selfEvaluationDelegates { id name } } }`;
const CAN = `query($c: ID!) { cycle(id: $c) { id viewerCan { action allowed code } } }`;
const SPREAD = `query($c: ID!) { selfEvaluationSpread(cycleId: $c) { cycleId invitedCount norms { normId goesWell { text } } } }`;
const SAVE_REVISION = `mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id revision score updatedByName } }`;

let stack: Stack;
let org: OrgFixture;
let other: OrgFixture;
let ci: CiTeam;
let cycleId: string;
let normIds: string[];
let officer: GqlSession;
let lead: User;
let leadSession: GqlSession;
let stranger: User;

const conn = () => stack.orm.em.fork().getConnection();
const delegateRows = async () => (await conn().execute<{ n: number }[]>(`select count(*)::int as n from self_evaluation_delegate`))[0].n;
const vars = (userId: string, cycle = cycleId) => ({ i: { clientMutationId: mutationId(), cycleId: cycle, userId } });

const session = (email: string, password = PASSWORD): Promise<GqlSession> => signedIn(stack.url, email, password);

async function can(gql: GqlSession, action: string): Promise<{ allowed: boolean; code: string | null }> {
  const { cycle } = await gql.ok(CAN, { c: cycleId });
  const { allowed, code } = cycle.viewerCan.find((p: { action: string }) => p.action === action);
  return { allowed, code };
}

beforeAll(async () => {
  stack = await startStack();
  const em = stack.orm.em.fork();
  const framework = await createFramework(em, secondsRules(), 2);
  normIds = framework.normIds;
  org = await createOrganisation(em, 'Gedelegeerd');
  other = await createOrganisation(em, 'Anders');
  ci = await createCiTeam(em);
  lead = await addOrganisationUser(em, org.organisation, Role.ORG_VIEWER, 'teamleider');
  stranger = await addOrganisationUser(em, other.organisation, Role.ORG_VIEWER, 'vreemde');
  officer = await session(org.officer);
  leadSession = await session(lead.email);
  cycleId = (await officer.ok(START_CYCLE, { i: startInput(framework.version.id) })).startCycle.id;
  await assignTeam(conn(), cycleId, ci);
  await placeCycle(conn(), cycleId, 'SELF_EVALUATION');
});
afterAll(() => stack?.stop());

it('a delegate who is a viewer writes the consolidated answers, reads the counts, and does not submit', async () => {
  expect(await can(leadSession, 'SELF_EVALUATION_ANSWERS')).toEqual({ allowed: false, code: 'NOT_ALLOWED' });
  const named = (await officer.ok(DELEGATE, vars(lead.id))).delegateSelfEvaluation;
  expect(named.selfEvaluationDelegates).toEqual([{ id: lead.id, name: lead.name, role: 'ORG_VIEWER' }]);
  expect((await leadSession.ok(DELEGATES, { c: cycleId })).cycle.selfEvaluationDelegates).toEqual([{ id: lead.id, name: lead.name }]);

  expect(await can(leadSession, 'SELF_EVALUATION_ANSWERS')).toEqual({ allowed: true, code: null });
  const first = (await leadSession.ok(SAVE_REVISION, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[0], score: 'MEETS', expectedRevision: 0 } })).saveSelfEvaluationAnswer;
  expect(first).toMatchObject({ revision: 1, score: 'MEETS', updatedByName: lead.name });
  // A stale revision is a conflict for a delegate as for anyone.
  const stale = await leadSession.refused(SAVE_REVISION, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[0], score: 'PARTLY_MEETS', expectedRevision: 0 } });
  expect(stale.extensions.code).toBe('CONFLICT');

  // The spread's counts, never who wrote what (there are no respondents here: an empty spread, not a refusal).
  expect((await leadSession.ok(SPREAD, { c: cycleId })).selfEvaluationSpread).toEqual({ cycleId, invitedCount: 0, norms: [] });

  expect(await can(leadSession, 'submitSelfEvaluation')).toMatchObject({ allowed: false, code: 'NOT_ALLOWED' });
  expect((await leadSession.refused(SUBMIT_SELF_EVALUATION, { i: { clientMutationId: mutationId(), cycleId } })).extensions.code).toBe('NOT_ALLOWED');
});

it('refuses naming someone twice, a writer already, or nobody named, and changes nothing', async () => {
  const rows = await delegateRows();
  const internalAuditorId = (await conn().execute<{ id: string }[]>(`select id from app_user where email = ?`, [org.internalAuditor]))[0].id;
  for (const [query, userId, code] of [
    [DELEGATE, lead.id, 'BAD_USER_INPUT'],
    [DELEGATE, internalAuditorId, 'BAD_USER_INPUT'],
    [WITHDRAW, internalAuditorId, 'BAD_USER_INPUT'],
    [DELEGATE, stranger.id, 'NOT_FOUND'],
    [DELEGATE, '00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
  ] as const) {
    expect({ userId, ext: (await officer.refused(query, vars(userId))).extensions }).toMatchObject({ userId, ext: { code, field: 'userId' } });
  }
  expect(await delegateRows()).toBe(rows);
});

it('only the quality officer of the cycle\'s organisation names or withdraws; only its members see the delegates', async () => {
  const rows = await delegateRows();
  const callers: [string, string, string][] = [
    [ci.lead.email, PASSWORD, 'NOT_ALLOWED'],
    [ci.manager.email, PASSWORD, 'NOT_ALLOWED'],
    ['secretariaat@swn.demo', DEMO_PASSWORD, 'NOT_ALLOWED'],
    [org.internalAuditor, PASSWORD, 'NOT_ALLOWED'],
    [lead.email, PASSWORD, 'NOT_ALLOWED'],
    [other.officer, PASSWORD, 'NOT_FOUND'],
  ];
  for (const [email, password, code] of callers) {
    const caller = await session(email, password);
    for (const query of [DELEGATE, WITHDRAW]) {
      expect({ email, code: (await caller.refused(query, vars(lead.id))).extensions.code }).toEqual({ email, code });
    }
  }
  for (const [email, password] of callers.slice(0, 3)) {
    const caller = await session(email, password);
    expect({ email, code: (await caller.refused(DELEGATES, { c: cycleId })).extensions.code }).toEqual({ email, code: 'NOT_ALLOWED' });
  }
  expect(await delegateRows()).toBe(rows);
});

it('after the withdrawal the former delegate is refused again', async () => {
  expect((await officer.ok(WITHDRAW, vars(lead.id))).withdrawSelfEvaluationDelegation.selfEvaluationDelegates).toEqual([]);
  expect(await can(leadSession, 'SELF_EVALUATION_ANSWERS')).toEqual({ allowed: false, code: 'NOT_ALLOWED' });
  const refusal = await leadSession.refused(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[1], score: 'MEETS' } });
  expect(refusal.extensions.code).toBe('NOT_ALLOWED');
  expect((await leadSession.refused(SPREAD, { c: cycleId })).extensions.code).toBe('NOT_ALLOWED');
  expect((await conn().execute<{ n: number }[]>(`select count(*)::int as n from self_evaluation_answer where cycle_id = ? and norm_id = ?`, [cycleId, normIds[1]]))[0].n).toBe(0);
});
