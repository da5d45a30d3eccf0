import { randomUUID } from 'node:crypto';
import { FrameworkStatus, FrameworkVersion } from '../../server/src/modules/framework/framework-version.entity';
import { PeerAuditor } from '../../server/src/modules/peer-review/peer-auditor.entity';
import { createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { inDays, today } from '../support/dates';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { refusalCheck } from '../support/refused';
import { startStack, type Stack } from '../support/stack';

/**
 * The register of peer auditors through GraphQL and PostgreSQL: an organisation nominates its own people and
 * records their training; whether a training still counts follows the scheme rule of the current framework
 * version; every refusal names its rule and changes nothing; no other party sees another organisation's auditors.
 */

const FIELDS = 'id name trainedOn trainingProvider trainingValidUntil trainingStatus';
const NOMINATE = `mutation($i: NominatePeerAuditorInput!) { nominatePeerAuditor(input: $i) { ${FIELDS} } }`;
const TRAINING = `mutation($i: RecordPeerAuditorTrainingInput!) { recordPeerAuditorTraining(input: $i) { ${FIELDS} } }`;
const LIST = `{ peerAuditors(first: 500) { totalCount nodes { ${FIELDS} } } }`;

let stack: Stack;
let org: OrgFixture;
let other: OrgFixture;
let officer: GqlSession;
let otherOfficer: GqlSession;
let internalAuditor: GqlSession;
let admin: GqlSession;
let ciAuditor: GqlSession;
const people: Record<string, string> = {};
let auditorId: string;

async function login(email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(email, password);
  return s;
}

const snapshot = async () => (await stack.orm.em.fork().getConnection().execute(`select md5(coalesce(string_agg(id::text || coalesce(trained_on::text, '-') || training_provider, ',' order by id), '')) as d, count(*)::int as n from peer_auditor`))[0];

const expectRefused = refusalCheck(snapshot);

beforeAll(async () => {
  stack = await startStack({ worker: false });
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Auditoren'), await createOrganisation(stack.orm.em.fork(), 'Anderen')];
  [officer, otherOfficer, internalAuditor, admin, ciAuditor] = await Promise.all([
    login(org.officer),
    login(other.officer),
    login(org.internalAuditor),
    login('secretariaat@swn.demo', 'demo-wachtwoord'),
    createCiAuditor(stack.orm.em.fork()).then((email) => login(email)),
  ]);
  const ids = await stack.orm.em.fork().getConnection().execute(`select id, email from app_user where email in (?, ?, ?)`, [org.internalAuditor, org.viewer, other.internalAuditor]);
  for (const row of ids) people[row.email] = row.id;
});
afterAll(async () => {
  await stack?.stop();
});

describe('nominating', () => {
  it('the quality officer nominates a member of the organisation; untrained at first', async () => {
    const { nominatePeerAuditor } = await officer.ok(NOMINATE, { i: { clientMutationId: mutationId(), personId: people[org.internalAuditor] } });
    expect(nominatePeerAuditor).toMatchObject({ trainedOn: null, trainingProvider: '', trainingValidUntil: null, trainingStatus: 'UNTRAINED' });
    expect(nominatePeerAuditor.name).toMatch(/ORG_INTERNAL_AUDITOR/);
    auditorId = nominatePeerAuditor.id;
  });

  it('refuses a second nomination, a person of another organisation or of nothing, and anyone but the quality officer', async () => {
    await expectRefused(officer, NOMINATE, { personId: people[org.internalAuditor] }, { code: 'CONFLICT', message: /already a peer auditor/ });
    await expectRefused(officer, NOMINATE, { personId: people[other.internalAuditor] }, { code: 'NOT_FOUND', field: 'personId', message: /^Person was not found\.$/ });
    await expectRefused(officer, NOMINATE, { personId: randomUUID() }, { code: 'NOT_FOUND', field: 'personId', message: /^Person was not found\.$/ });
    await expectRefused(officer, NOMINATE, { personId: 'nobody' }, { code: 'BAD_USER_INPUT', field: 'personId' });
    for (const who of [internalAuditor, admin, ciAuditor]) await expectRefused(who, NOMINATE, { personId: people[org.viewer] }, { code: 'NOT_ALLOWED' });
  });
});

describe('recording the training', () => {
  it('refuses a training in the future, a blank provider, and another organisation', async () => {
    await expectRefused(officer, TRAINING, { peerAuditorId: auditorId, trainedOn: inDays(1), provider: 'CIIO' }, { code: 'BAD_USER_INPUT', field: 'trainedOn', message: /future/ });
    await expectRefused(officer, TRAINING, { peerAuditorId: auditorId, trainedOn: today(), provider: '  ' }, { code: 'BAD_USER_INPUT', field: 'provider' });
    await expectRefused(otherOfficer, TRAINING, { peerAuditorId: auditorId, trainedOn: today(), provider: 'CIIO' }, { code: 'NOT_FOUND', message: /^Peer auditor was not found\.$/ });
    await expectRefused(otherOfficer, TRAINING, { peerAuditorId: randomUUID(), trainedOn: today(), provider: 'CIIO' }, { code: 'NOT_FOUND', message: /^Peer auditor was not found\.$/ });
  });

  it('records date and provider; the training counts for the placeholder rule of 24 months', async () => {
    const { recordPeerAuditorTraining } = await officer.ok(TRAINING, { i: { clientMutationId: mutationId(), peerAuditorId: auditorId, trainedOn: inDays(-30), provider: ' CIIO ' } });
    const until = new Date(`${inDays(-30)}T12:00:00Z`);
    until.setUTCMonth(until.getUTCMonth() + 24);
    until.setUTCDate(until.getUTCDate() - 1);
    expect(recordPeerAuditorTraining).toMatchObject({ trainedOn: inDays(-30), trainingProvider: 'CIIO', trainingStatus: 'VALID', trainingValidUntil: until.toISOString().slice(0, 10) });
  });

  it('follows the rule the sector body set on the current version: an old training expires', async () => {
    const em = stack.orm.em.fork();
    const [current] = await em.find(FrameworkVersion, { status: FrameworkStatus.PUBLISHED }, { orderBy: { effectiveDate: 'desc', createdAt: 'desc' }, limit: 1 });
    const saved = current.rules;
    current.rules = { ...saved, peerAuditorTrainingValidity: { amount: 2, unit: 'WEEKS' as never } };
    await em.flush();
    try {
      const [row] = (await officer.ok(LIST)).peerAuditors.nodes;
      expect(row).toMatchObject({ id: auditorId, trainingStatus: 'EXPIRED', trainingValidUntil: inDays(-17) });
      // The service the visits will ask: expired, and never for the auditor's own organisation.
      const auditor = await stack.orm.em.fork().findOneOrFail(PeerAuditor, { id: auditorId });
      expect(await stack.services.peerAuditors.whyNotAssignable(stack.orm.em.fork(), auditor, other.organisation.id, today())).toBe('TRAINING_EXPIRED');
      expect(await stack.services.peerAuditors.whyNotAssignable(stack.orm.em.fork(), auditor, org.organisation.id, today())).toBe('OWN_ORGANISATION');
    } finally {
      current.rules = saved;
      await em.flush();
    }
    const auditor = await stack.orm.em.fork().findOneOrFail(PeerAuditor, { id: auditorId });
    expect(await stack.services.peerAuditors.whyNotAssignable(stack.orm.em.fork(), auditor, other.organisation.id, today())).toBeNull();
  });
});

describe('who sees the peer auditors', () => {
  it('the organisation its own, the sector body all, another organisation and an institution none', async () => {
    const ids = async (who: GqlSession) => (await who.ok(LIST)).peerAuditors.nodes.map((n: { id: string }) => n.id);
    expect(await ids(officer)).toEqual([auditorId]);
    expect(await ids(internalAuditor)).toEqual([auditorId]);
    expect(await ids(admin)).toContain(auditorId);
    expect(await ids(otherOfficer)).toEqual([]);
    expect(await ids(ciAuditor)).toEqual([]);
  });
});
