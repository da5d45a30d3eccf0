import { COMMANDS, type Command } from '../../workflows/src/rules';
import { command, driveCycle, STATIONS, withMutationId, type ParkedCycle, type Station } from '../support/cycle-driver';
import { inDays, today } from '../support/dates';
import { PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { atMost } from '../support/at-most';
import { startStack, type Stack } from '../support/stack';

/**
 * `viewerCan` against what the mutations then do, generated: for every station of the cycle, every role of
 * every party, and every command (plus the content areas a mutation addresses through the cycle or an item
 * the cycle already has). A refusal viewerCan announces must come back from the mutation with the same code
 * and change nothing; an action it allows must not be refused for a reason viewerCan answers for (who may,
 * and where the cycle stands). What the input itself lacks (INCOMPLETE, BAD_USER_INPUT) is the mutation's
 * own answer and outside viewerCan's promise.
 */

const ROLES = ['officer', 'internalAuditor', 'viewer', 'manager', 'lead', 'co', 'admin', 'decider'] as const;
type RoleName = (typeof ROLES)[number];
type Sessions = Record<RoleName, GqlSession>;

/** Codes viewerCan answers for; anything else is the input's business. */
const VIEWER_CAN_CODES = ['NOT_FOUND', 'NOT_ALLOWED', 'WRONG_PHASE', 'LOCKED'];

/** A parked cycle and the server it runs on. */
type Parked = ParkedCycle & { url: string };

interface Probe {
  action: string;
  mutation: string;
  input: (c: Parked) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

const REPORT = { summary: 'Samenvatting', strengths: 'Betrokken', improvementPoints: 'Borging' };

const COMMAND_INPUT: Record<Command, [string, (c: ParkedCycle) => Record<string, unknown>]> = {
  completePreparation: ['CompletePreparationInput', () => ({})],
  submitSelfEvaluation: ['CycleCommandInput', () => ({})],
  completeInternalAudit: ['CycleCommandInput', () => ({})],
  engageCertifyingInstitution: ['EngageCertifyingInstitutionInput', (c) => ({ certifyingInstitutionId: c.ci.ci.id })],
  acceptEngagement: ['AcceptEngagementInput', (c) => ({ leadAuditorId: c.ci.lead.id, coAuditorId: c.ci.co.id })],
  declineEngagement: ['DeclineEngagementInput', () => ({ reason: 'Geen capaciteit' })],
  proposeAuditDates: ['ProposeAuditDatesInput', () => ({ dates: [today(), inDays(7)] })],
  confirmAuditDate: ['ConfirmAuditDateInput', () => ({ date: today() })],
  issueDraftReport: ['IssueDraftReportInput', () => REPORT],
  replyToDraftReport: ['ReplyToDraftReportInput', () => ({ reply: 'Dank u.' })],
  issueFinalReport: ['IssueFinalReportInput', () => ({ ...REPORT, advice: 'POSITIVE' })],
  submitImprovementPlan: ['CycleCommandInput', () => ({})],
  reviewImprovementPlan: ['ReviewImprovementPlanInput', () => ({ review: 'ACCEPT', comments: '' })],
  decideCertification: ['DecideCertificationInput', () => ({ decision: 'DEFER', reason: 'Nog een gesprek' })],
  suspendCertificate: ['CertificateActionInput', () => ({ reason: 'Onderzoek' })],
  reinstateCertificate: ['CertificateActionInput', () => ({ reason: 'Onderzoek afgerond' })],
  withdrawCertificate: ['CertificateActionInput', () => ({ reason: 'Ernstige tekortkoming' })],
};

const PROBES: Probe[] = [
  ...COMMANDS.map((name) => {
    const [inputType, extra] = COMMAND_INPUT[name];
    return { action: name, mutation: command(name, inputType), input: (c: Parked) => ({ cycleId: c.cycleId, clientMutationId: mutationId(), ...extra(c) }) };
  }),
  {
    action: 'SELF_EVALUATION_ANSWERS',
    mutation: `mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id } }`,
    input: (c) => ({ clientMutationId: mutationId(), cycleId: c.cycleId, normId: c.normIds[0], score: 'MEETS' }),
  },
  {
    action: 'INTERNAL_AUDITS',
    mutation: `mutation($i: PlanInternalAuditInput!) { planInternalAudit(input: $i) { id } }`,
    input: (c) => withMutationId(c.url, 'PlanInternalAuditInput', { cycleId: c.cycleId, unit: 'Team Oost', plannedDate: today(), auditorIds: [c.internalAuditorId] }),
  },
  {
    action: 'AUDIT_FINDINGS',
    mutation: `mutation($i: RecordAuditFindingInput!) { recordAuditFinding(input: $i) { id } }`,
    input: (c) => ({ clientMutationId: mutationId(), cycleId: c.cycleId, normId: c.normIds[0], score: 'MEETS', strengths: 'Zichtbaar', improvementPoints: '' }),
  },
  {
    action: 'AUDIT_PROGRAMME',
    mutation: `mutation($i: SaveAuditProgrammeInput!) { saveAuditProgramme(input: $i) { id } }`,
    input: (c) => ({
      clientMutationId: mutationId(),
      cycleId: c.cycleId,
      slots: [{ day: 1, startTime: '09:00', endTime: '10:00', group: 'SOCIAL_WORKERS', headCount: 4, normIds: [c.normIds[0]], auditorIds: [c.ci.lead.id] }],
    }),
  },
  {
    action: 'AUDIT_PROGRAMME_CONFIRMATION',
    mutation: `mutation($i: CycleCommandInput!) { confirmAuditProgramme(input: $i) { id } }`,
    input: (c) => ({ clientMutationId: mutationId(), cycleId: c.cycleId }),
  },
  {
    action: 'IMPROVEMENT_ACTIONS',
    mutation: `mutation($i: SaveImprovementActionInput!) { saveImprovementAction(input: $i) { id } }`,
    input: (c) =>
      withMutationId(c.url, 'SaveImprovementActionInput', {
        cycleId: c.cycleId,
        normId: c.normIds[1],
        what: 'Werkwijze vastleggen',
        owner: 'Teamleider',
        dueDate: inDays(60),
        successIndicator: 'In het handboek',
      }),
  },
];

/** Content addressed through an item of the cycle: probed where the cycle has that item. */
const ITEM_PROBES: (Probe & { has: (c: Parked) => boolean })[] = [
  {
    action: 'INTERNAL_AUDIT_FINDINGS',
    has: (c) => c.internalAuditId !== null,
    mutation: `mutation($i: RecordInternalAuditFindingInput!) { recordInternalAuditFinding(input: $i) { id } }`,
    input: (c) => ({ clientMutationId: mutationId(), internalAuditId: c.internalAuditId, normId: c.normIds[0], strengths: 'Sterk' }),
  },
  {
    action: 'ACTION_PROGRESS',
    has: (c) => c.improvementActionId !== null,
    mutation: `mutation($i: UpdateImprovementActionInput!) { updateImprovementAction(input: $i) { id } }`,
    input: (c) => ({ clientMutationId: mutationId(), actionId: c.improvementActionId, status: 'IN_PROGRESS' }),
  },
];

const VIEWER_CAN = `query($id: ID!) { cycle(id: $id) { phase step viewerCan { action allowed code reason } } }`;
const POSITION = `query($id: ID!) { cycle(id: $id) { phase step } }`;

let stack: Stack;
let sector: { admin: GqlSession; decider: GqlSession };

beforeAll(async () => {
  stack = await startStack();
  const login = async (email: string) => {
    const s = new GqlSession(stack.url);
    await s.login(email, 'demo-wachtwoord');
    return s;
  };
  sector = { admin: await login('secretariaat@swn.demo'), decider: await login('commissie@swn.demo') };
});
afterAll(() => stack?.stop());

async function sessionsOf(c: Parked): Promise<Sessions> {
  const viewer = new GqlSession(stack.url);
  await viewer.login(c.org.viewer, PASSWORD);
  return { officer: c.officer, internalAuditor: c.internalAuditor, viewer, manager: c.manager, lead: c.lead, co: c.co, ...sector };
}

const park = async (station: Station): Promise<Parked> => Object.assign(await driveCycle(stack.url, stack.orm.em.fork(), station), { url: stack.url });

type Permission = { action: string; allowed: boolean; code: string | null; reason: string | null };

/** Each role's viewerCan on the cycle; null for a role that cannot see the cycle at all. */
async function permissionsOf(c: Parked, sessions: Sessions) {
  const entries = await Promise.all(
    ROLES.map(async (role) => {
      const r = await sessions[role].request(VIEWER_CAN, { id: c.cycleId });
      if (r.errors?.length) {
        expect(r.errors[0].extensions.code).toBe('NOT_FOUND');
        return [role, null] as const;
      }
      return [role, new Map((r.data!.cycle.viewerCan as Permission[]).map((p) => [p.action, p]))] as const;
    }),
  );
  return new Map(entries);
}

async function send(session: GqlSession, probe: Probe, c: Parked) {
  return session.request(probe.mutation, { i: await probe.input(c) });
}

describe('viewerCan agrees with the mutations', () => {
  it('covers every command and content area it publishes', async () => {
    const c = await park('PREPARATION');
    const { cycle } = await c.officer.ok(VIEWER_CAN, { id: c.cycleId });
    const published = (cycle.viewerCan as Permission[]).map((p) => p.action).sort();
    const probed = [...PROBES, ...ITEM_PROBES].map((p) => p.action);
    // Evidence links need an uploaded file; the evidence tests walk their windows. Carry-over needs a previous cycle.
    const elsewhere = ['EVIDENCE_CARRY_OVER', 'SELF_EVALUATION_EVIDENCE', 'INTERNAL_AUDIT_EVIDENCE', 'ACTION_EVIDENCE'];
    expect([...probed, ...elsewhere].sort()).toEqual(published);
  });

  it.each(STATIONS.map((s) => [s]))('at %s', async (station) => {
    let c = await park(station);
    let sessions = await sessionsOf(c);
    const start = await c.officer.ok(POSITION, { id: c.cycleId });
    const permissions = await permissionsOf(c, sessions);
    const probes = [...PROBES, ...ITEM_PROBES.filter((p) => p.has(c))];
    const allowed: [RoleName, Probe][] = [];

    // Every announced refusal, sent: the same code, and nothing moves. A role that cannot see the cycle has
    // no viewerCan; its mutation must still get nothing (not found, or its role turned away at the door).
    const disagreements: unknown[] = [];
    const pairs = ROLES.flatMap((role) => probes.map((probe) => [role, probe] as const));
    await atMost(
      8,
      pairs,
      async ([role, probe]) => {
        const permission = permissions.get(role)?.get(probe.action);
        if (permission?.allowed) {
          allowed.push([role, probe]);
          return;
        }
        const r = await send(sessions[role], probe, c);
        const code = r.errors?.[0]?.extensions.code;
        const agrees = permission ? code === permission.code : code === 'NOT_FOUND' || code === 'NOT_ALLOWED';
        if (!agrees) disagreements.push({ role, action: probe.action, viewerCan: permission?.code ?? 'cannot see the cycle', mutation: code ?? 'accepted' });
      },
    );
    expect(disagreements).toEqual([]);
    expect(await c.officer.ok(POSITION, { id: c.cycleId })).toEqual(start);

    // Every allowed action, sent: never refused for who or where. A command that moved the cycle leaves it
    // elsewhere, so the next allowed command gets a fresh cycle at this station.
    for (const [role, probe] of allowed.sort(([, a], [, b]) => Number(COMMANDS.includes(a.action as Command)) - Number(COMMANDS.includes(b.action as Command)))) {
      const r = await send(sessions[role], probe, c);
      const code = r.errors?.[0]?.extensions.code;
      if (code !== undefined) expect({ role, action: probe.action, refusedFor: VIEWER_CAN_CODES.includes(code) ? code : null }).toEqual({ role, action: probe.action, refusedFor: null });
      const now = await c.officer.ok(POSITION, { id: c.cycleId });
      if (now.cycle.phase !== start.cycle.phase || now.cycle.step !== start.cycle.step) {
        c = await park(station);
        sessions = await sessionsOf(c);
      }
    }
    expect(allowed.length).toBeGreaterThan(0);
  });
});
