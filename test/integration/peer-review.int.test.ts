import { randomUUID } from 'node:crypto';
import { createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { inDays } from '../support/dates';
import { GqlSession, type GqlResult } from '../support/gql';
import { mutationId } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * The peer advisory assessment's sign-up and peer groups through GraphQL and PostgreSQL: organisations sign
 * up, the sector body matches and forms groups, organisations with partners propose their own, and the sector
 * body confirms or declines. Every refusal names its rule and changes nothing; each party sees only its own.
 */

const SIGN_UP_FIELDS = 'id periodFrom periodUntil fte region preferences partnersKnown status organisation { id }';
const GROUP_FIELDS = 'id status proposed declineReason decidedAt members { organisationId organisationName region fte }';
const SIGN_UP = `mutation($i: SignUpForPeerReviewInput!) { signUpForPeerReview(input: $i) { ${SIGN_UP_FIELDS} } }`;
const FORM = `mutation($i: FormPeerGroupInput!) { formPeerGroup(input: $i) { ${GROUP_FIELDS} } }`;
const PROPOSE = `mutation($i: ProposePeerGroupInput!) { proposePeerGroup(input: $i) { ${GROUP_FIELDS} } }`;
const CONFIRM = `mutation($i: PeerGroupCommandInput!) { confirmPeerGroup(input: $i) { ${GROUP_FIELDS} } }`;
const DECLINE = `mutation($i: DeclinePeerGroupInput!) { declinePeerGroup(input: $i) { ${GROUP_FIELDS} } }`;
const SIGN_UPS = `query($status: SignUpStatus) { peerReviewSignUps(first: 500, status: $status) { totalCount nodes { id organisation { id } status } } }`;
const PROPOSALS = `{ peerGroupProposals(first: 500) { nodes { region commonPeriodFrom commonPeriodUntil signUps { id fte } } } }`;
const UNMATCHED = `{ unmatchedPeerSignUps(first: 500) { nodes { reason signUp { id } } } }`;
const GROUP = `query($id: ID!) { peerGroup(id: $id) { ${GROUP_FIELDS} } }`;
const GROUPS = `{ peerGroups(first: 500) { totalCount nodes { id status } } }`;

let stack: Stack;
let admin: GqlSession;
let decider: GqlSession;
let ciAuditor: GqlSession;
const orgs: Record<string, { fixture: OrgFixture; officer: GqlSession; internalAuditor: GqlSession }> = {};
/** A region of this run's own, so the demo seed's sign-ups do not enter the proposals under test. */
const REGION = `Drenthe-${randomUUID().slice(0, 6)}`;
const PARTNER_REGION = `Zeeland-${randomUUID().slice(0, 6)}`;

async function login(email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(email, password);
  return s;
}

const signUpInput = (over: Record<string, unknown> = {}) => ({
  clientMutationId: mutationId(),
  periodFrom: inDays(30),
  periodUntil: inDays(200),
  fte: 40,
  region: REGION,
  preferences: 'Liefst organisaties met wijkteams',
  partnersKnown: false,
  ...over,
});

async function counts() {
  const [row] = await stack.orm.em.fork().getConnection().execute(`select
    (select count(*)::int from peer_review_sign_up) as sign_ups,
    (select md5(string_agg(id::text || status::text, ',' order by id)) from peer_review_sign_up) as sign_up_states,
    (select md5(string_agg(id::text || status::text || decline_reason, ',' order by id)) from peer_group) as groups,
    (select count(*)::int from peer_group_member) as members`);
  return row;
}

/** A refusal with this code and field, and nothing changed. */
async function expectRefused(who: GqlSession, query: string, vars: Record<string, unknown>, want: { code: string; field?: string; message?: RegExp }) {
  const before = await counts();
  const r: GqlResult = await who.request(query, vars);
  expect(r.errors).toHaveLength(1);
  expect({ code: r.errors![0].extensions.code, field: r.errors![0].extensions.field }).toEqual({ code: want.code, field: want.field });
  if (want.message) expect(r.errors![0].message).toMatch(want.message);
  expect(await counts()).toEqual(before);
}

const signUpOf = async (key: string, over: Record<string, unknown> = {}) =>
  (await orgs[key].officer.ok(SIGN_UP, { i: signUpInput(over) })).signUpForPeerReview as { id: string; status: string };

beforeAll(async () => {
  stack = await startStack({ worker: false });
  for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
    const fixture = await createOrganisation(stack.orm.em.fork(), `Peer ${key.toUpperCase()}`);
    orgs[key] = { fixture, officer: await login(fixture.officer), internalAuditor: await login(fixture.internalAuditor) };
  }
  [admin, decider, ciAuditor] = await Promise.all([
    login('secretariaat@swn.demo', 'demo-wachtwoord'),
    login('commissie@swn.demo', 'demo-wachtwoord'),
    createCiAuditor(stack.orm.em.fork()).then((email) => login(email)),
  ]);
});
afterAll(async () => {
  await stack?.stop();
});

