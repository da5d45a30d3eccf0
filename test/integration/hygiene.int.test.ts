import { componentLogger } from '../../server/src/common/logger';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { LOGIN, LOGOUT, ME } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * What the api does not give away and does not run: no introspection, no internals, no suggestions and no
 * engine messages in production, no mutation through a cross-site "simple" request, and no query over the
 * depth or cost limit.
 */

const GENERIC = 'Something went wrong on our side; nothing was changed. Try again.';
const INTROSPECTION = `{ __schema { types { name } } }`;
/** Deeper than graphql's recursive parser can go: it fails with the engine's "Maximum call stack size exceeded". */
const TOO_NESTED = `{ cycles(after: ${'['.repeat(20_000)}) { totalCount } }`;
/** Misspellings that graphql, outside production, answers with a suggestion: a name from the schema. */
const MISSPELT: [string, { query: string; variables?: unknown }, string, string][] = [
  ['a misspelt field', { query: '{ me { emial } }' }, 'GRAPHQL_VALIDATION_FAILED', 'Cannot query field "emial" on type "User".'],
  ['a misspelt argument', { query: '{ cycles(frist: 1) { totalCount } }' }, 'GRAPHQL_VALIDATION_FAILED', 'Unknown argument "frist" on field "Query.cycles".'],
  [
    'a misspelt input field',
    { query: LOGIN, variables: { i: { email: 'a@test.example', emial: 'x', password: 'x' } } },
    'BAD_USER_INPUT',
    'Field "emial" is not defined by type "LoginInput".',
  ],
  [
    'a misspelt enum value',
    { query: '{ organisations(filter: { phase: SELF_EVALUATOIN }) { totalCount } }' },
    'GRAPHQL_VALIDATION_FAILED',
    'Value "SELF_EVALUATOIN" does not exist in "CyclePhase" enum.',
  ],
];

async function post(url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as { data?: any; errors?: any[] }, setCookie: res.headers.getSetCookie() };
}

async function get(url: string, query: string, variables: unknown, headers: Record<string, string> = {}) {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const res = await fetch(`${url}/graphql?${params}`, { headers });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as { data?: any; errors?: any[] }, setCookie: res.headers.getSetCookie() };
}

