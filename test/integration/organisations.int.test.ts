import { randomUUID } from 'node:crypto';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import {
  createCertifyingInstitution,
  DAY_MS,
  daysFromNow,
  insertCertificate,
  insertCycle,
  insertFinding,
  insertFrameworkWithNorms,
  insertTransitions,
  userIdOf,
  type CiFixture,
} from '../support/read-model-rows';
import { startStack, type Stack } from '../support/stack';
import { statementsDuring } from '../support/statement-counter';

/**
 * The organisation list of the sector dashboard (filters, scoping, keyset pages, batched per-row fields)
 * and the sector overview. Rows are written straight into the tables; names carry this run's tag so the
 * searches below see only them, and the overview is compared before and after this file's rows.
 */

const SECTOR_ADMIN = 'secretariaat@swn.demo';
const SECTOR_DECIDER = 'commissie@swn.demo';
const DEMO_PASSWORD = 'demo-wachtwoord';

const ORGANISATIONS = `query($first: Int!, $after: String, $filter: OrganisationFilter) {
  organisations(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { id name place fte currentCycle { id phase overdue } certificate { number status validUntil } } } }`;
/** Per-row fields that each need data from elsewhere: the request must batch them all. */
const ORGANISATIONS_WIDE = `query($first: Int!, $filter: OrganisationFilter) {
  organisations(first: $first, filter: $filter) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { id name place fte
      certificate { number status validUntil }
      currentCycle { id phase overdue progress { done total percent } frameworkVersion { name version } organisation { id name } } } } }`;
const OVERVIEW = `{ sectorOverview {
  countsPerPhase { phase count }
  countsPerVariant { variant count }
  timePerPhase { phase averageSeconds cycles }
  normFindings { normCode normTitle frameworkVersion meets partlyMeets doesNotMeet notApplicable }
  overdueCount expiringWithin90Days } }`;

const tag = randomUUID().slice(0, 8);
const LABEL = `Orgtest ${tag}`;
const BENCH_LABEL = `Bench ${tag}`;
const BENCH_SIZE = 120;

let stack: Stack;
const sessions: Record<string, GqlSession> = {};
let orgs: Record<'Alfa' | 'Bravo' | 'Charlie' | 'Delta' | 'Echo', OrgFixture>;
let ciA: CiFixture;
let ciB: CiFixture;
let ciC: CiFixture;
let framework: { name: string; version: string };
let overviewBefore: any;
const certificateNumber = (n: string) => `KSSW-O${tag}-${n}`.toUpperCase();

async function login(email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(email, password);
  return s;
}

const names = (page: any): string[] => page.organisations.nodes.map((n: any) => n.name.split(' ')[2]);

async function list(session: GqlSession, filter: Record<string, unknown> = {}, first = 50): Promise<any> {
  return session.ok(ORGANISATIONS, { first, filter: { search: LABEL, ...filter } });
}

