import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { NotificationRequest } from '../../workflows/src/activities';
import { createNotifyActivity } from '../../server/src/modules/notification/notify.activity';
import { componentLogger } from '../../server/src/common/logger';
import { loadConfig } from '../../server/src/config';
import { CertifyingInstitution } from '../../server/src/modules/certifying-institution/certifying-institution.entity';
import { createMailer } from '../../server/src/modules/notification/mailer';
import { PartyKind, Role } from '../../server/src/modules/user/role';
import { User } from '../../server/src/modules/user/user.entity';
import { createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { START_CYCLE, startInput } from '../support/operations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startStack, type Stack } from '../support/stack';

const NOTIFICATIONS = `query($first: Int!, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id kind title body readAt cycleId }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;
const UNREAD_COUNT = `{ unreadNotificationCount }`;
const MARK_READ = `mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) }`;
const PUBLIC_URL = 'https://labelcycle.test.example';

let stack: Stack;
let org: OrgFixture;
let otherOrg: OrgFixture;
let officer: GqlSession;
let cycleId: string;
let ids: { officer: string; internalAuditor: string; viewer: string; lead: string; co: string; managers: string[]; ciAuditor: string; otherManager: string };
let leadEmail: string;
let institutionId: string;
let notify: (request: NotificationRequest) => Promise<void>;

async function userId(email: string): Promise<string> {
  const [row] = await stack.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from app_user where email = ?`, [email]);
  return row.id;
}

/** A certifying institution with two managers and one auditor; the auditor is not one of its managers. */
async function createInstitution(em: EntityManager, managers: number) {
  const tag = randomUUID().slice(0, 8);
  const ci = em.create(CertifyingInstitution, { name: `CI ${tag}` });
  const mk = (role: Role, n: number) =>
    em.create(User, {
      email: `${role.toLowerCase()}-${n}-${tag}@test.example`,
      name: `${role} ${n} ${tag}`,
      role,
      partyKind: PartyKind.CERTIFYING_INSTITUTION,
      certifyingInstitution: ci,
      passwordHash: 'not-used-to-log-in',
    });
  const managerUsers = Array.from({ length: managers }, (_, n) => mk(Role.CI_MANAGER, n));
  const auditor = mk(Role.AUDITOR, 0);
  await em.flush();
  return { ci, managers: managerUsers.map((u) => u.id), auditor: auditor.id };
}

function request(overrides: Partial<NotificationRequest>): NotificationRequest {
  return {
    cycleId,
    key: `test-${randomUUID()}`,
    audience: ['ORGANISATION'],
    kind: 'TRANSITION',
    title: 'Het conceptrapport staat klaar voor uw reactie',
    body: 'Reageer binnen twee weken.',
    ...overrides,
  };
}

async function recipientsOf(key: string): Promise<string[]> {
  const rows = await stack.orm.em
    .fork()
    .getConnection()
    .execute<{ user_id: string }[]>(`select user_id from notification where key = ? order by user_id`, [key]);
  return rows.map((r) => r.user_id);
}

