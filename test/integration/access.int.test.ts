import { randomUUID } from 'node:crypto';
import { createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, type GqlResult } from '../support/gql';
import {
  COMPLETE_PREPARATION,
  CURRENT_CYCLE,
  CYCLE,
  CYCLE_EVENTS,
  CYCLES,
  ORGANISATION,
  ORGANISATION_CURRENT_CYCLE,
  SAVE_ANSWER,
  START_CYCLE,
  SUBMIT_SELF_EVALUATION,
  dbFingerprint,
  mutationId,
  startInput,
  waitForFirstProjection,
} from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * Scoping, as a matrix: every operation that takes an ID, against every kind of caller. Callers who may
 * not see a cycle get the same answer for it as for an ID of nothing (its existence is not revealed), and a
 * refused mutation changes nothing. The owner's quality officer is in the same matrix as a positive control,
 * so too strict a scope or a broken operation fails it as well.
 */

const SECTOR_EMAIL = 'secretariaat@swn.demo';
const SECTOR_PASSWORD = 'demo-wachtwoord';

type Caller = 'otherOrganisation' | 'ciAuditor' | 'anonymous' | 'sectorBody' | 'owner';
type Op =
  | 'organisation(id)'
  | 'organisation.currentCycle'
  | 'cycle(id)'
  | 'cycleEvents(cycleId)'
  | 'completePreparation'
  | 'saveSelfEvaluationAnswer'
  | 'submitSelfEvaluation';

interface Refusal {
  code: string;
  message: string;
}
type Expectation = Refusal | 'ALLOWED';

const UNAUTHENTICATED: Refusal = { code: 'UNAUTHENTICATED', message: 'Log in first.' };
const NO_ORGANISATION: Refusal = { code: 'NOT_FOUND', message: 'Organisation was not found.' };
const NO_CYCLE: Refusal = { code: 'NOT_FOUND', message: 'Cycle was not found.' };
const ROLE: Refusal = { code: 'NOT_ALLOWED', message: 'Your role does not allow this.' };

/**
 * What each caller gets. The role gate (@Authorized with roles) runs before any lookup, so a CI auditor and
 * the sector body are refused a command with NOT_ALLOWED whatever the ID (nothing revealed either way); a
 * quality officer of another organisation passes the role gate and then finds no such cycle.
 */
const EXPECTED: Record<Op, Record<Caller, Expectation>> = {
  'organisation(id)': { otherOrganisation: NO_ORGANISATION, ciAuditor: NO_ORGANISATION, anonymous: UNAUTHENTICATED, sectorBody: 'ALLOWED', owner: 'ALLOWED' },
  'organisation.currentCycle': { otherOrganisation: NO_ORGANISATION, ciAuditor: NO_ORGANISATION, anonymous: UNAUTHENTICATED, sectorBody: 'ALLOWED', owner: 'ALLOWED' },
  'cycle(id)': { otherOrganisation: NO_CYCLE, ciAuditor: NO_CYCLE, anonymous: UNAUTHENTICATED, sectorBody: 'ALLOWED', owner: 'ALLOWED' },
  'cycleEvents(cycleId)': { otherOrganisation: NO_CYCLE, ciAuditor: NO_CYCLE, anonymous: UNAUTHENTICATED, sectorBody: 'ALLOWED', owner: 'ALLOWED' },
  completePreparation: { otherOrganisation: NO_CYCLE, ciAuditor: ROLE, anonymous: UNAUTHENTICATED, sectorBody: ROLE, owner: 'ALLOWED' },
  saveSelfEvaluationAnswer: { otherOrganisation: NO_CYCLE, ciAuditor: ROLE, anonymous: UNAUTHENTICATED, sectorBody: ROLE, owner: 'ALLOWED' },
  submitSelfEvaluation: { otherOrganisation: NO_CYCLE, ciAuditor: ROLE, anonymous: UNAUTHENTICATED, sectorBody: ROLE, owner: 'ALLOWED' },
};

let stack: Stack;
let owner: OrgFixture;
let other: OrgFixture;
let sessions: Record<Caller, GqlSession>;
let cycleId: string;
let normIds: string[];

const conn = () => stack.orm.em.fork().getConnection();