beforeAll(async () => {
  stack = await startStack({ worker: false });
  const conn = stack.orm.em.fork().getConnection();
  sessions.admin = await login(SECTOR_ADMIN, DEMO_PASSWORD);
  sessions.decider = await login(SECTOR_DECIDER, DEMO_PASSWORD);
  // Before this file writes anything: the overview test compares against this.
  overviewBefore = (await sessions.admin.ok(OVERVIEW)).sectorOverview;

  [ciA, ciB, ciC] = [
    await createCertifyingInstitution(conn, 'Orgtest-CI-A'),
    await createCertifyingInstitution(conn, 'Orgtest-CI-B'),
    await createCertifyingInstitution(conn, 'Orgtest-CI-C'),
  ];
  const fv = stack.demo.framework.id;
  orgs = {} as typeof orgs;
  for (const name of ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo'] as const) {
    orgs[name] = await createOrganisation(stack.orm.em.fork(), `${LABEL} ${name}`);
  }
  const org = (name: keyof typeof orgs) => orgs[name].organisation.id;
  const by = async (name: keyof typeof orgs) => userIdOf(conn, orgs[name].officer);

  // Alfa: in external audit with CI A (lead auditor: CI A's auditor), past its deadline; no certificate.
  const alfa = await insertCycle(conn, {
    organisationId: org('Alfa'), frameworkVersionId: fv, startedById: await by('Alfa'), phase: 'EXTERNAL_AUDIT',
    overdue: true, certifyingInstitutionId: ciA.id, leadAuditorId: ciA.auditorId,
  });
  // Bravo: recertifying (self-evaluation, no CI yet); its certificate from a closed cycle with CI B ends in 30 days.
  await insertCycle(conn, { organisationId: org('Bravo'), frameworkVersionId: fv, startedById: await by('Bravo'), phase: 'SELF_EVALUATION' });
  const bravoOld = await insertCycle(conn, {
    organisationId: org('Bravo'), frameworkVersionId: fv, startedById: await by('Bravo'), phase: 'CERTIFIED', closed: true, certifyingInstitutionId: ciB.id,
  });
  await insertCertificate(conn, {
    number: certificateNumber('B'), cycleId: bravoOld, organisationId: org('Bravo'), frameworkVersionId: fv, certifyingInstitutionId: ciB.id,
    status: 'VALID', validFrom: daysFromNow(-700), validUntil: daysFromNow(30),
  });
  // Charlie: certified with CI B, valid for another 400 days.
  const charlie = await insertCycle(conn, {
    organisationId: org('Charlie'), frameworkVersionId: fv, startedById: await by('Charlie'), phase: 'CERTIFIED', certifyingInstitutionId: ciB.id,
  });
  await insertCertificate(conn, {
    number: certificateNumber('C'), cycleId: charlie, organisationId: org('Charlie'), frameworkVersionId: fv, certifyingInstitutionId: ciB.id,
    status: 'VALID', validFrom: daysFromNow(-330), validUntil: daysFromNow(400),
  });
  // Delta: nothing yet. Echo: a combination test in its improvement plan with CI A; an earlier cycle with CI B, its certificate expired.
  const echo = await insertCycle(conn, {
    organisationId: org('Echo'), frameworkVersionId: fv, startedById: await by('Echo'), phase: 'IMPROVEMENT_PLAN', certifyingInstitutionId: ciA.id, variant: 'COMBINED',
  });
  const echoOld = await insertCycle(conn, {
    organisationId: org('Echo'), frameworkVersionId: fv, startedById: await by('Echo'), phase: 'EXPIRED', closed: true, certifyingInstitutionId: ciB.id,
  });
  await insertCertificate(conn, {
    number: certificateNumber('E'), cycleId: echoOld, organisationId: org('Echo'), frameworkVersionId: fv, certifyingInstitutionId: ciB.id,
    status: 'EXPIRED', validFrom: daysFromNow(-800), validUntil: daysFromNow(-70),
  });

  // Audit trails for time per phase. Alfa's second SELF_EVALUATION entry is a step inside the phase: it does not end the stay.
  const t0 = new Date(Date.now() - 60 * DAY_MS);
  const at = (days: number) => new Date(t0.getTime() + days * DAY_MS);
  await insertTransitions(conn, alfa, [
    { toPhase: 'PREPARATION', at: at(0) },
    { toPhase: 'SELF_EVALUATION', at: at(1) },
    { toPhase: 'SELF_EVALUATION', at: at(1.5) },
    { toPhase: 'INTERNAL_AUDIT', at: at(3) },
    { toPhase: 'EXTERNAL_AUDIT', at: at(6) },
  ]);
  await insertTransitions(conn, charlie, [
    { toPhase: 'PREPARATION', at: at(0) },
    { toPhase: 'SELF_EVALUATION', at: at(2) },
    { toPhase: 'INTERNAL_AUDIT', at: at(4) },
    { toPhase: 'EXTERNAL_AUDIT', at: at(5) },
    { toPhase: 'IMPROVEMENT_PLAN', at: at(9) },
    { toPhase: 'DECISION', at: at(10) },
    { toPhase: 'CERTIFIED', at: at(11) },
  ]);

  // Findings on norms of a framework version of this file's own, so their counts are known exactly.
  const own = await insertFrameworkWithNorms(conn, `Orgtest-kader ${tag}`, fv, 3);
  framework = { name: own.name, version: own.version };
  const [n1, n2, n3] = own.normIds;
  const auditor = ciA.auditorId;
  for (const [cycle, scores] of [
    [alfa, ['DOES_NOT_MEET', 'MEETS', 'PARTLY_MEETS']],
    [echo, ['PARTLY_MEETS', 'MEETS', 'DOES_NOT_MEET']],
    [charlie, ['MEETS', 'NOT_APPLICABLE', 'DOES_NOT_MEET']],
  ] as const) {
    await insertFinding(conn, cycle, n1, scores[0], auditor);
    await insertFinding(conn, cycle, n2, scores[1], auditor);
    await insertFinding(conn, cycle, n3, scores[2], auditor);
  }

  // Organisations for counting statements: each with an open cycle (CI C) and a valid certificate.
  for (let i = 0; i < BENCH_SIZE; i++) {
    const f = await createOrganisation(stack.orm.em.fork(), `${BENCH_LABEL} ${String(i).padStart(3, '0')}`);
    const cycleId = await insertCycle(conn, {
      organisationId: f.organisation.id, frameworkVersionId: fv, startedById: await userIdOf(conn, f.officer), phase: 'DECISION', certifyingInstitutionId: ciC.id,
    });
    await insertCertificate(conn, {
      number: certificateNumber(`X${i}`), cycleId, organisationId: f.organisation.id, frameworkVersionId: fv, certifyingInstitutionId: ciC.id,
      status: 'VALID', validFrom: daysFromNow(-10), validUntil: daysFromNow(1000),
    });
  }

  sessions.alfaOfficer = await login(orgs.Alfa.officer);
  sessions.alfaViewer = await login(orgs.Alfa.viewer);
  sessions.ciAManager = await login(ciA.manager);
  sessions.ciAAuditor = await login(ciA.auditor);
  sessions.ciBManager = await login(ciB.manager);
  sessions.ciBAuditor = await login(ciB.auditor);
  sessions.ciCManager = await login(ciC.manager);
  sessions.anonymous = new GqlSession(stack.url);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('organisations: the list and its per-row fields', () => {
  it('lists alphabetically with current cycle and certificate', async () => {
    const page = await list(sessions.admin);
    expect(page.organisations.totalCount).toBe(5);
    expect(names(page)).toEqual(['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    const [alfa, bravo, charlie, delta, echo] = page.organisations.nodes;
    expect(alfa).toMatchObject({ id: orgs.Alfa.organisation.id, place: 'Utrecht', fte: 40, currentCycle: { phase: 'EXTERNAL_AUDIT', overdue: true }, certificate: null });
    expect(bravo).toMatchObject({ currentCycle: { phase: 'SELF_EVALUATION' }, certificate: { number: certificateNumber('B'), status: 'VALID' } });
    expect(charlie).toMatchObject({ currentCycle: { phase: 'CERTIFIED' }, certificate: { number: certificateNumber('C') } });
    expect(delta).toMatchObject({ currentCycle: null, certificate: null });
    // An expired certificate is not the organisation's certificate any more.
    expect(echo).toMatchObject({ currentCycle: { phase: 'IMPROVEMENT_PLAN' }, certificate: null });
  });

  it('pages by keyset over (name, id): every organisation once, with the total on every page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const hasNext: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const { organisations }: any = await sessions.admin.ok(ORGANISATIONS, { first: 2, after, filter: { search: LABEL } });
      expect(organisations.totalCount).toBe(5);
      seen.push(...organisations.nodes.map((n: any) => n.name.split(' ')[2]));
      hasNext.push(organisations.pageInfo.hasNextPage);
      if (!organisations.pageInfo.hasNextPage) break;
      after = organisations.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    expect(hasNext).toEqual([true, true, false]);
  });

  it('refuses a forged cursor and bad filter values, naming the field', async () => {
    const forged = Buffer.from(JSON.stringify(['Alfa', 'not-a-uuid'])).toString('base64url');
    const e = await sessions.admin.refused(ORGANISATIONS, { first: 2, after: forged });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    for (const filter of [{ expiringWithinDays: 0 }, { expiringWithinDays: 3651 }, { certifyingInstitutionId: 'not-a-uuid' }, { search: 'x'.repeat(101) }]) {
      const r = await sessions.admin.refused(ORGANISATIONS, { first: 2, filter });
      expect(r.extensions.code).toBe('BAD_USER_INPUT');
    }
    const phase = await sessions.admin.request(ORGANISATIONS, { first: 2, filter: { phase: 'NO_SUCH_PHASE' } });
    expect(phase.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('organisations: filters (each with a match and a miss)', () => {
  it('phase: the phase of the current (open) cycle', async () => {
    expect(names(await list(sessions.admin, { phase: 'EXTERNAL_AUDIT' }))).toEqual(['Alfa']);
    expect(names(await list(sessions.admin, { phase: 'SELF_EVALUATION' }))).toEqual(['Bravo']);
    // Bravo's closed cycle is CERTIFIED; only Charlie's open one counts.
    expect(names(await list(sessions.admin, { phase: 'CERTIFIED' }))).toEqual(['Charlie']);
    expect(names(await list(sessions.admin, { phase: 'DECISION' }))).toEqual([]);
  });

  it('variant: the assessment variant of the current (open) cycle', async () => {
    expect(names(await list(sessions.admin, { variant: 'COMBINED' }))).toEqual(['Echo']);
    // Delta has no cycle and matches no variant; Echo's earlier cycle is closed.
    expect(names(await list(sessions.admin, { variant: 'EXTERNAL_AUDIT' }))).toEqual(['Alfa', 'Bravo', 'Charlie']);
    expect(names(await list(sessions.admin, { variant: 'PEER_REVIEW' }))).toEqual([]);
  });

  it('overdue: true finds the overdue current cycle, false the rest (also those without a cycle)', async () => {
    expect(names(await list(sessions.admin, { overdue: true }))).toEqual(['Alfa']);
    expect(names(await list(sessions.admin, { overdue: false }))).toEqual(['Bravo', 'Charlie', 'Delta', 'Echo']);
  });

  it('expiringWithinDays: a valid certificate ending within N days', async () => {
    expect(names(await list(sessions.admin, { expiringWithinDays: 90 }))).toEqual(['Bravo']);
    expect(names(await list(sessions.admin, { expiringWithinDays: 10 }))).toEqual([]);
    expect(names(await list(sessions.admin, { expiringWithinDays: 3650 }))).toEqual(['Bravo', 'Charlie']);
  });

  it('certifyingInstitutionId: the current cycle is engaged with that CI (closed cycles do not count)', async () => {
    expect(names(await list(sessions.admin, { certifyingInstitutionId: ciA.id }))).toEqual(['Alfa', 'Echo']);
    expect(names(await list(sessions.admin, { certifyingInstitutionId: ciB.id }))).toEqual(['Charlie']);
    // A filter names an institution as any reference does: one of nothing is not found, naming the field.
    const unknown = await sessions.admin.refused(ORGANISATIONS, { first: 50, filter: { certifyingInstitutionId: randomUUID() } });
    expect({ message: unknown.message, extensions: unknown.extensions }).toEqual({
      message: 'Certifying institution was not found.',
      extensions: { code: 'NOT_FOUND', field: 'certifyingInstitutionId' },
    });
  });

  it('search: part of the name, in any case; LIKE wildcards taken literally', async () => {
    const page = await sessions.admin.ok(ORGANISATIONS, { first: 50, filter: { search: `  ${tag.toUpperCase()} chAR ` } });
    expect(names(page)).toEqual(['Charlie']);
    expect(names(await sessions.admin.ok(ORGANISATIONS, { first: 50, filter: { search: `${tag} Zulu` } }))).toEqual([]);
    expect((await sessions.admin.ok(ORGANISATIONS, { first: 50, filter: { search: `${tag}%Alfa` } })).organisations.totalCount).toBe(0);
    expect((await sessions.admin.ok(ORGANISATIONS, { first: 50, filter: { search: `Orgtest_${tag}` } })).organisations.totalCount).toBe(0);
  });

  it('filters combine with "and"', async () => {
    expect(names(await list(sessions.admin, { certifyingInstitutionId: ciA.id, overdue: false }))).toEqual(['Echo']);
    expect(names(await list(sessions.admin, { certifyingInstitutionId: ciA.id, phase: 'CERTIFIED' }))).toEqual([]);
  });
});

describe('organisations: scoping', () => {
  it('the sector body sees all (both roles)', async () => {
    expect(names(await list(sessions.admin))).toEqual(['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    expect(names(await list(sessions.decider))).toEqual(['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo']);
  });

  it('an organisation user sees only its own organisation', async () => {
    for (const s of [sessions.alfaOfficer, sessions.alfaViewer]) {
      const all = await s.ok(ORGANISATIONS, { first: 500 });
      expect(all.organisations.totalCount).toBe(1);
      expect(all.organisations.nodes.map((n: any) => n.id)).toEqual([orgs.Alfa.organisation.id]);
      expect((await list(s, { search: `${tag} Bravo` })).organisations.totalCount).toBe(0);
    }
  });

  it('a CI manager sees the organisations with cycles of its CI, and only the current cycles it may see', async () => {
    const a = await sessions.ciAManager.ok(ORGANISATIONS, { first: 500 });
    expect(names(a)).toEqual(['Alfa', 'Echo']);
    expect(a.organisations.totalCount).toBe(2);
    expect(a.organisations.nodes[1].currentCycle).toMatchObject({ phase: 'IMPROVEMENT_PLAN' });

    // CI B: Charlie (current cycle) and Bravo and Echo through earlier, closed cycles.
    const b = await sessions.ciBManager.ok(ORGANISATIONS, { first: 500 });
    expect(names(b)).toEqual(['Bravo', 'Charlie', 'Echo']);
    const [bravo, charlie, echo] = b.organisations.nodes;
    expect(charlie.currentCycle).toMatchObject({ phase: 'CERTIFIED' });
    // Bravo's and Echo's open cycles are not CI B's: hidden, as cycle(id) would hide them.
    expect(bravo.currentCycle).toBeNull();
    expect(echo.currentCycle).toBeNull();
    expect(bravo.certificate).toMatchObject({ number: certificateNumber('B') });
  });

  it('an auditor sees the organisations of cycles assigned to them; an unassigned auditor nothing', async () => {
    const assigned = await sessions.ciAAuditor.ok(ORGANISATIONS, { first: 500 });
    expect(names(assigned)).toEqual(['Alfa']);
    expect(assigned.organisations.nodes[0].currentCycle).toMatchObject({ phase: 'EXTERNAL_AUDIT' });
    const unassigned = await sessions.ciBAuditor.ok(ORGANISATIONS, { first: 500 });
    expect(unassigned.organisations).toEqual({ totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] });
  });

  it('organisation(id) agrees with the list', async () => {
    const q = `query($id: ID!) { organisation(id: $id) { id currentCycle { phase } } }`;
    expect((await sessions.ciAManager.ok(q, { id: orgs.Alfa.organisation.id })).organisation.currentCycle.phase).toBe('EXTERNAL_AUDIT');
    expect((await sessions.ciAManager.refused(q, { id: orgs.Charlie.organisation.id })).extensions.code).toBe('NOT_FOUND');
    expect((await sessions.ciBAuditor.refused(q, { id: orgs.Alfa.organisation.id })).extensions.code).toBe('NOT_FOUND');
  });

  it('needs a login', async () => {
    expect((await sessions.anonymous.refused(ORGANISATIONS, { first: 10 })).extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('organisations: SQL statements per request', () => {
  async function statementsFor(session: GqlSession, first: number) {
    const { result, statements } = await statementsDuring(stack.orm, () =>
      session.ok(ORGANISATIONS_WIDE, { first, filter: { search: BENCH_LABEL } }),
    );
    const nodes = result.organisations.nodes;
    expect(nodes).toHaveLength(Math.min(first, BENCH_SIZE));
    // The per-row fields really ran for every row.
    for (const n of nodes) {
      expect(n.certificate).toMatchObject({ status: 'VALID' });
      expect(n.currentCycle).toMatchObject({ phase: 'DECISION', frameworkVersion: { name: expect.any(String) }, organisation: { id: n.id } });
    }
    // The session lookup is the request's, not the page's: it runs once per SESSION_CACHE_SECONDS, so whether a
    // request made it depends on the clock, not on the page size.
    return statements.filter((s) => !/from session s join app_user u/.test(s));
  }

  it.each([
    ['the sector body', 'admin'],
    ['a CI manager', 'ciCManager'],
  ])('is the same at 10, 100 and 500 rows a page (%s)', async (_who, session) => {
    const counts: Record<number, number> = {};
    const seen: Record<number, string[]> = {};
    for (const first of [10, 100, 500]) {
      seen[first] = await statementsFor(sessions[session], first);
      counts[first] = seen[first].length;
    }
    // On failure, the statements of both sizes show which field stopped batching.
    expect({ counts, statements: seen[100] }).toEqual({ counts: { 10: counts[10], 100: counts[10], 500: counts[10] }, statements: seen[100] });
    expect(counts[10]).toBeGreaterThan(0);
    expect(counts[10]).toBeLessThanOrEqual(8);
  });
});

describe('sectorOverview', () => {
  it('is for SECTOR_ADMIN and SECTOR_DECIDER only', async () => {
    for (const s of [sessions.alfaOfficer, sessions.ciAManager, sessions.ciAAuditor]) {
      expect((await s.refused(OVERVIEW)).extensions.code).toBe('NOT_ALLOWED');
    }
    expect((await sessions.anonymous.refused(OVERVIEW)).extensions.code).toBe('UNAUTHENTICATED');
    expect((await sessions.decider.ok(`{ sectorOverview { overdueCount } }`)).sectorOverview.overdueCount).toEqual(expect.any(Number));
  });

  it('counts what this file added, on top of what was there before', async () => {
    const after = (await sessions.admin.ok(OVERVIEW)).sectorOverview;
    const phases = overviewBefore.countsPerPhase.map((c: any) => c.phase);
    // Every phase listed, also with 0, in the process order.
    expect(phases).toEqual([
      'PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'PEER_ASSESSMENT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED', 'REGISTERED', 'REFUSED', 'EXPIRED', 'WITHDRAWN', 'RENEWED',
    ]);
    const delta = (list: any[], before: any[], key: string) =>
      Object.fromEntries(list.map((c, i) => [c.phase, c[key] - before[i][key]]).filter(([, d]) => d !== 0));
    // Open cycles only: Alfa, Bravo, Charlie, Echo and the benchmark's organisations; the closed ones are not counted.
    expect(delta(after.countsPerPhase, overviewBefore.countsPerPhase, 'count')).toEqual({
      SELF_EVALUATION: 1,
      EXTERNAL_AUDIT: 1,
      IMPROVEMENT_PLAN: 1,
      DECISION: BENCH_SIZE,
      CERTIFIED: 1,
    });
    // Every variant listed, also with 0; of the open cycles added, Echo's is a combination test.
    expect(after.countsPerVariant.map((c: any) => c.variant)).toEqual(['EXTERNAL_AUDIT', 'PEER_REVIEW', 'COMBINED']);
    const byVariant = (list: any[]) => Object.fromEntries(list.map((c) => [c.variant, c.count]));
    const [variantsAfter, variantsBefore] = [byVariant(after.countsPerVariant), byVariant(overviewBefore.countsPerVariant)];
    expect(variantsAfter.COMBINED - variantsBefore.COMBINED).toBe(1);
    expect(variantsAfter.EXTERNAL_AUDIT - variantsBefore.EXTERNAL_AUDIT).toBe(3 + BENCH_SIZE);
    expect(variantsAfter.PEER_REVIEW - variantsBefore.PEER_REVIEW).toBe(0);
    expect(after.overdueCount - overviewBefore.overdueCount).toBe(1);
    expect(after.expiringWithin90Days - overviewBefore.expiringWithin90Days).toBe(1);

    // Completed stays of Alfa and Charlie, in days (Alfa's step inside SELF_EVALUATION does not split its stay).
    const addedStays: Record<string, { stays: number; days: number }> = {
      PREPARATION: { stays: 2, days: 1 + 2 },
      SELF_EVALUATION: { stays: 2, days: 2 + 2 },
      INTERNAL_AUDIT: { stays: 2, days: 3 + 1 },
      EXTERNAL_AUDIT: { stays: 1, days: 4 },
      IMPROVEMENT_PLAN: { stays: 1, days: 1 },
      DECISION: { stays: 1, days: 1 },
    };
    after.timePerPhase.forEach((p: any, i: number) => {
      const b = overviewBefore.timePerPhase[i];
      expect(p.phase).toBe(phases[i]);
      const added = addedStays[p.phase] ?? { stays: 0, days: 0 };
      expect(p.cycles - b.cycles).toBe(added.stays);
      // total seconds = average x count, before and after; the difference is what this file added.
      const total = (x: any) => (x.averageSeconds ?? 0) * x.cycles;
      expect(Math.abs(total(p) - total(b) - added.days * 86_400)).toBeLessThan(1);
      if (p.cycles === 0) expect(p.averageSeconds).toBeNull();
    });

    const own = after.normFindings.filter((f: any) => f.frameworkVersion === `${framework.name} ${framework.version}`);
    expect(own).toEqual([
      { normCode: 'N3', normTitle: 'Norm 3', frameworkVersion: `${framework.name} ${framework.version}`, meets: 0, partlyMeets: 1, doesNotMeet: 2, notApplicable: 0 },
      { normCode: 'N1', normTitle: 'Norm 1', frameworkVersion: `${framework.name} ${framework.version}`, meets: 1, partlyMeets: 1, doesNotMeet: 1, notApplicable: 0 },
      { normCode: 'N2', normTitle: 'Norm 2', frameworkVersion: `${framework.name} ${framework.version}`, meets: 2, partlyMeets: 0, doesNotMeet: 0, notApplicable: 1 },
    ]);
    // The whole list is ordered by does-not-meet plus partly-meets, most first.
    const weights = after.normFindings.map((f: any) => f.doesNotMeet + f.partlyMeets);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
  });
});