const signUps: Record<string, string> = {};
let formedId: string;
let proposedId: string;

describe('signing up', () => {
  it('the quality officer signs the organisation up, with what the form asks', async () => {
    const { signUpForPeerReview } = await orgs.a.officer.ok(SIGN_UP, { i: signUpInput({ fte: 12.5, region: `  ${REGION} ` }) });
    expect(signUpForPeerReview).toMatchObject({
      periodFrom: inDays(30),
      periodUntil: inDays(200),
      fte: 12.5,
      region: REGION,
      preferences: 'Liefst organisaties met wijkteams',
      partnersKnown: false,
      status: 'OPEN',
      organisation: { id: orgs.a.fixture.organisation.id },
    });
    signUps.a = signUpForPeerReview.id;
  });

  it('a retried sign-up answers the first one and signs up nothing more', async () => {
    const input = signUpInput({ fte: 30 });
    const first = (await orgs.b.officer.ok(SIGN_UP, { i: input })).signUpForPeerReview;
    const again = (await orgs.b.officer.ok(SIGN_UP, { i: input })).signUpForPeerReview;
    expect(again.id).toBe(first.id);
    signUps.b = first.id;
    signUps.c = (await signUpOf('c', { fte: 50 })).id;
  });

  it.each([
    ['a period that ends before it begins', { periodFrom: inDays(60), periodUntil: inDays(40) }, 'BAD_USER_INPUT', 'periodUntil'],
    ['a period that is over', { periodFrom: inDays(-90), periodUntil: inDays(-1) }, 'BAD_USER_INPUT', 'periodUntil'],
    ['a date that is no date', { periodFrom: '2027-02-30' }, 'BAD_USER_INPUT', 'periodFrom'],
    ['no staff', { fte: 0 }, 'BAD_USER_INPUT', 'fte'],
    ['a blank region', { region: '   ' }, 'BAD_USER_INPUT', 'region'],
    ['a region too long', { region: 'x'.repeat(101) }, 'BAD_USER_INPUT', 'region'],
    ['preferences too long', { preferences: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'preferences'],
  ])('refuses %s', async (_what, over, code, field) => {
    await expectRefused(orgs.g.officer, SIGN_UP, { i: signUpInput(over) }, { code, field });
  });

  it('refuses a second sign-up while the first is open', async () => {
    await expectRefused(orgs.a.officer, SIGN_UP, { i: signUpInput() }, { code: 'CONFLICT', message: /already signed up/ });
  });

  it('refuses everyone but an organisation’s quality officer', async () => {
    for (const who of [orgs.a.internalAuditor, ciAuditor, admin]) {
      await expectRefused(who, SIGN_UP, { i: signUpInput() }, { code: 'NOT_ALLOWED', message: /Your role does not allow this/ });
    }
    await expectRefused(new GqlSession(stack.url), SIGN_UP, { i: signUpInput() }, { code: 'UNAUTHENTICATED' });
  });

  it('the sector body lists every sign-up; an organisation its own; an institution none', async () => {
    const ids = async (who: GqlSession, status?: string) => (await who.ok(SIGN_UPS, { status })).peerReviewSignUps.nodes.map((n: { id: string }) => n.id);
    expect(await ids(admin)).toEqual(expect.arrayContaining([signUps.a, signUps.b, signUps.c]));
    expect(await ids(decider, 'OPEN')).toEqual(expect.arrayContaining([signUps.a, signUps.b, signUps.c]));
    expect(await ids(orgs.a.officer)).toEqual([signUps.a]);
    expect(await ids(orgs.g.officer)).toEqual([]);
    expect(await ids(ciAuditor)).toEqual([]);
  });

  it('pages the sign-ups newest first with a cursor', async () => {
    const page1 = (await admin.ok(`{ peerReviewSignUps(first: 2) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`)).peerReviewSignUps;
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await admin.ok(`query($after: String) { peerReviewSignUps(first: 500, after: $after) { nodes { id } } }`, { after: page1.pageInfo.endCursor })).peerReviewSignUps;
    expect(page2.nodes.length).toBe(page1.totalCount - 2);
    expect(page2.nodes.map((n: { id: string }) => n.id)).not.toEqual(expect.arrayContaining(page1.nodes.map((n: { id: string }) => n.id)));
  });
});