async function usersWithRole(role: Role): Promise<string[]> {
  const rows = await stack.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from app_user where role = ?`, [role]);
  return rows.map((r) => r.id);
}

const sorted = (xs: string[]) => [...xs].sort();

beforeAll(async () => {
  // No worker: the cycle's workflow waits untouched, so the only notifications are the ones made here.
  stack = await startStack();
  const em = stack.orm.em.fork();
  org = await createOrganisation(em);
  otherOrg = await createOrganisation(em, 'Andere organisatie');
  officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  cycleId = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;

  leadEmail = await createCiAuditor(em);
  const coEmail = await createCiAuditor(em);
  const institution = await createInstitution(em, 2);
  const other = await createInstitution(em, 1);
  ids = {
    officer: await userId(org.officer),
    internalAuditor: await userId(org.internalAuditor),
    viewer: await userId(org.viewer),
    lead: await userId(leadEmail),
    co: await userId(coEmail),
    managers: institution.managers,
    ciAuditor: institution.auditor,
    otherManager: other.managers[0],
  };
  // Engaging an institution and assigning auditors belong to later phases; set the columns directly.
  await em.getConnection().execute(`update cycle set lead_auditor_id = ?, co_auditor_id = ? where id = ?`, [ids.lead, ids.co, cycleId]);
  // Engaged in a test below, after checking that nobody there is told anything before.
  institutionId = institution.ci.id;
  notify = createNotifyActivity(stack.orm, null).notify;
});
afterAll(() => stack?.stop());

describe('the notify activity', () => {
  it('tells the organisation through its quality officers only', async () => {
    const r = request({ audience: ['ORGANISATION'] });
    await notify(r);
    expect(await recipientsOf(r.key)).toEqual([ids.officer]);
    const [row] = await stack.orm.em
      .fork()
      .getConnection()
      .execute(`select cycle_id, kind, title, body, read_at from notification where key = ?`, [r.key]);
    expect(row).toEqual({ cycle_id: cycleId, kind: 'TRANSITION', title: r.title, body: r.body, read_at: null });
  });

  it('tells no one at a certifying institution before one is engaged', async () => {
    const r = request({ audience: ['CERTIFYING_INSTITUTION'] });
    await expect(notify(r)).resolves.toBeUndefined();
    expect(await recipientsOf(r.key)).toEqual([]);
  });

  it("tells the engaged institution's managers, not its auditors nor another institution", async () => {
    await stack.orm.em.fork().getConnection().execute(`update cycle set certifying_institution_id = ? where id = ?`, [institutionId, cycleId]);
    const r = request({ audience: ['CERTIFYING_INSTITUTION'] });
    await notify(r);
    const got = await recipientsOf(r.key);
    expect(got).toEqual(sorted(ids.managers));
    expect(got).not.toContain(ids.ciAuditor);
    expect(got).not.toContain(ids.otherManager);
  });

  it("tells the cycle's lead and co-auditor", async () => {
    const r = request({ audience: ['AUDITORS'] });
    await notify(r);
    expect(await recipientsOf(r.key)).toEqual(sorted([ids.lead, ids.co]));
  });

  it('tells the sector secretariat and the deciders by role', async () => {
    const admins = request({ audience: ['SECTOR_BODY'] });
    const deciders = request({ audience: ['SECTOR_DECIDERS'] });
    await notify(admins);
    await notify(deciders);
    const [adminIds, deciderIds] = [await usersWithRole(Role.SECTOR_ADMIN), await usersWithRole(Role.SECTOR_DECIDER)];
    expect(adminIds.length).toBeGreaterThan(0);
    expect(deciderIds.length).toBeGreaterThan(0);
    expect(await recipientsOf(admins.key)).toEqual(sorted(adminIds));
    expect(await recipientsOf(deciders.key)).toEqual(sorted(deciderIds));
  });

  it('gives a person in two audiences one row, and a repeated call with the same key adds nothing', async () => {
    // The lead auditor is made a manager of the engaged institution too, so is in both audiences.
    const conn = stack.orm.em.fork().getConnection();
    const [own] = await conn.execute<{ ci: string }[]>(`select certifying_institution_id as ci from app_user where id = ?`, [ids.lead]);
    await conn.execute(`update app_user set role = 'CI_MANAGER', certifying_institution_id = ? where id = ?`, [institutionId, ids.lead]);
    try {
      const r = request({ audience: ['ORGANISATION', 'CERTIFYING_INSTITUTION', 'AUDITORS'] });
      await notify(r);
      const expected = sorted([ids.officer, ...ids.managers, ids.lead, ids.co]);
      expect(await recipientsOf(r.key)).toEqual(expected);
      await notify(r);
      await Promise.all([notify(r), notify(r)]);
      expect(await recipientsOf(r.key)).toEqual(expected);
    } finally {
      await conn.execute(`update app_user set role = 'AUDITOR', certifying_institution_id = ? where id = ?`, [own.ci, ids.lead]);
    }
  });

  // The workflow's keys name a step of one cycle ("plan-accepted#14"); every cycle reaches that step.
  it('tells a person of the same step in two cycles twice: the key is per cycle', async () => {
    const otherOfficer = new GqlSession(stack.url);
    await otherOfficer.login(otherOrg.officer, PASSWORD);
    const otherCycleId = (await otherOfficer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
    const key = `plan-accepted#${randomUUID()}`;
    await notify(request({ key, audience: ['SECTOR_DECIDERS'] }));
    await notify(request({ key, cycleId: otherCycleId, audience: ['SECTOR_DECIDERS'] }));
    const deciders = await usersWithRole(Role.SECTOR_DECIDER);
    const rows = await stack.orm.em
      .fork()
      .getConnection()
      .execute<{ cycle_id: string; n: string }[]>(`select cycle_id, count(*) as n from notification where key = ? group by cycle_id`, [key]);
    expect(rows.map((r) => ({ cycle: r.cycle_id, n: Number(r.n) })).sort((a, b) => a.cycle.localeCompare(b.cycle))).toEqual(
      [cycleId, otherCycleId].sort().map((cycle) => ({ cycle, n: deciders.length })),
    );
    // A retry for either cycle still adds nothing.
    await notify(request({ key, cycleId: otherCycleId, audience: ['SECTOR_DECIDERS'] }));
    expect(await recipientsOf(key)).toHaveLength(2 * deciders.length);
  });

  it('fails loudly for a cycle that does not exist, rather than notifying nobody', async () => {
    await expect(notify(request({ cycleId: randomUUID(), audience: ['SECTOR_BODY'] }))).rejects.toThrow(/does not exist/);
  });
});

