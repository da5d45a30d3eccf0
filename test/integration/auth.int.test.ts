import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { LOGIN, LOGOUT, ME } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * Sign-in, sessions and the login rate limits. Every request that fails a login on purpose comes "from" an
 * address of its own (X-Forwarded-For, which the api trusts from loopback only), so the failures this file
 * leaves behind never count against the 127.0.0.1 that every other test file logs in from.
 */

const WRONG = 'not-the-password';
let addressCounter = 0;
/** A documentation address (RFC 5737) not used by any other test. */
const freshAddress = () => `198.51.100.${(process.pid % 50) * 4 + (addressCounter++ % 4) + 1}`;

async function rawLogin(url: string, email: string, password: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { i: { email, password } } }),
  });
  return { res, body: (await res.json()) as { data: any; errors?: any[] } };
}

describe('sessions', () => {
  let stack: Stack;
  let org: OrgFixture;
  const conn = () => stack.orm.em.fork().getConnection();
  const sessionsOf = async (email: string) =>
    (await conn().execute(`select count(*)::int as n from session s join app_user u on u.id = s.user_id where u.email = ?`, [email]))[0].n as number;
  const usedAddresses: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    org = await createOrganisation(stack.orm.em.fork(), 'Inloggen');
  });
  afterAll(async () => {
    if (usedAddresses.length) await conn().execute(`delete from login_failure where address in (?)`, [usedAddresses]);
    await stack?.stop();
  });

  it('login sets an lc_session cookie that is HttpOnly, SameSite=Lax, Path=/ and expires with the session', async () => {
    const { res, body } = await rawLogin(stack.url, org.officer, PASSWORD);
    expect(body.errors).toBeUndefined();
    expect(body.data.login).toMatchObject({ email: org.officer, role: 'ORG_QUALITY_OFFICER' });
    const cookies = res.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    const cookie = cookies[0];
    expect(cookie).toMatch(/^lc_session=[A-Za-z0-9_-]{40,};/);
    const attributes = cookie.split(';').slice(1).map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    // Not Secure outside production (the test stack runs plain http); hygiene.int.test.ts checks production.
    expect(attributes).not.toContain('Secure');
    const expires = new Date(attributes.find((a) => a.startsWith('Expires='))!.slice('Expires='.length));
    const hours = (expires.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(stack.config.SESSION_TTL_HOURS - 0.1);
    expect(hours).toBeLessThanOrEqual(stack.config.SESSION_TTL_HOURS);
    // Only a hash of the token is stored.
    const token = decodeURIComponent(cookie.split(';')[0].slice('lc_session='.length));
    const rows = await conn().execute(`select count(*)::int as n from session where token_hash = ?`, [token]);
    expect(rows[0].n).toBe(0);
  });

  it('me is null without a session and the user with one', async () => {
    const anonymous = new GqlSession(stack.url);
    expect(await anonymous.ok(ME)).toEqual({ me: null });
    const s = new GqlSession(stack.url);
    await s.login(org.viewer, PASSWORD);
    const me = (await s.ok(ME)).me;
    expect(me).toMatchObject({ email: org.viewer, role: 'ORG_VIEWER', organisation: { id: org.organisation.id } });
  });

  it('a made-up or malformed session cookie is no session (me is null), not an error', async () => {
    for (const cookie of ['lc_session=bm90LWEtdG9rZW4', 'lc_session=%E0%A4%A', 'lc_session=']) {
      const r = await new GqlSession(stack.url, { cookie }).request(ME);
      expect(r.errors).toBeUndefined();
      expect(r.status).toBe(200);
      expect(r.data).toEqual({ me: null });
    }
  });

  it('logout ends exactly this session: the old cookie no longer works, its row is gone, other sessions stay', async () => {
    const email = org.internalAuditor;
    const a = new GqlSession(stack.url);
    const b = new GqlSession(stack.url);
    await a.login(email, PASSWORD);
    await b.login(email, PASSWORD);
    const oldCookie = a.sessionCookie!;
    expect(await sessionsOf(email)).toBe(2);

    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: oldCookie },
      body: JSON.stringify({ query: LOGOUT }),
    });
    expect(await res.json()).toEqual({ data: { logout: true } });
    // The browser is told to drop the cookie.
    expect(res.headers.getSetCookie()[0]).toMatch(/^lc_session=;.*Expires=Thu, 01 Jan 1970/);

    expect(await sessionsOf(email)).toBe(1);
    const replay = await new GqlSession(stack.url, { cookie: oldCookie }).request(ME);
    expect(replay.data).toEqual({ me: null });
    expect((await b.ok(ME)).me.email).toBe(email);
  });

  it('a wrong password and an unknown e-mail get the same answer (no account enumeration), and both count', async () => {
    const address = freshAddress();
    usedAddresses.push(address);
    const s = new GqlSession(stack.url, { 'x-forwarded-for': address });
    const wrongPassword = await s.request(LOGIN, { i: { email: org.officer, password: WRONG } });
    const unknownEmail = await s.request(LOGIN, { i: { email: `nobody-${Date.now()}@test.example`, password: WRONG } });
    for (const r of [wrongPassword, unknownEmail]) {
      expect(r.data).toBeNull();
      expect(r.errors).toHaveLength(1);
    }
    const strip = (r: typeof wrongPassword) => ({ message: r.errors![0].message, extensions: r.errors![0].extensions });
    expect(strip(wrongPassword)).toEqual({
      message: 'E-mail address or password is not correct.',
      extensions: { code: 'UNAUTHENTICATED', field: 'password' },
    });
    expect(strip(unknownEmail)).toEqual(strip(wrongPassword));
    expect(s.sessionCookie).toBeNull();
    const failures = await conn().execute(`select count(*)::int as n from login_failure where address = ?`, [address]);
    expect(failures[0].n).toBe(2);
  });

  it('the e-mail address is matched without regard to case', async () => {
    const s = new GqlSession(stack.url);
    await s.login(org.viewer.toUpperCase(), PASSWORD);
    expect((await s.ok(ME)).me.email).toBe(org.viewer);
  });
});

