import {
  ALLOWED,
  auditDaysFor,
  internalAuditIncomplete,
  missingPreparation,
  positionRefusal,
  progressOf,
  reminderMoment,
  shiftBy,
  timeline,
  unscoredNorms,
  waitingOn,
  type PreparationFacts,
} from '../../workflows/src/rules';

const complete: PreparationFacts = {
  variant: 'EXTERNAL_AUDIT',
  wholeOrganisation: true,
  scopeUnits: [],
  fte: 12.5,
  frameworkVersionId: 'fv-1',
};

describe('cycle rules', () => {
  it('allows each command only in its own phase and step', () => {
    expect(positionRefusal('completePreparation', { phase: 'PREPARATION', step: null })).toBeNull();
    expect(positionRefusal('submitSelfEvaluation', { phase: 'SELF_EVALUATION', step: null })).toBeNull();
    const refusal = positionRefusal('submitSelfEvaluation', { phase: 'PREPARATION', step: null });
    expect(refusal?.code).toBe('WRONG_PHASE');
    expect(refusal?.message).toContain('SELF_EVALUATION');
    expect(positionRefusal('confirmAuditDate', { phase: 'EXTERNAL_AUDIT', step: 'DATES_PROPOSED' })).toBeNull();
    expect(positionRefusal('confirmAuditDate', { phase: 'EXTERNAL_AUDIT', step: 'SCHEDULING' })?.message).toContain('DATES_PROPOSED');
    expect(positionRefusal('issueFinalReport', { phase: 'EXTERNAL_AUDIT', step: 'AWAITING_REPLY' })).toBeNull();
    expect(positionRefusal('suspendCertificate', { phase: 'CERTIFIED', step: 'SUSPENDED' })?.code).toBe('WRONG_PHASE');
    expect(positionRefusal('withdrawCertificate', { phase: 'CERTIFIED', step: 'SUSPENDED' })).toBeNull();
    expect(positionRefusal('reinstateCertificate', { phase: 'CERTIFIED', step: 'SUSPENDED' })).toBeNull();
    expect(positionRefusal('reinstateCertificate', { phase: 'CERTIFIED', step: 'VALID' })?.message).toBe(
      'reinstateCertificate is only possible in CERTIFIED (SUSPENDED); this cycle is in CERTIFIED (VALID).',
    );
  });

  it('names a phase for every command', () => {
    for (const allowed of Object.values(ALLOWED)) expect(allowed.phase).toBeTruthy();
  });

  it('names what preparation lacks', () => {
    expect(missingPreparation(complete)).toEqual([]);
    expect(missingPreparation({ ...complete, variant: null, fte: 0 })).toEqual(['variant', 'fte']);
    expect(missingPreparation({ ...complete, wholeOrganisation: false, scopeUnits: [] })).toEqual(['scope']);
    expect(missingPreparation({ ...complete, wholeOrganisation: false, scopeUnits: ['Team Noord'] })).toEqual([]);
    expect(missingPreparation({ ...complete, frameworkVersionId: null, fte: null })).toEqual(['fte', 'frameworkVersion']);
  });

  it('lists unscored norms in the order of the scope', () => {
    expect(unscoredNorms(['a', 'b', 'c'], ['b'])).toEqual(['a', 'c']);
    expect(unscoredNorms(['a'], ['a', 'x'])).toEqual([]);
  });

  it('completes internal audit only when every planned audit is settled and one was done', () => {
    expect(internalAuditIncomplete({ planned: 0, done: 1, cancelled: 2 })).toBeNull();
    expect(internalAuditIncomplete({ planned: 0, done: 0, cancelled: 2 })).toMatch(/At least one/);
    expect(internalAuditIncomplete({ planned: 1, done: 1, cancelled: 0 })).toMatch(/1 planned/);
  });

  it('takes audit days from the first band that covers the FTE', () => {
    const table = [
      { maxFte: null, days: 4 },
      { maxFte: 25, days: 1 },
      { maxFte: 100, days: 2 },
    ];
    expect(auditDaysFor(10, table)).toBe(1);
    expect(auditDaysFor(25, table)).toBe(1);
    expect(auditDaysFor(25.5, table)).toBe(2);
    expect(auditDaysFor(500, table)).toBe(4);
    expect(auditDaysFor(500, [{ maxFte: 100, days: 2 }])).toBeNull();
  });

  it('shifts moments by scheme durations, months by the calendar', () => {
    const jan31 = Date.UTC(2026, 0, 31);
    expect(shiftBy(jan31, { amount: 2, unit: 'SECONDS' })).toBe(jan31 + 2000);
    expect(shiftBy(jan31, { amount: 1, unit: 'WEEKS' })).toBe(jan31 + 7 * 86_400_000);
    expect(new Date(shiftBy(Date.UTC(2026, 0, 15), { amount: 24, unit: 'MONTHS' })).toISOString()).toBe('2028-01-15T00:00:00.000Z');
    expect(new Date(shiftBy(Date.UTC(2026, 6, 1), { amount: 6, unit: 'MONTHS' }, -1)).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(reminderMoment(0, 100)).toBe(75);
  });

  it('computes progress in whole percent, rounded down, and 0 when nothing is in scope', () => {
    expect(progressOf(1, 3)).toEqual({ done: 1, total: 3, percent: 33 });
    expect(progressOf(12, 12).percent).toBe(100);
    expect(progressOf(0, 0).percent).toBe(0);
  });

  it('marks the timeline: done before the current stage, upcoming after, all done at the end', () => {
    expect(timeline('PREPARATION').map((s) => s.status)).toEqual(['CURRENT', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING']);
    expect(timeline('INTERNAL_AUDIT').slice(0, 3).map((s) => s.status)).toEqual(['DONE', 'DONE', 'CURRENT']);
    expect(timeline('EXPIRED').every((s) => s.status === 'DONE')).toBe(true);
  });

  it('says who the cycle waits on', () => {
    expect(waitingOn({ phase: 'EXTERNAL_AUDIT', step: 'ENGAGEMENT_REQUESTED' })).toBe('CERTIFYING_INSTITUTION');
    expect(waitingOn({ phase: 'EXTERNAL_AUDIT', step: 'DATES_PROPOSED' })).toBe('ORGANISATION');
    expect(waitingOn({ phase: 'IMPROVEMENT_PLAN', step: 'SUBMITTED' })).toBe('CERTIFYING_INSTITUTION');
    expect(waitingOn({ phase: 'DECISION', step: 'AWAITING_DECISION' })).toBe('SECTOR_BODY');
    expect(waitingOn({ phase: 'CERTIFIED', step: 'VALID' })).toBe('NOBODY');
  });
});
