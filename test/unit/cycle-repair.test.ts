import { differences } from '../../server/src/modules/cycle-repair/cycle-agreement';
import type { ProjectedCycle } from '../../server/src/modules/cycle-repair/projected-cycles';
import { resumeFrom } from '../../server/src/modules/cycle-repair/rebuild';
import { CycleState } from '../../workflows/src/cycle-state';
import type { CycleStateView } from '../../workflows/src/messages';
import { reminderMoment } from '../../workflows/src/rules';

const DUE = '2027-03-01T10:00:00.000Z';
const STARTED = '2027-01-01T10:00:00.000Z';

function projected(overrides: Partial<ProjectedCycle> = {}): ProjectedCycle {
  return {
    id: 'c1',
    organisationId: 'o1',
    startedById: 'u1',
    previousCycleId: null,
    nextCycleId: null,
    rules: {} as ProjectedCycle['rules'],
    phase: 'EXTERNAL_AUDIT',
    step: 'AWAITING_REPLY',
    seq: 9,
    dueAt: new Date(DUE),
    overdue: false,
    closed: false,
    leadAuditorId: 'lead',
    coAuditorId: 'co',
    proposedAuditDates: ['2027-02-01', '2027-02-08'],
    confirmedAuditDate: '2027-02-01',
    deadlineStartedAt: new Date(STARTED),
    engagedAt: new Date('2026-12-20T10:00:00.000Z'),
    certificate: null,
    registrationValidUntil: null,
    respondentBatches: [],
    ...overrides,
  };
}

function view(overrides: Partial<CycleStateView> = {}): CycleStateView {
  return {
    cycleId: 'c1',
    phase: 'EXTERNAL_AUDIT',
    step: 'AWAITING_REPLY',
    seq: 9,
    dueAt: DUE,
    overdue: false,
    certificateValidUntil: null,
    nextCycleId: null,
    leadAuditorId: 'lead',
    coAuditorId: 'co',
    proposedDates: ['2027-02-01', '2027-02-08'],
    confirmedAuditDate: '2027-02-01',
    ...overrides,
  };
}

describe('differences between projection and workflow', () => {
  it('finds none when they agree, whatever form the moments take', () => {
    expect(differences(projected(), view({ dueAt: '2027-03-01T11:00:00+01:00' }))).toEqual([]);
  });

  it('names each differing field with both values', () => {
    const found = differences(projected({ phase: 'SELF_EVALUATION', step: null, overdue: true, proposedAuditDates: [] }), view());
    expect(found).toEqual([
      { field: 'phase', projection: 'SELF_EVALUATION', workflow: 'EXTERNAL_AUDIT' },
      { field: 'step', projection: null, workflow: 'AWAITING_REPLY' },
      { field: 'overdue', projection: true, workflow: false },
      { field: 'proposedAuditDates', projection: [], workflow: ['2027-02-01', '2027-02-08'] },
    ]);
  });

  it('closes a cycle the workflow closed, but never counts a closed projection of an open workflow', () => {
    expect(differences(projected(), view({ nextCycleId: 'c2' }))).toEqual([{ field: 'closed', projection: false, workflow: true }]);
    expect(differences(projected({ closed: true }), view())).toEqual([]);
  });
});

describe('a cycle resumed from its projection', () => {
  it('takes the running deadline with its kind from the phase, its start from the trail and its reminder from both', () => {
    const resume = resumeFrom(projected());
    expect(resume.deadline).toEqual({ kind: 'DRAFT_REPORT_REPLY', startMs: Date.parse(STARTED), dueMs: Date.parse(DUE), escalated: false });
    const state = CycleState.resumed('c1', resume, { amount: 8, unit: 'WEEKS' });
    expect(state.deadline).toMatchObject({ remindMs: reminderMoment(Date.parse(STARTED), Date.parse(DUE)), reminded: false, escalated: false });
    expect(state.view()).toEqual(view());
  });

  it('an escalated deadline stays escalated and is not reminded again; no due date means no deadline', () => {
    const state = CycleState.resumed('c1', resumeFrom(projected({ overdue: true })), { amount: 8, unit: 'WEEKS' });
    expect(state.deadline).toMatchObject({ reminded: true, escalated: true });
    expect(resumeFrom(projected({ dueAt: null })).deadline).toBeNull();
  });

  it('a certified cycle keeps its certificate and wakes for recertification before it ends', () => {
    const certificate = { number: 'KSSW-1', validFrom: new Date('2027-01-01T00:00:00Z'), validUntil: new Date('2030-01-01T00:00:00Z') };
    const state = CycleState.resumed('c1', resumeFrom(projected({ phase: 'CERTIFIED', step: 'VALID', dueAt: null, certificate })), { amount: 1, unit: 'MONTHS' });
    expect(state.view().certificateValidUntil).toBe('2030-01-01T00:00:00.000Z');
    expect(state.nextWakeMs()).toBe(Date.parse('2029-12-01T00:00:00.000Z'));
  });

  it('a registered peer cycle wakes at the end of its register entry; one in the peer assessment knows what its group reached', () => {
    const registered = CycleState.resumed('c1', resumeFrom(projected({ phase: 'REGISTERED', step: null, dueAt: null, registrationValidUntil: new Date('2029-01-01T00:00:00Z') })), { amount: 1, unit: 'MONTHS' });
    expect(registered.nextWakeMs()).toBe(Date.parse('2029-01-01T00:00:00.000Z'));
    const assessing = CycleState.resumed('c1', resumeFrom(projected({ phase: 'PEER_ASSESSMENT', step: 'VISITS_PLANNED', dueAt: null })), { amount: 1, unit: 'MONTHS' });
    expect(assessing.peer).toEqual({ groupFormed: true, visitsAgreed: true, reportsFinal: false });
  });

  it("keeps the respondents' reminders not yet sent, timed from the invitation to the end of the due date", () => {
    const invitedAt = new Date('2027-01-04T23:00:00.000Z');
    const resume = resumeFrom(projected({ phase: 'SELF_EVALUATION', step: null, respondentBatches: [{ dueDate: '2027-01-08', invitedAt }] }));
    expect(resume.respondentReminders).toEqual([{ dueDate: '2027-01-08', invitedAt: invitedAt.toISOString(), dueAt: '2027-01-08T23:00:00.000Z' }]);
    const state = CycleState.resumed('c1', resume, { amount: 8, unit: 'WEEKS' });
    expect(state.respondentReminders).toEqual([{ dueDate: '2027-01-08', invitedAt: invitedAt.toISOString(), remindMs: Date.parse('2027-01-07T23:00:00.000Z') }]);
    expect(state.nextWakeMs()).toBe(Date.parse('2027-01-07T23:00:00.000Z'));
    // A resume from before respondents has none.
    expect(CycleState.resumed('c1', { ...resume, respondentReminders: undefined }, { amount: 8, unit: 'WEEKS' }).respondentReminders).toEqual([]);
  });
});