interface Target {
  organisationId: string;
  cycleId: string;
  normId: string;
}

/** How to run each operation against a target, and what a successful answer must show. */
const OPS: Record<Op, { run(s: GqlSession, t: Target): Promise<GqlResult>; allowed(data: any, t: Target): Promise<void> | void }> = {
  'organisation(id)': {
    run: (s, t) => s.request(ORGANISATION, { id: t.organisationId }),
    allowed: (d, t) => expect(d.organisation.id).toBe(t.organisationId),
  },
  'organisation.currentCycle': {
    run: (s, t) => s.request(ORGANISATION_CURRENT_CYCLE, { id: t.organisationId }),
    allowed: (d, t) => expect(d.organisation.currentCycle?.id).toBe(t.cycleId),
  },
  'cycle(id)': {
    run: (s, t) => s.request(CYCLE, { id: t.cycleId }),
    allowed: (d, t) => {
      expect(d.cycle.id).toBe(t.cycleId);
      expect(d.cycle.organisation.id).toBe(t.organisationId);
      expect(Array.isArray(d.cycle.selfEvaluationAnswers)).toBe(true);
    },
  },
  'cycleEvents(cycleId)': {
    run: (s, t) => s.request(CYCLE_EVENTS, { id: t.cycleId }),
    allowed: (d) => expect(d.cycleEvents[0]).toMatchObject({ seq: 1, fromPhase: null, toPhase: 'PREPARATION' }),
  },
  completePreparation: {
    run: (s, t) => s.request(COMPLETE_PREPARATION, { i: { cycleId: t.cycleId, clientMutationId: mutationId() } }),
    allowed: (d) => expect(d.completePreparation.phase).toBe('SELF_EVALUATION'),
  },
  saveSelfEvaluationAnswer: {
    run: (s, t) => s.request(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId: t.cycleId, normId: t.normId, score: 'MEETS', goesWell: 'Van buiten' } }),
    allowed: async (d, t) => {
      expect(d.saveSelfEvaluationAnswer).toMatchObject({ normId: t.normId, score: 'MEETS' });
      // Score the rest too, so the owner's submit below can succeed.
      for (const normId of normIds.slice(1)) await sessions.owner.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId, score: 'MEETS' } });
    },
  },
  submitSelfEvaluation: {
    run: (s, t) => s.request(SUBMIT_SELF_EVALUATION, { i: { cycleId: t.cycleId, clientMutationId: mutationId() } }),
    allowed: (d) => expect(d.submitSelfEvaluation.phase).toBe('INTERNAL_AUDIT'),
  },
};

// The owner comes last for each operation: its (state-changing) success must not come before the refusals.
const CALLERS: Caller[] = ['otherOrganisation', 'ciAuditor', 'anonymous', 'sectorBody', 'owner'];
const MATRIX = (Object.keys(EXPECTED) as Op[]).flatMap((op) =>
  CALLERS.map((caller) => {
    const e = EXPECTED[op][caller];
    return [op, caller, e === 'ALLOWED' ? 'allowed' : e.code, e] as const;
  }),
);