/** Every error of a response: only code (and, for input errors, field/fieldErrors/rule/limit); nothing from inside. */
function expectNoInternals(response: { text: string; json: { errors?: any[] } }) {
  expect(response.json.errors?.length).toBeGreaterThan(0);
  for (const err of response.json.errors!) {
    expect(Object.keys(err.extensions).every((k) => ['code', 'field', 'fieldErrors', 'rule', 'limit'].includes(k))).toBe(true);
  }
  expect(response.text).not.toMatch(/stacktrace|exception|node_modules|\/src\/|\.ts:\d+|\bat [\w.]+ \(/);
}

const sessionsOf = async (stack: Stack, email: string) =>
  (
    await stack.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from session s join app_user u on u.id = s.user_id where u.email = ?`, [email])
  )[0].n as number;

describe('in production', () => {
  let stack: Stack;
  let org: OrgFixture;

  beforeAll(async () => {
    // The token limit is raised so that a document deep enough to overflow the parser's stack reaches it.
    stack = await startStack({ worker: false, env: { NODE_ENV: 'production', GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_TOKENS: '100000' } });
    org = await createOrganisation(stack.orm.em.fork(), 'Productie');
  });
  afterAll(() => stack?.stop());

  describe('introspection', () => {
    it.each([
      ['__schema', INTROSPECTION],
      ['__type', `{ __type(name: "Cycle") { fields { name } } }`],
      ['__schema inside a fragment', `query { ...F } fragment F on Query { __schema { queryType { name } } }`],
    ])('is refused (%s)', async (_label, query) => {
      const r = await post(stack.url, { query });
      expect(r.status).toBe(400);
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.json.errors![0].message).toMatch(/introspection is not allowed/);
      expectNoInternals(r);
    });

    it('positive control: __typename, which clients need, still works', async () => {
      expect((await post(stack.url, { query: '{ __typename }' })).json).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('errors carry no internals', () => {
    it.each([
      ['a parse error', { query: '{ me { id ' }, 'GRAPHQL_PARSE_FAILED'],
      ['an unknown field', { query: '{ me { password } }' }, 'GRAPHQL_VALIDATION_FAILED'],
      ['a coercion error', { query: LOGIN, variables: { i: { email: 1 } } }, 'BAD_USER_INPUT'],
      ['a validation error', { query: LOGIN, variables: { i: { email: 'nope', password: '' } } }, 'BAD_USER_INPUT'],
      ['a refusal', { query: `{ cycle(id: "00000000-0000-4000-8000-000000000000") { id } }` }, 'UNAUTHENTICATED'],
      ['a wrong password', { query: LOGIN, variables: { i: { email: 'nobody@test.example', password: 'x' } } }, 'UNAUTHENTICATED'],
      ['a bad cursor', { query: `{ cycles(after: "${Buffer.from('["2020-01-01","nope"]').toString('base64url')}") { totalCount } }` }, 'UNAUTHENTICATED'],
    ])('%s', async (_label, body, code) => {
      const r = await post(stack.url, body, { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77' });
      expect(r.json.errors![0].extensions.code).toBe(code);
      expectNoInternals(r);
    });

    const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    it.each([
      ['an id that is not a UUID', cursor(['2020-01-01T00:00:00.000Z', 'nope'])],
      ['the year 0', cursor(['0000-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'])],
      ['a six-digit year', cursor(['+275760-09-13T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'])],
      ['no date', cursor(['gisteren', '00000000-0000-4000-8000-000000000000'])],
      ['not JSON', Buffer.from('{{').toString('base64url')],
    ])('a cursor with %s is BAD_USER_INPUT on "after", not a database error', async (_label, after) => {
      const s = new GqlSession(stack.url);
      await s.login(org.viewer, PASSWORD);
      const err = await s.refused(`query($a: String) { cycles(after: $a) { totalCount } }`, { a: after });
      expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(err.message).toBe('This cursor is not valid; use pageInfo.endCursor from the previous page.');
    });

    afterAll(() => stack.orm.em.fork().getConnection().execute(`delete from login_failure where address = '192.0.2.77'`));
  });

  describe('errors spell out no part of the schema and no message of the JavaScript engine', () => {
    it.each(MISSPELT)('%s: the refusal, without "Did you mean"', async (_label, body, code, refusal) => {
      const r = await post(stack.url, body);
      expect(r.json.errors![0].extensions.code).toBe(code);
      expect(r.json.errors![0].message.endsWith(refusal)).toBe(true);
      expect(r.text).not.toMatch(/Did you mean|"email"|"first"|"SELF_EVALUATION"/);
      expectNoInternals(r);
    });

    it('a document that overflows the parser\'s stack gets a plain message, not the engine\'s', async () => {
      const r = await post(stack.url, { query: TOO_NESTED });
      expect(r.status).toBe(400);
      expect(r.json.errors).toEqual([
        expect.objectContaining({ message: 'This request could not be handled; check its syntax and size.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
      ]);
      expect(r.text).not.toMatch(/call stack|RangeError/i);
      expectNoInternals(r);
    });

    it('a body that is not JSON gets a GraphQL-shaped refusal, not the JSON parser\'s words', async () => {
      const r = await post(stack.url, '{"query": "{ me { id } }",');
      expect(r.status).toBe(400);
      expect(r.json).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    });
  });

  it('the session cookie is Secure in production', async () => {
    const r = await post(stack.url, { query: LOGIN, variables: { i: { email: org.internalAuditor, password: PASSWORD } } });
    expect(r.json.errors).toBeUndefined();
    expect(r.setCookie[0].split(';').map((a) => a.trim())).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Lax']));
  });

  describe('CSRF prevention: a request a cross-site form could send runs nothing', () => {
    const loginBody = () => JSON.stringify({ query: LOGIN, variables: { i: { email: org.officer, password: PASSWORD } } });

    it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data; boundary=x']])(
      'POST with content-type %s is refused with 400 and logs nobody in',
      async (contentType) => {
        const r = await post(stack.url, loginBody(), { 'content-type': contentType });
        expect(r.status).toBe(400);
        expect(r.json.errors![0].extensions.code).toBe('BAD_REQUEST');
        expect(r.json.errors![0].message).toMatch(/Cross-Site Request Forgery/);
        expect(r.setCookie).toEqual([]);
        expect(await sessionsOf(stack, org.officer)).toBe(0);
      },
    );

    it('a GET mutation without apollo-require-preflight is refused with 400 and logs nobody in', async () => {
      const r = await get(stack.url, LOGIN, { i: { email: org.officer, password: PASSWORD } });
      expect(r.status).toBe(400);
      expect(r.json.errors![0].message).toMatch(/Cross-Site Request Forgery/);
      expect(r.setCookie).toEqual([]);
      expect(await sessionsOf(stack, org.officer)).toBe(0);
    });

    it('a GET mutation even with the preflight header is refused (405): mutations are POST only', async () => {
      const r = await get(stack.url, LOGIN, { i: { email: org.officer, password: PASSWORD } }, { 'apollo-require-preflight': 'true' });
      expect(r.status).toBe(405);
      expect(r.json.errors![0].extensions.code).toBe('BAD_REQUEST');
      expect(await sessionsOf(stack, org.officer)).toBe(0);
    });

    it('a text/plain logout carrying the session cookie does not end the session', async () => {
      const s = new GqlSession(stack.url);
      await s.login(org.officer, PASSWORD);
      expect(await sessionsOf(stack, org.officer)).toBe(1);
      const r = await post(stack.url, JSON.stringify({ query: LOGOUT }), { 'content-type': 'text/plain', cookie: s.sessionCookie! });
      expect(r.status).toBe(400);
      expect(await sessionsOf(stack, org.officer)).toBe(1);
      expect((await s.ok(ME)).me.email).toBe(org.officer);
    });

    it('positive controls: a JSON POST logs in, and a GET query with the preflight header is answered', async () => {
      const before = await sessionsOf(stack, org.officer);
      const r = await post(stack.url, loginBody());
      expect(r.json.errors).toBeUndefined();
      expect(await sessionsOf(stack, org.officer)).toBe(before + 1);
      const q = await get(stack.url, '{ __typename }', {}, { 'apollo-require-preflight': 'true' });
      expect(q.json).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('depth limit (GRAPHQL_MAX_DEPTH=4)', () => {
    const tooDeep = `{ me { organisation { currentCycle { frameworkVersion { id } } } } }`;

    it.each([
      ['nested fields', tooDeep],
      ['depth hidden in a fragment', `{ me { ...U } } fragment U on User { organisation { currentCycle { frameworkVersion { id } } } }`],
      ['depth hidden in an inline fragment', `{ me { ... on User { organisation { currentCycle { frameworkVersion { id } } } } } }`],
    ])('refuses %s with QUERY_TOO_COMPLEX', async (_label, query) => {
      const r = await post(stack.url, { query });
      expect(r.status).toBe(400);
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors).toEqual([
        expect.objectContaining({ message: 'Query depth limit of 4 exceeded, found 5.', extensions: { code: 'QUERY_TOO_COMPLEX' } }),
      ]);
    });

    it('refuses before execution: a too-deep login mutation logs nobody in', async () => {
      const email = org.viewer;
      const before = await sessionsOf(stack, email);
      const r = await post(stack.url, {
        query: `mutation($i: LoginInput!) { login(input: $i) { organisation { currentCycle { frameworkVersion { id } } } } }`,
        variables: { i: { email, password: PASSWORD } },
      });
      expect(r.json.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(r.setCookie).toEqual([]);
      expect(await sessionsOf(stack, email)).toBe(before);
    });

    it('positive control: exactly the limit is answered', async () => {
      const s = new GqlSession(stack.url);
      await s.login(org.viewer, PASSWORD);
      const data = await s.ok(`{ me { organisation { currentCycle { id } } } }`);
      expect(data.me.organisation).toEqual({ currentCycle: null });
    });
  });
});

describe('an unexpected failure, in production and in development', () => {
  it.each([
    ['production', GENERIC],
    // Development shows the real message (the positive control: production's generic one is on purpose).
    ['test', /Unable to acquire a connection/],
  ])('NODE_ENV=%s: INTERNAL_SERVER_ERROR, the real error only in the log (and in development the message)', async (nodeEnv, message) => {
    const stack = await startStack({ worker: false, env: { NODE_ENV: nodeEnv } });
    const org = await createOrganisation(stack.orm.em.fork(), 'Storing');
    const s = new GqlSession(stack.url);
    await s.login(org.viewer, PASSWORD);
    // The api's own logger object (componentLogger makes one per component), so this sees what it logs.
    const spy = jest.spyOn(componentLogger('api'), 'error').mockImplementation(() => undefined);
    try {
      // The database goes away under the running api: an honest internal failure, not a refusal.
      await stack.orm.close(true);
      const anonymousLogin = await post(stack.url, { query: LOGIN, variables: { i: { email: org.officer, password: PASSWORD } } });
      const signedIn = await post(stack.url, { query: ME }, { 'content-type': 'application/json', cookie: s.sessionCookie! });
      for (const r of [anonymousLogin, signedIn]) {
        expect(r.json.errors).toHaveLength(1);
        expect(r.json.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
        if (typeof message === 'string') expect(r.json.errors![0].message).toBe(message);
        else expect(r.json.errors![0].message).toMatch(message);
        expect(r.text).not.toMatch(/stacktrace|exception|node_modules|\.ts:\d+/);
      }
      expect(anonymousLogin.json.errors![0].path).toEqual(['login']);
      // A failure while building the context (reading the session) is a 500.
      expect(signedIn.status).toBe(500);
      const logged = spy.mock.calls as unknown[][];
      expect(logged.some(([fields, message]) => message === 'unexpected error' && (fields as { err?: unknown }).err instanceof Error)).toBe(true);
    } finally {
      spy.mockRestore();
      await stack.stop();
    }
  });
});

describe('in development (NODE_ENV=test)', () => {
  let stack: Stack;
  let officer: GqlSession;

  beforeAll(async () => {
    stack = await startStack({ worker: false, env: { NODE_ENV: 'test', GRAPHQL_MAX_COST: '1000', GRAPHQL_MAX_TOKENS: '100000' } });
    const org = await createOrganisation(stack.orm.em.fork(), 'Ontwikkeling');
    officer = new GqlSession(stack.url);
    await officer.login(org.officer, PASSWORD);
  });
  afterAll(() => stack?.stop());

  it('introspection works (the positive control of the production refusal)', async () => {
    const r = await post(stack.url, { query: INTROSPECTION });
    expect(r.status).toBe(200);
    const names = r.json.data.__schema.types.map((t: { name: string }) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Cycle', 'CyclePhase', 'StartCycleInput']));
  });

  // The positive controls of production's plain messages: here graphql's suggestions and the engine's words show.
  it.each(MISSPELT)('%s: the refusal suggests the right name', async (_label, body, code, refusal) => {
    const r = await post(stack.url, body);
    expect(r.json.errors![0].extensions.code).toBe(code);
    expect(r.json.errors![0].message).toContain(`${refusal} Did you mean `);
    expect(r.json.errors![0].message).toMatch(/"(email|first|SELF_EVALUATION)"\?$/);
  });

  // Development shows more of graphql's own words, but an unreadable body never gets Express's page with its stack.
  it.each([
    ['not JSON', '{"query": "{ me { id } }",', 400, 'The request body is not valid JSON.'],
    ['over the 5 MB limit', JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(6 * 1024 * 1024) } }), 413, 'The request body is too large.'],
  ])('a body %s is answered in the GraphQL-over-HTTP shape, with no internals', async (_label, body, status, message) => {
    const r = await post(stack.url, body);
    expect(r.status).toBe(status);
    expect(r.json).toEqual({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    expectNoInternals(r);
  });

  it('a document that overflows the parser\'s stack shows the engine\'s message', async () => {
    const r = await post(stack.url, { query: TOO_NESTED });
    expect(r.json.errors![0]).toEqual(expect.objectContaining({ message: 'Maximum call stack size exceeded', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }));
  });

  const costly = (first: number) =>
    `{ cycles(first: ${first}) { nodes { frameworkVersion { categories { norms { competencies { code } } } } } } }`;

  it('a query over GRAPHQL_MAX_COST is refused with QUERY_TOO_COMPLEX before execution', async () => {
    const r = await officer.request(costly(500));
    expect(r.status).toBe(400);
    expect(r.data).toBeNull();
    expect(r.errors).toEqual([
      expect.objectContaining({ message: 'Query cost limit of 1000 exceeded, found 3001. Ask for smaller pages.', extensions: { code: 'QUERY_TOO_COMPLEX' } }),
    ]);
  });

  it('the cost counts a fragment as often as it is spread', async () => {
    const r = await officer.request(
      `{ a: cycles(first: 100) { ...P } b: cycles(first: 100) { ...P } }
       fragment P on CyclePage { nodes { frameworkVersion { categories { norms { code } } } } }`,
    );
    expect(r.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('positive control: the same query with a small page is answered', async () => {
    const data = await officer.ok(costly(10));
    expect(data.cycles.nodes).toEqual([]);
  });

  // The cost check runs once variables are known, so `first: $n` is priced at the page size it asks for.
  it('a page size given as a variable is priced as written', async () => {
    const r = await officer.request(
      `query($n: Int!) { cycles(first: $n) { nodes { frameworkVersion { categories { norms { competencies { code } } } } } } }`,
      { n: 500 },
    );
    expect(r.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