describe('the sector body matches and forms groups', () => {
  it('proposes the three open sign-ups of the region as one group, smallest first', async () => {
    const { peerGroupProposals } = await admin.ok(PROPOSALS);
    const ours = peerGroupProposals.nodes.filter((p: { region: string }) => p.region === REGION);
    expect(ours).toEqual([{ region: REGION, commonPeriodFrom: inDays(30), commonPeriodUntil: inDays(200), signUps: [{ id: signUps.a, fte: 12.5 }, { id: signUps.b, fte: 30 }, { id: signUps.c, fte: 50 }] }]);
    for (const query of [PROPOSALS, UNMATCHED]) {
      await expectRefused(orgs.a.officer, query, {}, { code: 'NOT_ALLOWED' });
      await expectRefused(ciAuditor, query, {}, { code: 'NOT_ALLOWED' });
    }
  });

  it('pages the proposals and the unmatched sign-ups like every list: one at a time gives the same as all at once', async () => {
    for (const [root, query] of [
      ['peerGroupProposals', `query($after: String) { peerGroupProposals(first: 1, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { signUps { id } } } }`],
      ['unmatchedPeerSignUps', `query($after: String) { unmatchedPeerSignUps(first: 1, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { signUp { id } } } }`],
    ] as const) {
      const all = (await admin.ok(query.replace('first: 1', 'first: 500'), {}))[root];
      const seen: unknown[] = [];
      let after: string | null = null;
      for (let i = 0; i <= all.totalCount; i++) {
        const page: any = (await admin.ok(query, { after }))[root];
        expect(page.totalCount).toBe(all.totalCount);
        seen.push(...page.nodes);
        after = page.pageInfo.endCursor;
        if (!page.pageInfo.hasNextPage) break;
      }
      expect(seen).toEqual(all.nodes);
    }
    await expectRefused(admin, `{ peerGroupProposals(first: 5, after: "bm9wZQ") { totalCount } }`, {}, { code: 'BAD_USER_INPUT', field: 'after' });
    await expectRefused(admin, `{ peerGroupProposals(first: 0) { totalCount } }`, {}, { code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a group of fewer than three, a sign-up of nothing, and anyone but the secretariat', async () => {
    await expectRefused(admin, FORM, { i: { clientMutationId: mutationId(), signUpIds: [signUps.a, signUps.b] } }, { code: 'BAD_USER_INPUT', field: 'signUpIds', message: /at least 3 organisations/ });
    await expectRefused(admin, FORM, { i: { clientMutationId: mutationId(), signUpIds: [signUps.a, signUps.b, signUps.b] } }, { code: 'BAD_USER_INPUT', field: 'signUpIds' });
    await expectRefused(admin, FORM, { i: { clientMutationId: mutationId(), signUpIds: [signUps.a, signUps.b, randomUUID()] } }, { code: 'NOT_FOUND', field: 'signUpIds', message: /Peer review sign-up was not found/ });
    for (const who of [decider, orgs.a.officer, ciAuditor]) {
      await expectRefused(who, FORM, { i: { clientMutationId: mutationId(), signUpIds: [signUps.a, signUps.b, signUps.c] } }, { code: 'NOT_ALLOWED' });
    }
  });

  it('forms the group; its sign-ups are grouped and can be in no other group', async () => {
    const { formPeerGroup } = await admin.ok(FORM, { i: { clientMutationId: mutationId(), signUpIds: [signUps.c, signUps.a, signUps.b] } });
    expect(formPeerGroup).toMatchObject({ status: 'FORMED', proposed: false, declineReason: '' });
    expect(formPeerGroup.decidedAt).not.toBeNull();
    expect(formPeerGroup.members.map((m: { organisationId: string }) => m.organisationId).sort()).toEqual(
      ['a', 'b', 'c'].map((k) => orgs[k].fixture.organisation.id).sort(),
    );
    formedId = formPeerGroup.id;
    expect((await admin.ok(SIGN_UPS, { status: 'GROUPED' })).peerReviewSignUps.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining([signUps.a, signUps.b, signUps.c]),
    );
    expect((await admin.ok(PROPOSALS)).peerGroupProposals.nodes.filter((p: { region: string }) => p.region === REGION)).toEqual([]);
    await expectRefused(admin, FORM, { i: { clientMutationId: mutationId(), signUpIds: [signUps.a, signUps.b, signUps.c] } }, { code: 'BAD_USER_INPUT', field: 'signUpIds', message: /already in a peer group/ });
    await expectRefused(orgs.a.officer, SIGN_UP, { i: signUpInput() }, { code: 'CONFLICT', message: /already in a peer group/ });
  });
});

describe('organisations with agreed partners propose their own group', () => {
  it('the partners sign up saying their partners are known; the matching leaves them out', async () => {
    for (const key of ['d', 'e', 'f']) signUps[key] = (await signUpOf(key, { region: PARTNER_REGION, partnersKnown: true })).id;
    const unmatched = (await admin.ok(UNMATCHED)).unmatchedPeerSignUps.nodes;
    expect(unmatched).toEqual(expect.arrayContaining(['d', 'e', 'f'].map((k) => ({ reason: 'PARTNERS_KNOWN', signUp: { id: signUps[k] } }))));
  });

  it.each([
    ['one partner only', () => [signUps.e], 'BAD_USER_INPUT', 'partnerSignUpIds', /at least 3 organisations: yours and at least 2 partners/],
    ['a partner named twice', () => [signUps.e, signUps.e], 'BAD_USER_INPUT', 'partnerSignUpIds', /more than once/],
    ['its own sign-up as a partner', () => [signUps.e, signUps.d], 'BAD_USER_INPUT', 'partnerSignUpIds', /your own sign-up/],
    ['a sign-up of nothing', () => [signUps.e, randomUUID()], 'NOT_FOUND', 'partnerSignUpIds', /Peer review sign-up was not found/],
    ['a sign-up that did not agree partners (not found, as nothing)', () => [signUps.e, signUps.a], 'NOT_FOUND', 'partnerSignUpIds', /was not found/],
  ])('refuses %s', async (_what, partners, code, field, message) => {
    await expectRefused(orgs.d.officer, PROPOSE, { i: { clientMutationId: mutationId(), partnerSignUpIds: partners() } }, { code, field, message });
  });

  it('refuses an organisation that has not signed up, and anyone but a quality officer', async () => {
    const input = () => ({ i: { clientMutationId: mutationId(), partnerSignUpIds: [signUps.e, signUps.f] } });
    await expectRefused(orgs.g.officer, PROPOSE, input(), { code: 'INCOMPLETE', message: /sign up first/ });
    for (const who of [orgs.d.internalAuditor, admin, ciAuditor]) await expectRefused(who, PROPOSE, input(), { code: 'NOT_ALLOWED' });
  });

  it('proposes; the sector body declines with a reason and the sign-ups are open again', async () => {
    const { proposePeerGroup } = await orgs.d.officer.ok(PROPOSE, { i: { clientMutationId: mutationId(), partnerSignUpIds: [signUps.f, signUps.e] } });
    expect(proposePeerGroup).toMatchObject({ status: 'PROPOSED', proposed: true, decidedAt: null });
    expect(proposePeerGroup.members).toHaveLength(3);
    // A partner in a proposal cannot be named in another one meanwhile.
    signUps.g = (await signUpOf('g', { region: PARTNER_REGION, partnersKnown: true })).id;
    await expectRefused(orgs.g.officer, PROPOSE, { i: { clientMutationId: mutationId(), partnerSignUpIds: [signUps.e, signUps.f] } }, {
      code: 'BAD_USER_INPUT',
      field: 'partnerSignUpIds',
      message: /already in a peer group/,
    });
    await expectRefused(admin, DECLINE, { i: { clientMutationId: mutationId(), peerGroupId: proposePeerGroup.id, reason: '  ' } }, { code: 'BAD_USER_INPUT', field: 'reason' });
    await expectRefused(orgs.d.officer, DECLINE, { i: { clientMutationId: mutationId(), peerGroupId: proposePeerGroup.id, reason: 'Nee' } }, { code: 'NOT_ALLOWED' });
    await expectRefused(admin, DECLINE, { i: { clientMutationId: mutationId(), peerGroupId: randomUUID(), reason: 'Nee' } }, { code: 'NOT_FOUND', message: /Peer group was not found/ });
    const { declinePeerGroup } = await admin.ok(DECLINE, { i: { clientMutationId: mutationId(), peerGroupId: proposePeerGroup.id, reason: '  Twee van de drie zitten al in een groep.  ' } });
    expect(declinePeerGroup).toMatchObject({ status: 'DECLINED', declineReason: 'Twee van de drie zitten al in een groep.' });
    expect((await orgs.d.officer.ok(SIGN_UPS)).peerReviewSignUps.nodes).toEqual([{ id: signUps.d, organisation: { id: orgs.d.fixture.organisation.id }, status: 'OPEN' }]);
    await expectRefused(admin, CONFIRM, { i: { clientMutationId: mutationId(), peerGroupId: declinePeerGroup.id } }, { code: 'WRONG_PHASE', message: /DECLINED; only a proposed group can be confirmed/ });
  });

  it('proposes again; the sector body confirms, once', async () => {
    proposedId = (await orgs.e.officer.ok(PROPOSE, { i: { clientMutationId: mutationId(), partnerSignUpIds: [signUps.d, signUps.f] } })).proposePeerGroup.id;
    for (const who of [decider, orgs.e.officer, ciAuditor]) {
      await expectRefused(who, CONFIRM, { i: { clientMutationId: mutationId(), peerGroupId: proposedId } }, { code: 'NOT_ALLOWED' });
    }
    const { confirmPeerGroup } = await admin.ok(CONFIRM, { i: { clientMutationId: mutationId(), peerGroupId: proposedId } });
    expect(confirmPeerGroup).toMatchObject({ id: proposedId, status: 'FORMED', proposed: true });
    expect(confirmPeerGroup.decidedAt).not.toBeNull();
    await expectRefused(admin, CONFIRM, { i: { clientMutationId: mutationId(), peerGroupId: proposedId } }, { code: 'WRONG_PHASE', message: /FORMED/ });
    await expectRefused(admin, DECLINE, { i: { clientMutationId: mutationId(), peerGroupId: proposedId, reason: 'Toch niet' } }, { code: 'WRONG_PHASE' });
  });
});

describe('who sees which group', () => {
  it('a member reads its group with the names of the other members', async () => {
    const { peerGroup } = await orgs.d.officer.ok(GROUP, { id: proposedId });
    expect(peerGroup.members.map((m: { organisationName: string }) => m.organisationName).sort()).toEqual(
      ['d', 'e', 'f'].map((k) => orgs[k].fixture.organisation.name).sort(),
    );
    expect(peerGroup.members.every((m: { region: string }) => m.region === PARTNER_REGION)).toBe(true);
  });

  it('another organisation, an institution and an organisation without a group find neither group', async () => {
    for (const [who, id] of [[orgs.a.officer, proposedId], [orgs.d.internalAuditor, formedId], [orgs.g.officer, formedId], [ciAuditor, formedId]] as const) {
      const real = await who.request(GROUP, { id });
      const none = await who.request(GROUP, { id: randomUUID() });
      expect(real.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['NOT_FOUND', 'Peer group was not found.']]);
      expect(none.errors?.map((e) => [e.extensions.code, e.message])).toEqual(real.errors?.map((e) => [e.extensions.code, e.message]));
    }
  });

  it('lists: the sector body all groups, an organisation its own, an institution none', async () => {
    const ids = async (who: GqlSession) => (await who.ok(GROUPS)).peerGroups.nodes.map((n: { id: string }) => n.id);
    expect(await ids(admin)).toEqual(expect.arrayContaining([formedId, proposedId]));
    expect(await ids(orgs.b.internalAuditor)).toEqual([formedId]);
    // d was in the declined proposal and is in the confirmed one: both are its own.
    expect(await ids(orgs.d.officer)).toHaveLength(2);
    expect(await ids(orgs.d.officer)).toContain(proposedId);
    expect(await ids(orgs.g.officer)).toEqual([]);
    expect(await ids(ciAuditor)).toEqual([]);
  });
});
