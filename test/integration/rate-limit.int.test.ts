import { randomUUID } from 'node:crypto';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * Requests per client per minute on /graphql and /evidence: a signed-in user has their own count (all
 * their sessions and addresses together), an anonymous caller the count of their address, which is
 * smaller. Over it: 429, Retry-After and RATE_LIMITED. /healthz is never limited. Each test calls from its
 * own addresses (X-Forwarded-For, trusted from the loopback proxy by default), so counts start at zero.
 */
const SIGNED_IN = 8;
const ANONYMOUS = 4;

let stack: Stack;
let org: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  stack = await startStack({
    worker: false,
    env: { RATE_LIMIT_PER_MINUTE: String(SIGNED_IN), RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS) },
  });
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Tempo'), await createOrganisation(stack.orm.em.fork(), 'Tempo')];
});
afterAll(() => stack?.stop());

let lastOctet = 0;
const freshAddress = () => `198.51.100.${++lastOctet}`;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: any;
  cookie: string | null;
}

async function call(path: string, address: string, init: { cookie?: string | null; body?: unknown } = {}): Promise<Answer> {
  const res = await fetch(`${stack.url}${path}`, {
    method: init.body ? 'POST' : 'GET',
    headers: { 'x-forwarded-for': address, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.cookie ? { cookie: init.cookie } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0] ?? null;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: text.startsWith('{') ? JSON.parse(text) : text, cookie };
}

const typename = (address: string, cookie?: string | null) => call('/graphql', address, { cookie, body: { query: '{ __typename }' } });
const download = (address: string, cookie?: string | null) => call(`/evidence/${randomUUID()}`, address, { cookie });

async function login(email: string, address: string): Promise<string> {
  const r = await call('/graphql', address, { body: { query: 'mutation($i: LoginInput!) { login(input: $i) { id } }', variables: { i: { email, password: PASSWORD } } } });
  expect(r.body.errors).toBeUndefined();
  return r.cookie!;
}

function expectRetryAfter(answer: Answer) {
  expect(answer.status).toBe(429);
  expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60);
}

function expectGraphqlLimited(answer: Answer) {
  expectRetryAfter(answer);
  expect(answer.body).toEqual({
    errors: [{ message: `Too many requests; wait ${answer.retryAfter} seconds and try again.`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(answer.retryAfter) } }],
  });
}

/** Sends `n` requests one after the other and returns their statuses. */
async function statuses(n: number, send: () => Promise<Answer>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await send()).status);
  return out;
}

describe('/graphql', () => {
  it('anonymous: the address gets RATE_LIMIT_ANONYMOUS_PER_MINUTE requests, then 429; other addresses and /healthz go on', async () => {
    const address = freshAddress();
    expect(await statuses(ANONYMOUS, () => typename(address))).toEqual(Array(ANONYMOUS).fill(200));
    expectGraphqlLimited(await typename(address));
    expect((await typename(freshAddress())).status).toBe(200);
    expect(await statuses(ANONYMOUS + 2, () => call('/healthz', address))).toEqual(Array(ANONYMOUS + 2).fill(200));
  });

  it('a made-up session cookie is anonymous: a new cookie per request gets no new count', async () => {
    const address = freshAddress();
    const madeUp = () => typename(address, `lc_session=${randomUUID()}`);
    expect(await statuses(ANONYMOUS, madeUp)).toEqual(Array(ANONYMOUS).fill(200));
    expectGraphqlLimited(await madeUp());
  });

  it('signed in: the user gets RATE_LIMIT_PER_MINUTE, counted across their sessions and apart from the address', async () => {
    const home = freshAddress();
    const cookie = await login(org.officer, home); // the login itself is the address's first anonymous request
    expect(await statuses(SIGNED_IN, () => typename(home, cookie))).toEqual(Array(SIGNED_IN).fill(200));
    expectGraphqlLimited(await typename(home, cookie));

    // A second session of the same user, from elsewhere, shares the count.
    const away = freshAddress();
    expectGraphqlLimited(await typename(away, await login(org.officer, away)));
    // The address's anonymous count is its own (one login used), and so is another user's.
    expect((await typename(home)).status).toBe(200);
    const colleague = await login(other.officer, home);
    expect(await statuses(SIGNED_IN, () => typename(home, colleague))).toEqual(Array(SIGNED_IN).fill(200));
  });
});

describe('/evidence', () => {
  it('anonymous: RATE_LIMIT_ANONYMOUS_PER_MINUTE downloads, then 429 with RATE_LIMITED in the evidence routes\' shape', async () => {
    const address = freshAddress();
    expect(await statuses(ANONYMOUS, () => download(address))).toEqual(Array(ANONYMOUS).fill(404));
    const limited = await download(address);
    expectRetryAfter(limited);
    expect(limited.body).toEqual({ code: 'RATE_LIMITED', message: `Too many requests; wait ${limited.retryAfter} seconds and try again.` });
    expect((await download(freshAddress())).status).toBe(404);
  });

  it('signed in: RATE_LIMIT_PER_MINUTE per user, then 429', async () => {
    const address = freshAddress();
    const cookie = await login(org.viewer, address);
    expect(await statuses(SIGNED_IN, () => download(address, cookie))).toEqual(Array(SIGNED_IN).fill(404));
    const limited = await download(address, cookie);
    expectRetryAfter(limited);
    expect(limited.body.code).toBe('RATE_LIMITED');
  });

  it('an upload over the limit is refused the same way', async () => {
    const address = freshAddress();
    await statuses(ANONYMOUS, () => download(address));
    const res = await fetch(`${stack.url}/evidence`, {
      method: 'POST',
      headers: { 'x-forwarded-for': address, 'x-labelcycle-upload': '1', 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x--\r\n',
    });
    expect(res.status).toBe(429);
    expect(((await res.json()) as { code: string }).code).toBe('RATE_LIMITED');
  });
});
