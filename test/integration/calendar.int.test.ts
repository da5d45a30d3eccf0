import ICAL from 'ical.js';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { createCertifyingInstitution, DAY_MS, insertCycle, userIdOf, type CiFixture } from '../support/read-model-rows';
import { startStack, type Stack } from '../support/stack';

/**
 * Personal calendar feeds, fetched as a calendar program does (no session, the secret address only) and
 * read back with an iCalendar parser: what each party's feed holds, the time zone, links, renewal and stop.
 */
const RENEW = `mutation { renewCalendarFeed { url createdAt } }`;
/** Where LabelCycle says it lives; addresses and links use it, and the test reaches the api behind it. */
const PUBLIC_URL = 'https://labelcycle.example';
const dayIn = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * DAY_MS));

let stack: Stack;
let ci: CiFixture;
let orgA: Awaited<ReturnType<typeof createOrganisation>>;
let orgB: Awaited<ReturnType<typeof createOrganisation>>;
let cycleA: string;
let cycleB: string;
let dueB: Date;

async function signedIn(email: string, password = PASSWORD, language = 'nl'): Promise<GqlSession> {
  const session = new GqlSession(stack.url, { 'accept-language': language });
  await session.login(email, password);
  return session;
}

interface ParsedEvent {
  uid: string;
  summary: string;
  url: string;
  start: ICAL.Time;
  status: string | null;
}

async function feed(url: string): Promise<{ status: number; events: ParsedEvent[]; text: string }> {
  const res = await fetch(url.replace(PUBLIC_URL, stack.url));
  const text = await res.text();
  if (res.status !== 200) return { status: res.status, events: [], text };
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  const calendar = new ICAL.Component(ICAL.parse(text));
  // The zone travels in the file; registering it lets the parser turn local times into instants.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, url: String(v.getFirstPropertyValue('url')), start: e.startDate, status: (v.getFirstPropertyValue('status') as string) ?? null };
  });
  return { status: 200, events, text };
}

beforeAll(async () => {
  stack = await startStack({ worker: false, env: { PUBLIC_URL } });
  const em = stack.orm.em.fork();
  const conn = em.getConnection();
  ci = await createCertifyingInstitution(conn, 'Agenda-CI');
  orgA = await createOrganisation(stack.orm.em.fork(), 'Agenda A');
  orgB = await createOrganisation(stack.orm.em.fork(), 'Agenda B');
  const frameworkVersionId = stack.demo.framework.id;
  cycleA = await insertCycle(conn, {
    organisationId: orgA.organisation.id,
    frameworkVersionId,
    startedById: await userIdOf(conn, orgA.officer),
    phase: 'EXTERNAL_AUDIT',
    certifyingInstitutionId: ci.id,
    leadAuditorId: ci.auditorId,
  });
  await conn.execute(`update cycle set step = 'AUDITING', confirmed_audit_date = ? where id = ?`, [dayIn(20), cycleA]);
  await conn.execute(
    `insert into internal_audit (id, cycle_id, unit, planned_date, auditor_ids, planned_by_id) values (gen_random_uuid(), ?, 'Team Oost', ?, '{}', ?)`,
    [cycleA, dayIn(5), await userIdOf(conn, orgA.officer)],
  );
  cycleB = await insertCycle(conn, { organisationId: orgB.organisation.id, frameworkVersionId, startedById: await userIdOf(conn, orgB.officer), phase: 'SELF_EVALUATION' });
  // A deadline at 17:00 Dutch time, ten days ahead.
  dueB = new Date(`${dayIn(10)}T16:00:00Z`);
  await conn.execute(`update cycle set due_at = ? where id = ?`, [dueB.toISOString(), cycleB]);
});

afterAll(async () => {
  await stack?.stop();
});