beforeAll(async () => {
  stack = await startStack();
  [owner, other] = await Promise.all([
    createOrganisation(stack.orm.em.fork(), 'Eigenaar'),
    createOrganisation(stack.orm.em.fork(), 'Buurman'),
  ]);
  const auditorEmail = await createCiAuditor(stack.orm.em.fork());
  sessions = {
    owner: new GqlSession(stack.url),
    otherOrganisation: new GqlSession(stack.url),
    ciAuditor: new GqlSession(stack.url),
    anonymous: new GqlSession(stack.url),
    sectorBody: new GqlSession(stack.url),
  };
  await Promise.all([
    sessions.owner.login(owner.officer, PASSWORD),
    sessions.otherOrganisation.login(other.officer, PASSWORD),
    sessions.ciAuditor.login(auditorEmail, PASSWORD),
    sessions.sectorBody.login(SECTOR_EMAIL, SECTOR_PASSWORD),
  ]);
  cycleId = (await sessions.owner.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await waitForFirstProjection(conn(), owner.organisation.id);
  const current = (await sessions.owner.ok(CURRENT_CYCLE, { id: owner.organisation.id })).organisation.currentCycle;
  normIds = current.frameworkVersion.categories.flatMap((c: { norms: { id: string }[] }) => c.norms.map((n) => n.id));
});
afterAll(() => stack?.stop());

const target = (): Target => ({ organisationId: owner.organisation.id, cycleId, normId: normIds[0] });
/** IDs of nothing: a caller who may not see the real one must get the same answer for these. */
const ghost = (): Target => ({ organisationId: randomUUID(), cycleId: randomUUID(), normId: normIds[0] });

describe('every ID-taking operation, by every kind of caller', () => {
  it.each(MATRIX)('%s by %s → %s', async (op, caller, _label, expected) => {
    const session = sessions[caller];
    const before = await dbFingerprint(conn());
    const r = await OPS[op].run(session, target());

    if (expected === 'ALLOWED') {
      expect(r.errors).toBeUndefined();
      await OPS[op].allowed(r.data, target());
      return;
    }

    expect(r.errors).toHaveLength(1);
    expect({ code: r.errors![0].extensions.code, message: r.errors![0].message }).toEqual(expected);
    expect(r.data).toBeNull();
    // Nothing changed: no phase, no answer, no transition, no session.
    expect(await dbFingerprint(conn())).toEqual(before);
    // Existence not revealed: an ID of nothing gets exactly the same answer.
    const g = await OPS[op].run(session, ghost());
    expect({ code: g.errors?.[0].extensions.code, message: g.errors?.[0].message }).toEqual(expected);
  });
});

describe('the cycles list', () => {
  it('does not show the cycle to a user of another organisation (their list is their own: empty)', async () => {
    const page = (await sessions.otherOrganisation.ok(CYCLES, { first: 500 })).cycles;
    expect(page.nodes.map((n: { id: string }) => n.id)).not.toContain(cycleId);
    expect(page.totalCount).toBe(0);
  });

  it('is empty for a certifying-institution auditor (no engagement yet)', async () => {
    const page = (await sessions.ciAuditor.ok(CYCLES, { first: 500 })).cycles;
    expect(page).toEqual({ totalCount: 0, nodes: [] });
  });

  it('refuses an anonymous caller', async () => {
    const err = await sessions.anonymous.refused(CYCLES, { first: 10 });
    expect({ code: err.extensions.code, message: err.message }).toEqual(UNAUTHENTICATED);
  });

  it('shows the cycle to the sector body and, as the only one, to the owner', async () => {
    const sector = (await sessions.sectorBody.ok(CYCLES, { first: 500 })).cycles;
    expect(sector.nodes.map((n: { id: string }) => n.id)).toContain(cycleId);
    const own = (await sessions.owner.ok(CYCLES, { first: 500 })).cycles;
    expect(own).toEqual({ totalCount: 1, nodes: [{ id: cycleId }] });
  });
});

describe('after the matrix', () => {
  it("the cycle's history and answers are the owner's alone", async () => {
    const ownerId = (await sessions.owner.ok(`{ me { id } }`)).me.id;
    const transitions = await conn().execute(
      `select to_phase, actor_id from cycle_transition where cycle_id = ? order by seq`,
      [cycleId],
    );
    expect(transitions).toEqual([
      { to_phase: 'PREPARATION', actor_id: ownerId },
      { to_phase: 'SELF_EVALUATION', actor_id: ownerId },
      { to_phase: 'INTERNAL_AUDIT', actor_id: ownerId },
    ]);
    const answers = await conn().execute(
      `select distinct updated_by_id, goes_well from self_evaluation_answer where cycle_id = ? and norm_id = ?`,
      [cycleId, normIds[0]],
    );
    expect(answers).toEqual([{ updated_by_id: ownerId, goes_well: 'Van buiten' }]);
  });

  it('the sector body still reads the submitted cycle, with its answers, but the organisation next door does not', async () => {
    const read = (await sessions.sectorBody.ok(CYCLE, { id: cycleId })).cycle;
    expect(read.phase).toBe('INTERNAL_AUDIT');
    expect(read.selfEvaluationAnswers).toHaveLength(normIds.length);
    const err = await sessions.otherOrganisation.refused(CYCLE, { id: cycleId });
    expect(err.extensions.code).toBe('NOT_FOUND');
  });
});