describe('the notifications query and markNotificationsRead', () => {
  let officerRows: string[];

  beforeAll(async () => {
    // A few more, so paging has something to page through.
    for (let n = 0; n < 3; n += 1) await notify(request({ title: `Herinnering ${n}`, kind: 'REMINDER' }));
    const rows = await stack.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(`select id from notification where user_id = ? order by created_at desc, id desc`, [ids.officer]);
    officerRows = rows.map((r) => r.id);
    expect(officerRows.length).toBeGreaterThanOrEqual(5);
  });

  it('pages through exactly your own notifications, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: { notifications: { nodes: { id: string; cycleId: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean }; totalCount: number } } =
        await officer.ok(NOTIFICATIONS, { first: 2, after });
      const page = data.notifications;
      expect(page.totalCount).toBe(officerRows.length);
      expect(page.nodes.length).toBeLessThanOrEqual(2);
      for (const n of page.nodes) expect(n.cycleId).toBe(cycleId);
      seen.push(...page.nodes.map((n) => n.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(officerRows);
    expect(pages).toBe(Math.ceil(officerRows.length / 2));
    const newest = (await officer.ok(NOTIFICATIONS, { first: 1 })).notifications.nodes[0];
    expect(newest).toMatchObject({ kind: 'REMINDER', title: 'Herinnering 2', readAt: null });
  });

  it("shows another organisation's user none of them, and lets them mark none read", async () => {
    const stranger = new GqlSession(stack.url);
    await stranger.login(otherOrg.officer, PASSWORD);
    const page = (await stranger.ok(NOTIFICATIONS, { first: 50 })).notifications;
    expect(page).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 });
    expect((await stranger.ok(UNREAD_COUNT)).unreadNotificationCount).toBe(0);

    // Someone else's notifications are not found, exactly as IDs of nothing are.
    const marked = await stranger.request(MARK_READ, { i: { ids: officerRows } });
    const nothing = await stranger.request(MARK_READ, { i: { ids: officerRows.map(() => randomUUID()) } });
    expect(marked.errors?.map((e) => ({ message: e.message, extensions: e.extensions }))).toEqual([
      { message: 'Notification was not found.', extensions: { code: 'NOT_FOUND' } },
    ]);
    expect(nothing.errors).toEqual(marked.errors);
    const [row] = await stack.orm.em
      .fork()
      .getConnection()
      .execute<{ read: string }[]>(`select count(*) filter (where read_at is not null) as read from notification where id in (${officerRows.map(() => '?').join(',')})`, officerRows);
    expect(Number(row.read)).toBe(0);
  });

  it('shows the lead auditor only their own', async () => {
    const lead = new GqlSession(stack.url);
    await lead.login(leadEmail, PASSWORD);
    const page = (await lead.ok(NOTIFICATIONS, { first: 50 })).notifications;
    const own = await stack.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from notification where user_id = ?`, [ids.lead]);
    expect(sorted(page.nodes.map((n: { id: string }) => n.id))).toEqual(sorted(own.map((r) => r.id)));
    for (const id of officerRows) expect(page.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
  });

  it('marks your own read, counts only those that were unread, and unreadOnly leaves them out', async () => {
    expect((await officer.ok(UNREAD_COUNT)).unreadNotificationCount).toBe(officerRows.length);
    const [first, second] = officerRows;
    const foreign = (await stack.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from notification where user_id = ? limit 1`, [ids.lead]))[0].id;

    // One ID that is not yours (someone else's, or of nothing) refuses the lot: nothing is marked.
    for (const other of [foreign, randomUUID()]) {
      expect((await officer.refused(MARK_READ, { i: { ids: [first, other] } })).extensions).toEqual({ code: 'NOT_FOUND' });
    }
    expect((await officer.ok(UNREAD_COUNT)).unreadNotificationCount).toBe(officerRows.length);
    const marked = await officer.ok(MARK_READ, { i: { ids: [first, second, first] } });
    expect(marked.markNotificationsRead).toBe(2);
    expect((await officer.ok(MARK_READ, { i: { ids: [first] } })).markNotificationsRead).toBe(0);
    expect((await officer.ok(MARK_READ, { i: { ids: [] } })).markNotificationsRead).toBe(0);

    const [foreignRow] = await stack.orm.em.fork().getConnection().execute(`select read_at from notification where id = ?`, [foreign]);
    expect(foreignRow.read_at).toBeNull();

    expect((await officer.ok(UNREAD_COUNT)).unreadNotificationCount).toBe(officerRows.length - 2);
    const unread = (await officer.ok(NOTIFICATIONS, { first: 50, unreadOnly: true })).notifications;
    expect(unread.totalCount).toBe(officerRows.length - 2);
    expect(unread.nodes.map((n: { id: string }) => n.id)).toEqual(officerRows.slice(2));
    const all = (await officer.ok(NOTIFICATIONS, { first: 50, unreadOnly: false })).notifications;
    expect(all.totalCount).toBe(officerRows.length);
    expect(all.nodes.filter((n: { readAt: string | null }) => n.readAt !== null).map((n: { id: string }) => n.id)).toEqual([first, second]);
  });

  it('refuses malformed input and signed-out callers', async () => {
    const tooMany = await officer.refused(MARK_READ, { i: { ids: Array.from({ length: 501 }, () => randomUUID()) } });
    expect(tooMany.extensions.code).toBe('BAD_USER_INPUT');
    const notUuid = await officer.refused(MARK_READ, { i: { ids: ['not-an-id'] } });
    expect(notUuid.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const badCursor = await officer.refused(NOTIFICATIONS, { first: 2, after: 'nonsense' });
    expect(badCursor.extensions.code).toBe('BAD_USER_INPUT');

    const anonymous = new GqlSession(stack.url);
    expect((await anonymous.refused(NOTIFICATIONS, { first: 2 })).extensions.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.refused(UNREAD_COUNT)).extensions.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.refused(MARK_READ, { i: { ids: [] } })).extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('mail', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(componentLogger('notify'), 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  function mailingNotify(sink: SmtpSink) {
    const config = loadConfig({ SMTP_URL: sink.url, PUBLIC_URL });
    return createNotifyActivity(stack.orm, createMailer(config)).notify;
  }

  it('stays off without SMTP_URL', () => {
    expect(createMailer(loadConfig({}))).toBeNull();
  });

  it('mails each new recipient once, in plain text with the link, and a retry mails nothing', async () => {
    const sink = await startSmtpSink();
    try {
      const send = mailingNotify(sink);
      const r = request({ audience: ['ORGANISATION', 'AUDITORS'], title: 'Kies een auditdatum', body: 'Er zijn drie data voorgesteld.' });
      await send(r);
      expect(sink.mails).toHaveLength(3);
      const recipients = sink.mails.flatMap((m) => m.to);
      const emails = await stack.orm.em
        .fork()
        .getConnection()
        .execute<{ email: string }[]>(`select email from app_user where id in (?, ?, ?)`, [ids.officer, ids.lead, ids.co]);
      expect(sorted(recipients)).toEqual(sorted(emails.map((e) => e.email)));
      const toOfficer = sink.mails.find((m) => m.to[0] === org.officer)!;
      expect(toOfficer.from).toBe('no-reply@labelcycle.invalid');
      expect(toOfficer.headers.subject).toBe('Kies een auditdatum');
      expect(toOfficer.headers.to).toContain(org.officer);
      expect(toOfficer.headers.from).toBe('LabelCycle <no-reply@labelcycle.invalid>');
      expect(toOfficer.headers['content-type']).toMatch(/^text\/plain/);
      expect(toOfficer.body).toBe(`Er zijn drie data voorgesteld.\n\nBekijk het in LabelCycle: ${PUBLIC_URL}\n`);

      await send(r);
      expect(sink.mails).toHaveLength(3);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      await sink.close();
    }
  });

  it.each(['refuse', 'reject-recipients'] as const)('keeps the notification when the mail server refuses (%s)', async (mode) => {
    const sink = await startSmtpSink(mode);
    try {
      const r = request({ audience: ['ORGANISATION'] });
      await expect(mailingNotify(sink)(r)).resolves.toBeUndefined();
      expect(await recipientsOf(r.key)).toEqual([ids.officer]);
      expect(sink.mails).toHaveLength(0);
      expect(warn).toHaveBeenCalledWith({ notificationId: expect.stringMatching(/^[0-9a-f-]{36}$/), reason: expect.any(String) }, 'mail for a notification failed');
      // The log names the notification, never the person's address.
      expect(JSON.stringify(warn.mock.calls[0])).not.toContain('@');
    } finally {
      await sink.close();
    }
  });

  it('gives up on a mail server that never answers well within the activity timeout', async () => {
    const sink = await startSmtpSink('silent');
    try {
      const r = request({ audience: ['ORGANISATION'] });
      const started = Date.now();
      await expect(mailingNotify(sink)(r)).resolves.toBeUndefined();
      expect(Date.now() - started).toBeLessThan(9_000);
      expect(await recipientsOf(r.key)).toEqual([ids.officer]);
      expect(warn).toHaveBeenCalled();
    } finally {
      await sink.close();
    }
  });
});

describe('categories, occasions and notices replaced by a newer one', () => {
  const LIST = `query($first: Int!, $category: NoticeCategory) {
    notifications(first: $first, category: $category) { nodes { id kind category topic title cycleId } totalCount }
  }`;
  let own: { org: OrgFixture; officer: GqlSession; lead: GqlSession; cycleId: string; officerId: string };
  const rowsOf = (userId: string, topic: string) =>
    stack.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; key: string; superseded_at: Date | null; asks_to_act: boolean }[]>(
        `select id, key, superseded_at, asks_to_act from notification where user_id = ? and cycle_id = ? and split_part(key, '#', 1) = ? order by created_at`,
        [userId, own.cycleId, topic],
      );

  beforeAll(async () => {
    // A cycle of its own, so the occasions here meet none of the notices above.
    const em = stack.orm.em.fork();
    const ownOrg = await createOrganisation(em, 'Derde organisatie');
    const ownOfficer = new GqlSession(stack.url);
    await ownOfficer.login(ownOrg.officer, PASSWORD);
    const ownCycle = (await ownOfficer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
    await em.getConnection().execute(`update cycle set lead_auditor_id = ? where id = ?`, [ids.lead, ownCycle]);
    const lead = new GqlSession(stack.url, { 'accept-language': 'en' });
    await lead.login(leadEmail, PASSWORD);
    own = { org: ownOrg, officer: ownOfficer, lead, cycleId: ownCycle, officerId: await userId(ownOrg.officer) };
  });

  it('lists dates proposed a second time once: the newer notice replaces the earlier one, and a retry of either changes nothing', async () => {
    const first = request({ cycleId: own.cycleId, key: 'dates#4', audience: ['ORGANISATION', 'AUDITORS'], message: { code: 'dates' } });
    const second = { ...first, key: 'dates#9' };
    await notify(first);
    const unreadBefore = (await own.officer.ok(UNREAD_COUNT)).unreadNotificationCount;
    await notify(second);
    await notify(second);
    await notify(first);

    for (const userId of [own.officerId, ids.lead]) {
      const rows = await rowsOf(userId, 'dates');
      expect(rows.map((r) => [r.key, r.superseded_at !== null])).toEqual([
        ['dates#4', true],
        ['dates#9', false],
      ]);
    }
    const listed = (await own.officer.ok(LIST, { first: 50 })).notifications.nodes.filter((n: { topic: string }) => n.topic === 'dates');
    const [, newer] = await rowsOf(own.officerId, 'dates');
    expect(listed).toEqual([{ id: newer.id, kind: 'TRANSITION', category: 'ACTION_NEEDED', topic: 'dates', title: 'Kies een auditdatum', cycleId: own.cycleId }]);
    // Still one unread "choose a date", not two.
    expect((await own.officer.ok(UNREAD_COUNT)).unreadNotificationCount).toBe(unreadBefore);

    // Another occasion of the same cycle replaces nothing.
    await notify(request({ cycleId: own.cycleId, key: 'draft#12', audience: ['ORGANISATION'], message: { code: 'draft' } }));
    expect((await rowsOf(own.officerId, 'dates')).map((r) => r.superseded_at !== null)).toEqual([true, false]);
  });

  it("asks to act only the audience whose move is next, files terms under deadlines, and words titles in the reader's language", async () => {
    await notify(request({ cycleId: own.cycleId, key: 'remind-SELF_EVALUATION#3', kind: 'REMINDER', audience: ['ORGANISATION', 'AUDITORS'], message: { code: 'remind', params: { kind: 'SELF_EVALUATION', due: '2027-02-26' } } }));
    const [dates] = (await rowsOf(own.officerId, 'dates')).slice(-1);
    const [leadDates] = (await rowsOf(ids.lead, 'dates')).slice(-1);
    expect([dates.asks_to_act, leadDates.asks_to_act]).toEqual([true, false]);

    const byCategory = async (session: GqlSession, category: string | null) =>
      ((await session.ok(LIST, { first: 50, category })).notifications.nodes as { topic: string; category: string; title: string; cycleId: string }[])
        .filter((n) => n.cycleId === own.cycleId)
        .map((n) => [n.topic, n.category, n.title]);
    expect(await byCategory(own.officer, 'ACTION_NEEDED')).toEqual([
      ['draft', 'ACTION_NEEDED', 'Het conceptrapport staat klaar voor uw reactie'],
      ['dates', 'ACTION_NEEDED', 'Kies een auditdatum'],
    ]);
    expect(await byCategory(own.officer, 'DEADLINE')).toEqual([['remind-SELF_EVALUATION', 'DEADLINE', 'Herinnering: er loopt een termijn af']]);
    expect(await byCategory(own.officer, 'PROGRESS')).toEqual([]);
    // The lead auditor reads in English: the same notices, each in English, the proposed dates as progress.
    expect(await byCategory(own.lead, null)).toEqual([
      ['remind-SELF_EVALUATION', 'DEADLINE', 'Reminder: a deadline is coming up'],
      ['dates', 'PROGRESS', 'Choose an audit date'],
    ]);
    expect(await byCategory(own.lead, 'PROGRESS')).toEqual([['dates', 'PROGRESS', 'Choose an audit date']]);
  });

  it('refuses a category that does not exist', async () => {
    const wrong = await own.officer.refused(LIST, { first: 5, category: 'URGENT' });
    expect(wrong.extensions.code).toBe('BAD_USER_INPUT');
  });
});