it("gives the organisation its audit day and internal audits, linked to its screens, and nothing of another organisation's", async () => {
  const officer = await signedIn(orgA.officer);
  const { renewCalendarFeed } = await officer.ok(RENEW);
  expect(renewCalendarFeed.url).toMatch(new RegExp(`^${PUBLIC_URL}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
  const { status, events } = await feed(renewCalendarFeed.url);
  expect(status).toBe(200);
  expect(events.map((e) => [e.summary, e.start.toString(), e.start.isDate, e.url]).sort()).toEqual(
    [
      [`Externe audit: ${orgA.organisation.name}`, dayIn(20), true, `${PUBLIC_URL}/external-audit`],
      [`Interne audit Team Oost: ${orgA.organisation.name}`, dayIn(5), true, `${PUBLIC_URL}/internal-audits`],
    ].sort(),
  );
  expect(events.map((e) => e.summary).join()).not.toContain(orgB.organisation.name);
  // The status query says there is a feed, not where.
  const { calendarFeed } = await officer.ok(`{ calendarFeed { createdAt locale } }`);
  expect(calendarFeed).toEqual({ createdAt: renewCalendarFeed.createdAt, locale: 'nl' });
});

it('gives the assigned auditor the audit day in English with a link to the cycle, but not the internal audits', async () => {
  const auditor = await signedIn(ci.auditor, PASSWORD, 'en');
  const { events } = await feed((await auditor.ok(RENEW)).renewCalendarFeed.url);
  expect(events.map((e) => [e.summary, e.start.toString(), e.url])).toEqual([[`External audit: ${orgA.organisation.name}`, dayIn(20), `${PUBLIC_URL}/cycles/${cycleA}`]]);
});

it('puts a deadline at its moment in Europe/Amsterdam, and the sector body sees every open cycle', async () => {
  const officerB = await signedIn(orgB.officer);
  const { events } = await feed((await officerB.ok(RENEW)).renewCalendarFeed.url);
  expect(events).toHaveLength(1);
  const [deadline] = events;
  expect(deadline.summary).toBe(`Uiterste datum voor de zelfevaluatie: ${orgB.organisation.name}`);
  expect(deadline.url).toBe(`${PUBLIC_URL}/self-evaluation`);
  expect(deadline.start.zone?.tzid).toBe('Europe/Amsterdam');
  expect(deadline.start.toJSDate().getTime()).toBe(dueB.getTime());
  expect(deadline.start.toString()).toMatch(/T17:00:00$/);

  const sector = await signedIn('secretariaat@swn.demo', DEMO_PASSWORD);
  const all = (await feed((await sector.ok(RENEW)).renewCalendarFeed.url)).events.map((e) => e.summary);
  expect(all).toEqual(expect.arrayContaining([`Externe audit: ${orgA.organisation.name}`, `Uiterste datum voor de zelfevaluatie: ${orgB.organisation.name}`]));
  // Internal audits stay with the organisation.
  expect(all.join()).not.toContain('Interne audit Team Oost');
});

it('shows proposed audit days as tentative until one is confirmed, each under its own UID', async () => {
  const conn = stack.orm.em.fork().getConnection();
  await conn.execute(`update cycle set confirmed_audit_date = null, step = 'DATES_PROPOSED', proposed_audit_dates = ? where id = ?`, [`{${dayIn(30)},${dayIn(31)}}`, cycleA]);
  const officer = await signedIn(orgA.officer);
  const { events } = await feed((await officer.ok(RENEW)).renewCalendarFeed.url);
  const proposed = events.filter((e) => e.summary.startsWith('Voorgestelde auditdatum'));
  expect(proposed.map((e) => [e.start.toString(), e.status])).toEqual([
    [dayIn(30), 'TENTATIVE'],
    [dayIn(31), 'TENTATIVE'],
  ]);
  expect(new Set(proposed.map((e) => e.uid)).size).toBe(2);
});

it('stops the old address at once when renewed, and every address when stopped', async () => {
  const officer = await signedIn(orgA.officer);
  const first = (await officer.ok(RENEW)).renewCalendarFeed.url;
  const second = (await officer.ok(RENEW)).renewCalendarFeed.url;
  expect(second).not.toBe(first);
  expect((await feed(first)).status).toBe(404);
  expect((await feed(second)).status).toBe(200);
  expect((await officer.ok(`mutation { stopCalendarFeed }`)).stopCalendarFeed).toBe(true);
  expect((await feed(second)).status).toBe(404);
  expect((await officer.ok(`{ calendarFeed { createdAt } }`)).calendarFeed).toBeNull();
  expect((await officer.ok(`mutation { stopCalendarFeed }`)).stopCalendarFeed).toBe(false);
});

it('answers 404 for malformed and unknown addresses, and needs a login to make one', async () => {
  for (const path of ['calendar/x.ics', `calendar/${'A'.repeat(43)}.ics`, `calendar/${'A'.repeat(43)}`, 'calendar/%00.ics', `calendar/${'A'.repeat(43)}.ics.ics`]) {
    expect((await feed(`${stack.url}/${path}`)).status).toBe(404);
  }
  const anonymous = new GqlSession(stack.url);
  for (const op of [RENEW, `mutation { stopCalendarFeed }`, `{ calendarFeed { createdAt } }`]) {
    expect((await anonymous.refused(op)).extensions.code).toBe('UNAUTHENTICATED');
  }
});
