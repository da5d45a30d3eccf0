import { createHash, randomUUID } from 'node:crypto';
import { cleanUpLogins } from '../../server/src/modules/auth/login-cleanup';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { LOGIN, LOGOUT, ME } from '../support/operations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/**
 * Sign-in, sessions, the login limits, known devices and the cleanup. Every request that fails a login on purpose comes "from" an
 * address of its own (X-Forwarded-For, which the api trusts from loopback only), so the failures this file
 * leaves behind never count against the 127.0.0.1 that every other test file logs in from.
 */

const WRONG = 'not-the-password';
let addressCounter = 0;
/** A documentation address (RFC 5737) not used by any other test. */
const freshAddress = () => `198.51.100.${(process.pid % 50) * 4 + (addressCounter++ % 4) + 1}`;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Milliseconds from now until a Set-Cookie's Expires attribute. */
const expiresIn = (attributes: string[]) => new Date(attributes.find((a) => a.startsWith('Expires='))!.slice('Expires='.length)).getTime() - Date.now();

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
    expect(cookies).toHaveLength(2);
    const cookie = cookies[0];
    expect(cookie).toMatch(/^lc_session=[A-Za-z0-9_-]{40,};/);
    const attributes = cookie.split(';').slice(1).map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    // Not Secure outside production (the test stack runs plain http); hygiene.int.test.ts checks production.
    expect(attributes).not.toContain('Secure');
    const hours = expiresIn(attributes) / 3600_000;
    expect(hours).toBeGreaterThan(stack.config.SESSION_TTL_HOURS - 0.1);
    expect(hours).toBeLessThanOrEqual(stack.config.SESSION_TTL_HOURS);
    // Only a hash of the token is stored.
    const token = decodeURIComponent(cookie.split(';')[0].slice('lc_session='.length));
    const rows = await conn().execute(`select count(*)::int as n from session where token_hash = ?`, [token]);
    expect(rows[0].n).toBe(0);
  });

  it('login also sets an lc_device cookie: HttpOnly, SameSite=Lax, sent to /graphql only, valid for LOGIN_DEVICE_TTL_DAYS, stored hashed', async () => {
    const { res } = await rawLogin(stack.url, org.officer, PASSWORD);
    const cookie = res.headers.getSetCookie()[1];
    expect(cookie).toMatch(/^lc_device=[A-Za-z0-9_-]{40,};/);
    const attributes = cookie.split(';').slice(1).map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/graphql']));
    expect(attributes).not.toContain('Secure');
    const days = expiresIn(attributes) / (24 * 3600_000);
    expect(days).toBeGreaterThan(stack.config.LOGIN_DEVICE_TTL_DAYS - 0.01);
    expect(days).toBeLessThanOrEqual(stack.config.LOGIN_DEVICE_TTL_DAYS);
    const token = cookie.split(';')[0].slice('lc_device='.length);
    const [row] = await conn().execute(`select (select count(*)::int from login_device where token_hash = ?) as raw, (select count(*)::int from login_device d join app_user u on u.id = d.user_id where d.token_hash = ? and u.email = ?) as hashed`, [token, sha256(token), org.officer]);
    expect(row).toEqual({ raw: 0, hashed: 1 });
  });

  it('a login with the device cookie renews that device rather than adding one; logout keeps it', async () => {
    const browser = new GqlSession(stack.url);
    await browser.login(org.viewer, PASSWORD);
    const device = browser.deviceCookie!;
    const devicesOf = async () =>
      (await conn().execute(`select count(*)::int as n from login_device d join app_user u on u.id = d.user_id where u.email = ?`, [org.viewer]))[0].n as number;
    const before = await devicesOf();
    await browser.request(LOGOUT);
    expect(browser.sessionCookie).toBeNull();
    expect(browser.deviceCookie).toBe(device);
    await browser.login(org.viewer, PASSWORD);
    expect(browser.deviceCookie).toBe(device);
    expect(await devicesOf()).toBe(before);
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

  // The api reuses a session it looked up for SESSION_CACHE_SECONDS (modules/auth/session-cache.ts).
  it('a session this api process has just been serving still ends at logout: the very next request is refused', async () => {
    const email = org.internalAuditor;
    const tab = new GqlSession(stack.url);
    await tab.login(email, PASSWORD);
    const cookie = tab.sessionCookie!;
    for (let i = 0; i < 3; i += 1) expect((await tab.ok(ME)).me.email).toBe(email);

    // Requests racing the logout must not put the session back either.
    const racing = Array.from({ length: 5 }, () => new GqlSession(stack.url, { cookie }).request(ME));
    expect(await tab.ok(LOGOUT)).toEqual({ logout: true });
    await Promise.all(racing);
    for (let i = 0; i < 3; i += 1) {
      const replay = await new GqlSession(stack.url, { cookie }).request(ME);
      expect({ status: replay.status, data: replay.data }).toEqual({ status: 200, data: { me: null } });
    }
  });

  it('a session ended elsewhere (another replica, or in the database) stops working within SESSION_CACHE_SECONDS', async () => {
    const email = org.internalAuditor;
    const tab = new GqlSession(stack.url);
    await tab.login(email, PASSWORD);
    expect((await tab.ok(ME)).me.email).toBe(email);
    const token = decodeURIComponent(tab.sessionCookie!.slice('lc_session='.length));
    await conn().execute(`delete from session where token_hash = ?`, [sha256(token)]);
    // A cached entry is at most SESSION_CACHE_SECONDS old by now: after that long, the very next request
    // must be refused, however slowly the machine answers.
    await new Promise((resolve) => setTimeout(resolve, stack.config.SESSION_CACHE_SECONDS * 1000 + 50));
    expect((await tab.request(ME)).data?.me).toBeNull();
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
    // Until the first of the three failures leaves the window.
    const seconds = locked.extensions.retryAfterSeconds as number;
    expect(seconds).toBeGreaterThan(stack.config.LOGIN_WINDOW_MINUTES * 60 - 30);
    expect(seconds).toBeLessThanOrEqual(stack.config.LOGIN_WINDOW_MINUTES * 60);
    expect(locked.message).toBe(`Too many failed logins. Wait ${seconds} seconds and try again.`);
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
    // A new browser each time: with the device cookie of the first login the later attempts would be judged apart.
    const browser = () => new GqlSession(stack.url, { 'x-forwarded-for': address });
    for (let i = 0; i < 2; i += 1) await browser().refused(LOGIN, { i: { email: org.viewer, password: WRONG } });
    await browser().login(org.viewer, PASSWORD);
    for (let i = 0; i < 2; i += 1) {
      expect((await browser().refused(LOGIN, { i: { email: org.viewer, password: WRONG } })).extensions.code).toBe('UNAUTHENTICATED');
    }
    await browser().login(org.viewer, PASSWORD);
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

  it('a browser the account signed in on before passes the address limit: it is judged on its own failures', async () => {
    const account = orgs[1].officer;
    const traveller = new GqlSession(stack.url, { 'x-forwarded-for': freshAddress() });
    await traveller.login(account, PASSWORD);
    // The same browser now behind the limited address.
    const atTheOffice = new GqlSession(stack.url, { cookie: traveller.deviceCookie! });
    await atTheOffice.login(account, PASSWORD);
    expect((await atTheOffice.ok(ME)).me.email).toBe(account);
    // Positive control: without the device cookie that address is still refused for that account.
    expect((await new GqlSession(stack.url).refused(LOGIN, { i: { email: account, password: PASSWORD } })).extensions.code).toBe('RATE_LIMITED');
  });
});

describe('growing delays, known devices and the owner’s warning', () => {
  let stack: Stack;
  let sink: SmtpSink;
  let org: OrgFixture;
  const owner = () => org.officer;
  const home = freshAddress();
  const conn = () => stack.orm.em.fork().getConnection();
  /** The owner's everyday browser, and a second one, both signed in before the attack. */
  let everyday: GqlSession;
  let second: GqlSession;

  /** The limits of this stack: delays from the 2nd failure (10 s, doubling), the account limit at 5. */
  const env = {
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
    LOGIN_DELAY_AFTER_FAILURES_PER_ACCOUNT: '2',
    LOGIN_DELAY_BASE_SECONDS: '10',
    LOGIN_DELAY_MAX_SECONDS: '1000',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
    LOGIN_DELAY_AFTER_FAILURES_PER_ADDRESS: '1000',
  };

  interface Outcome {
    code: string;
    retryAfter?: number;
  }

  async function attempt(email: string, password: string, headers: Record<string, string>) {
    const { res, body } = await rawLogin(stack.url, email, password, headers);
    const error = body.errors?.[0];
    return { error, retryAfterHeader: res.headers.get('retry-after'), cookies: res.headers.getSetCookie() };
  }

  /** Moves the failures on an account back in time, as if that many seconds had passed. */
  const backdate = (email: string, seconds: number) =>
    conn().execute(`update login_failure set at = at - make_interval(secs => ?) where email = ?`, [seconds, email]);

  /**
   * Wrong passwords from one unknown browser, each delay waited out (by moving the failures back), until the
   * account limit answers with a wait longer than any delay of this stack.
   */
  async function guess(email: string): Promise<Outcome[]> {
    const headers = { 'x-forwarded-for': freshAddress() };
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 12; i += 1) {
      const { error, retryAfterHeader } = await attempt(email, WRONG, headers);
      if (error.extensions.code !== 'RATE_LIMITED') {
        outcomes.push({ code: error.extensions.code });
        continue;
      }
      const retryAfter = error.extensions.retryAfterSeconds as number;
      expect(retryAfterHeader).toBe(String(retryAfter));
      expect(error.message).toBe(`Too many failed logins. Wait ${retryAfter} seconds and try again.`);
      outcomes.push({ code: 'RATE_LIMITED', retryAfter });
      if (retryAfter > 100) break;
      await backdate(email, retryAfter);
    }
    return outcomes;
  }

  /** What `guess` meets on an account nobody guessed at within the window. */
  function expectLimitedAfterGuessing(outcomes: Outcome[]) {
    expect(outcomes.slice(0, -1)).toEqual([
      { code: 'UNAUTHENTICATED' },
      { code: 'UNAUTHENTICATED' },
      { code: 'RATE_LIMITED', retryAfter: 10 },
      { code: 'UNAUTHENTICATED' },
      { code: 'RATE_LIMITED', retryAfter: 20 },
      { code: 'UNAUTHENTICATED' },
      { code: 'RATE_LIMITED', retryAfter: 40 },
      { code: 'UNAUTHENTICATED' },
    ]);
    // The fifth failure reached the limit: no unknown device is judged until the first failure leaves the
    // 15-minute window, which the waits above brought 70 seconds closer.
    const last = outcomes.at(-1)!;
    expect(last.code).toBe('RATE_LIMITED');
    expect(last.retryAfter).toBeGreaterThan(15 * 60 - 70 - 10);
    expect(last.retryAfter).toBeLessThanOrEqual(15 * 60 - 70);
  }

  const warnings = async () =>
    (await conn().execute(`select count(*)::int as n from notification n join app_user u on u.id = n.user_id where u.email = ? and n.key = 'login-limited'`, [owner()]))[0].n as number;
  const mailsToOwner = () => sink.mails.filter((m) => m.to.includes(owner()));
  const withRightPassword = async (headers: Record<string, string>) => (await attempt(owner(), PASSWORD, headers)).error?.extensions.code ?? 'OK';

  beforeAll(async () => {
    sink = await startSmtpSink();
    stack = await startStack({ worker: false, env: { ...env, SMTP_URL: sink.url } });
    org = await createOrganisation(stack.orm.em.fork(), 'Apparaat');
    everyday = new GqlSession(stack.url, { 'x-forwarded-for': home });
    second = new GqlSession(stack.url, { 'x-forwarded-for': home });
    await everyday.login(owner(), PASSWORD);
    await second.login(owner(), PASSWORD);
  });
  afterAll(async () => {
    await conn().execute(`delete from login_failure where email in (?)`, [[org.officer, org.viewer]]);
    await stack?.stop();
    await sink?.close();
  });

  it('failures from an unknown device get a Retry-After that doubles, then the account limit for unknown devices', async () => {
    expectLimitedAfterGuessing(await guess(owner()));
    // The right password from any unknown browser, at any address, is refused as well.
    expect(await withRightPassword({ 'x-forwarded-for': freshAddress() })).toBe('RATE_LIMITED');
  });

  it('the owner’s browser with its device cookie and the right password still gets in, from any address', async () => {
    await everyday.request(LOGOUT);
    expect(everyday.sessionCookie).toBeNull();
    const elsewhere = new GqlSession(stack.url, { 'x-forwarded-for': freshAddress(), cookie: everyday.deviceCookie! });
    await elsewhere.login(owner(), PASSWORD);
    expect((await elsewhere.ok(ME)).me.email).toBe(owner());
    // The attacker's failures still count: unknown devices stay limited.
    expect(await withRightPassword({ 'x-forwarded-for': freshAddress() })).toBe('RATE_LIMITED');
  });

  it('a known device is judged on its own failures: a typo is a plain failure, and its own delays start after its own failures', async () => {
    const headers = { 'x-forwarded-for': home, cookie: everyday.deviceCookie! };
    expect((await attempt(owner(), WRONG, headers)).error.extensions.code).toBe('UNAUTHENTICATED');
    expect((await attempt(owner(), WRONG, headers)).error.extensions.code).toBe('UNAUTHENTICATED');
    const slowed = (await attempt(owner(), PASSWORD, headers)).error;
    expect(slowed.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 10 });
    await backdate(owner(), 10);
    expect(await withRightPassword(headers)).toBe('OK');
    // That success cleared the device's failures only.
    const [{ n }] = await conn().execute(`select count(*)::int as n from login_failure where email = ? and device_id is null`, [owner()]);
    expect(n).toBe(5);
  });

  it('a device cookie of another account, a changed one or an expired one does not help', async () => {
    const colleague = new GqlSession(stack.url, { 'x-forwarded-for': home });
    await colleague.login(org.viewer, PASSWORD);
    const own = everyday.deviceCookie!;
    const tampered = own.slice(0, -1) + (own.endsWith('A') ? 'B' : 'A');
    const expired = second.deviceCookie!;
    await conn().execute(`update login_device set expires_at = now() - interval '1 second' where token_hash = ?`, [sha256(expired.split('=')[1])]);
    for (const cookie of [colleague.deviceCookie!, tampered, expired]) {
      expect(await withRightPassword({ 'x-forwarded-for': home, cookie })).toBe('RATE_LIMITED');
    }
    // Positive control: the owner's own cookie, unchanged, still works here.
    expect(await withRightPassword({ 'x-forwarded-for': home, cookie: own })).toBe('OK');
  });

  it('an unknown account gets the same answers, with the same waits', async () => {
    const nobody = `nobody-${randomUUID()}@test.example`;
    expectLimitedAfterGuessing(await guess(nobody));
    await conn().execute(`delete from login_failure where email = ?`, [nobody]);
  });

  it('the owner is warned once, in-app (in their language) and by mail', async () => {
    await waitFor('the warning', async () => (await warnings()) >= 1);
    await waitFor('the mail', async () => mailsToOwner().length >= 1);
    const mail = mailsToOwner()[0];
    expect(mail.headers.subject).toBe('Inloggen op uw account is tijdelijk beperkt');
    expect(mail.body).toMatch(/^Er is 5 keer een verkeerd wachtwoord voor uw account ingevoerd op apparaten waarop u niet eerder inlogde\./);

    const reader = new GqlSession(stack.url, { 'x-forwarded-for': home, 'accept-language': 'en', cookie: everyday.deviceCookie! });
    await reader.login(owner(), PASSWORD);
    const { notifications } = await reader.ok(`{ notifications(first: 10) { nodes { id kind title body cycleId readAt } } }`);
    expect(notifications.nodes).toEqual([
      expect.objectContaining({ kind: 'SECURITY', title: 'Signing in to your account is temporarily limited', cycleId: null, readAt: null }),
    ]);
    expect(notifications.nodes[0].body).toMatch(/^A wrong password for your account was entered 5 times on devices you had not signed in on before\. Until at least /);

    // Refused attempts add nothing; nor does reaching the limit again while the warning is unread.
    expect(await withRightPassword({ 'x-forwarded-for': freshAddress() })).toBe('RATE_LIMITED');
    await backdate(owner(), 16 * 60);
    expectLimitedAfterGuessing(await guess(owner()));
    // Once read, the next lockout is news again.
    await reader.ok(`mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) }`, { i: { ids: [notifications.nodes[0].id] } });
    await backdate(owner(), 16 * 60);
    expectLimitedAfterGuessing(await guess(owner()));
    await waitFor('the second warning', async () => (await warnings()) >= 2 && mailsToOwner().length >= 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(await warnings()).toBe(2);
    expect(mailsToOwner()).toHaveLength(2);
  });
});

describe('the login cleanup', () => {
  let stack: Stack;
  let org: OrgFixture;
  const conn = () => stack.orm.em.fork().getConnection();

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    org = await createOrganisation(stack.orm.em.fork(), 'Opruimen');
  });
  afterAll(() => stack?.stop());

  it('removes expired sessions, failures older than the window and expired devices, in batches, and leaves the rest', async () => {
    const [{ id: userId }] = await conn().execute(`select id from app_user where email = ?`, [org.viewer]);
    const tag = randomUUID();
    const email = `cleanup-${tag}@test.example`;
    const minutes = stack.config.LOGIN_WINDOW_MINUTES;
    await conn().execute(
      `insert into session (token_hash, user_id, created_at, expires_at) values (?, ?, now() - interval '1 day', now() - interval '1 minute'), (?, ?, now(), now() + interval '1 hour')`,
      [`expired-${tag}`, userId, `valid-${tag}`, userId],
    );
    await conn().execute(
      `insert into login_device (id, token_hash, user_id, created_at, expires_at) values (?, ?, ?, now() - interval '200 days', now() - interval '1 minute'), (?, ?, ?, now(), now() + interval '1 day')`,
      [randomUUID(), `expired-${tag}`, userId, randomUUID(), `valid-${tag}`, userId],
    );
    // More old failures than one batch holds, and recent ones that are still counted.
    await conn().execute(
      `insert into login_failure (email, address, at) select ?, '192.0.2.1', now() - make_interval(mins => ?) - g * interval '1 second' from generate_series(1, 2500) g`,
      [email, minutes + 1],
    );
    await conn().execute(`insert into login_failure (email, address, at) select ?, '192.0.2.1', now() - interval '1 minute' from generate_series(1, 3)`, [email]);

    const left = async () =>
      (
        await conn().execute(`select
          (select string_agg(token_hash, ',' order by token_hash) from session where token_hash like ?) as sessions,
          (select string_agg(token_hash, ',' order by token_hash) from login_device where token_hash like ?) as devices,
          (select count(*)::int from login_failure where email = ?) as failures`, [`%-${tag}`, `%-${tag}`, email])
      )[0];
    expect(await left()).toEqual({ sessions: `expired-${tag},valid-${tag}`, devices: `expired-${tag},valid-${tag}`, failures: 2503 });

    const removed = await cleanUpLogins(stack.orm.em.fork(), minutes);
    expect(removed.failures).toBeGreaterThanOrEqual(2500);
    expect(removed.sessions).toBeGreaterThanOrEqual(1);
    expect(removed.devices).toBeGreaterThanOrEqual(1);
    const after = { sessions: `valid-${tag}`, devices: `valid-${tag}`, failures: 3 };
    expect(await left()).toEqual(after);

    // Again: nothing more of these goes.
    await cleanUpLogins(stack.orm.em.fork(), minutes);
    expect(await left()).toEqual(after);
    await conn().execute(`delete from login_failure where email = ?`, [email]);
  });
});