describe('rate limit per account', () => {
  let stack: Stack;
  let org: OrgFixture;
  const address = freshAddress();
  const conn = () => stack.orm.em.fork().getConnection();

  beforeAll(async () => {
    stack = await startStack({ worker: false, env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' } });
    org = await createOrganisation(stack.orm.em.fork(), 'Slot');
  });
  afterAll(async () => {
    await conn().execute(`delete from login_failure where address = ? or email in (?)`, [address, [org.officer, org.viewer]]);
    await stack?.stop();
  });

  it('after LOGIN_MAX_FAILURES_PER_ACCOUNT failures even the right password is refused, and no session is made', async () => {
    const s = new GqlSession(stack.url, { 'x-forwarded-for': address });
    for (let i = 0; i < 3; i += 1) {
      const err = await s.refused(LOGIN, { i: { email: org.officer, password: WRONG } });
      expect(err.extensions.code).toBe('UNAUTHENTICATED');
    }
    const locked = await s.refused(LOGIN, { i: { email: org.officer, password: PASSWORD } });
    expect(locked.extensions.code).toBe('RATE_LIMITED');
    expect(locked.message).toBe(`Too many failed logins. Wait ${stack.config.LOGIN_WINDOW_MINUTES} minutes and try again.`);
    expect(s.sessionCookie).toBeNull();
    const rows = await conn().execute(
      `select count(*)::int as n from session s join app_user u on u.id = s.user_id where u.email = ?`,
      [org.officer],
    );
    expect(rows[0].n).toBe(0);
    // Also from any other address: the limit is on the account.
    const elsewhere = await new GqlSession(stack.url).refused(LOGIN, { i: { email: org.officer, password: PASSWORD } });
    expect(elsewhere.extensions.code).toBe('RATE_LIMITED');
  });

  it('positive control: another account from the same address still logs in', async () => {
    const s = new GqlSession(stack.url, { 'x-forwarded-for': address });
    await s.login(org.viewer, PASSWORD);
    expect((await s.ok(ME)).me.email).toBe(org.viewer);
  });

  it('a successful login before the limit clears the account’s failures', async () => {
    const s = new GqlSession(stack.url, { 'x-forwarded-for': address });
    for (let i = 0; i < 2; i += 1) await s.refused(LOGIN, { i: { email: org.viewer, password: WRONG } });
    await s.login(org.viewer, PASSWORD);
    for (let i = 0; i < 2; i += 1) {
      expect((await s.refused(LOGIN, { i: { email: org.viewer, password: WRONG } })).extensions.code).toBe('UNAUTHENTICATED');
    }
    await s.login(org.viewer, PASSWORD);
  });

  // Each attempt is recorded before the slow password check, so attempts sent at the same moment see each
  // other: with a limit of 3, at most 3 of 12 simultaneous wrong passwords are judged.
  it('simultaneous attempts do not get past the per-account limit', async () => {
    const victim = (await createOrganisation(stack.orm.em.fork(), 'Gelijktijdig')).officer;
    try {
      const results = await Promise.all(
        Array.from({ length: 12 }, () =>
          new GqlSession(stack.url, { 'x-forwarded-for': address }).request(LOGIN, { i: { email: victim, password: WRONG } }),
        ),
      );
      const judged = results.filter((r) => r.errors?.[0].extensions.code === 'UNAUTHENTICATED').length;
      expect(judged).toBeLessThanOrEqual(3);
    } finally {
      await conn().execute(`delete from login_failure where email = ?`, [victim]);
    }
  });
});

describe('rate limit per address', () => {
  let stack: Stack;
  let orgs: OrgFixture[];
  const LOOPBACK = ['127.0.0.1', '::ffff:127.0.0.1', '::1'];
  const conn = () => stack.orm.em.fork().getConnection();

  beforeAll(async () => {
    stack = await startStack({ worker: false, env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000', LOGIN_MAX_FAILURES_PER_ADDRESS: '3' } });
    orgs = await Promise.all([1, 2].map(() => createOrganisation(stack.orm.em.fork(), 'Adres')));
    // Leftovers of other test files from the loopback address would make the limit trip early.
    await conn().execute(`delete from login_failure where address in (?)`, [LOOPBACK]);
  });
  afterAll(async () => {
    // Leave no loopback failures behind for the test files that run after this one.
    await conn().execute(`delete from login_failure where address in (?)`, [LOOPBACK]);
    await stack?.stop();
  });

  it('failures on several accounts from one address lock out a further account from that address', async () => {
    const [a, b] = orgs;
    const fromHere = new GqlSession(stack.url);
    for (const email of [a.officer, a.viewer, b.officer]) {
      expect((await fromHere.refused(LOGIN, { i: { email, password: WRONG } })).extensions.code).toBe('UNAUTHENTICATED');
    }
    const recorded = await conn().execute(`select distinct address from login_failure where email in (?)`, [[a.officer, a.viewer, b.officer]]);
    expect(recorded).toEqual([{ address: '127.0.0.1' }]);

    // A fourth account, never tried, with its right password: refused, from this address.
    const locked = await fromHere.refused(LOGIN, { i: { email: b.viewer, password: PASSWORD } });
    expect(locked.extensions.code).toBe('RATE_LIMITED');
    expect(fromHere.sessionCookie).toBeNull();

    // Positive control: the same account from another address logs in.
    const elsewhere = new GqlSession(stack.url, { 'x-forwarded-for': freshAddress() });
    await elsewhere.login(b.viewer, PASSWORD);
    expect((await elsewhere.ok(ME)).me.email).toBe(b.viewer);
  });

  it('a successful login does not wipe the address’s failures', async () => {
    // b.viewer logged in above (from elsewhere), clearing its own account failures only.
    const again = await new GqlSession(stack.url).refused(LOGIN, { i: { email: orgs[1].internalAuditor, password: PASSWORD } });
    expect(again.extensions.code).toBe('RATE_LIMITED');
  });
});
