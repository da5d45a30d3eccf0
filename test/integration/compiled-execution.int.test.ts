import { randomUUID } from 'node:crypto';
import { GqlSession } from '../support/gql';
import { startStack, type Stack } from '../support/stack';

/**
 * With the production setting (GRAPHQL_COMPILE_AFTER=2) graphql-js runs a document twice and the compiled
 * query runs it from then on. Whatever the path, the caller gets the same answer byte for byte: data,
 * errors from resolvers and their codes, refused variables with graphql-js's wording and status.
 */

const SECTOR_ADMIN = 'secretariaat@swn.demo';
const DEMO_PASSWORD = 'demo-wachtwoord';

let stack: Stack;
let admin: GqlSession;
let anonymous: GqlSession;

/** The api's own counts: operations by engine, and compilations. */
async function counts(): Promise<{ compiled: number; graphqlJs: number; compilations: number }> {
  const executions = (await stack.metrics.executions.get()).values;
  const by = (engine: string) => executions.find((v) => v.labels.engine === engine)?.value ?? 0;
  return { compiled: by('compiled'), graphqlJs: by('graphql-js'), compilations: (await stack.metrics.compilations.get()).values[0]?.value ?? 0 };
}

beforeAll(async () => {
  stack = await startStack({ worker: false, env: { GRAPHQL_COMPILE_AFTER: '2' } });
  admin = new GqlSession(stack.url);
  await admin.login(SECTOR_ADMIN, DEMO_PASSWORD);
  anonymous = new GqlSession(stack.url);
});

afterAll(async () => {
  await stack?.stop();
});

/** Four runs of one document: two by graphql-js, two compiled; each answer as the client reads it. */
async function fourRuns(session: GqlSession, query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  const answers: string[] = [];
  for (let run = 1; run <= 4; run += 1) {
    const before = await counts();
    answers.push(JSON.stringify(await session.request(query, variables)));
    const after = await counts();
    // graphql-js twice; compiled once, on the third run, and the fourth reuses it.
    expect([after.graphqlJs - before.graphqlJs, after.compiled - before.compiled, after.compilations - before.compilations]).toEqual(
      run <= 2 ? [1, 0, 0] : [0, 1, run === 3 ? 1 : 0],
    );
  }
  return answers;
}

function expectSameEachTime(answers: string[]): void {
  expect(new Set(answers).size).toBe(1);
}

describe('the same answer from graphql-js and from the compiled query', () => {
  it('a page of organisations with fields that are batched from elsewhere, fragments, aliases and directives', async () => {
    const query = `query($first: Int!, $withCycle: Boolean!, $withoutPlace: Boolean!) {
      page: organisations(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { ...Org } }
      me { id role __typename }
    }
    fragment Org on Organisation {
      id name place @skip(if: $withoutPlace) fte createdAt __typename
      certificate { number status validUntil }
      currentCycle @include(if: $withCycle) { id phase overdue progress { done total percent } frameworkVersion { name version } }
    }`;
    const answers = await fourRuns(admin, query, { first: 20, withCycle: true, withoutPlace: true });
    expectSameEachTime(answers);
    const { data, errors } = JSON.parse(answers[0]);
    expect(errors).toBeUndefined();
    expect(data.page.nodes.length).toBeGreaterThan(0);
    expect(data.page.nodes[0]).not.toHaveProperty('place');
    expect(data.page.nodes[0]).toHaveProperty('currentCycle');
    expect(data.me.__typename).toBe('User');
  });

  it('an error from a resolver beside data that is there: the same path, message and code', async () => {
    const query = `query($id: ID!) { me { id } auditProgramme(cycleId: $id) { __typename } }`;
    const answers = await fourRuns(admin, query, { id: randomUUID() });
    expectSameEachTime(answers);
    const { data, errors, status } = JSON.parse(answers[0]);
    expect(status).toBe(200);
    expect(data.me.id).toBeTruthy();
    expect(errors).toHaveLength(1);
    expect(data.auditProgramme).toBeNull();
    expect(errors[0].path).toEqual(['auditProgramme']);
    expect(errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a caller who is not signed in is refused by the same check', async () => {
    const answers = await fourRuns(anonymous, `query { organisations(first: 5) { totalCount } }`);
    expectSameEachTime(answers);
    const { errors } = JSON.parse(answers[0]);
    expect(errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('variables that do not fit are refused by graphql-js, word for word, and never reach a compiled query', async () => {
    const query = `query($first: Int!) { organisations(first: $first) { totalCount } }`;
    const good = await fourRuns(admin, query, { first: 3 });
    expectSameEachTime(good);
    const before = await counts();
    const refusals: string[] = [];
    for (let run = 0; run < 3; run += 1) refusals.push(JSON.stringify(await admin.request(query, { first: 'three' })));
    expectSameEachTime(refusals);
    expect((await counts()).compiled).toBe(before.compiled);
    const { status, errors, data } = JSON.parse(refusals[0]);
    expect(status).toBe(400);
    expect(data).toBeNull();
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors[0].message).toMatch(/^Variable "\$first" got invalid value "three"/);
  });

  it('a document sent once is never compiled; nor is a mutation, however often it is sent', async () => {
    const before = await counts();
    for (let n = 0; n < 5; n += 1) await admin.ok(`query { organisations(first: ${n + 11}) { totalCount } }`);
    for (let n = 0; n < 4; n += 1) await admin.ok(`mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) }`, { i: { ids: [] } });
    const after = await counts();
    expect([after.compilations - before.compilations, after.compiled - before.compiled, after.graphqlJs - before.graphqlJs]).toEqual([0, 0, 9]);
  });
});
