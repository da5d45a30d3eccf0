import {
  TRANSITIONS,
  missingPreparation,
  phaseRefusal,
  progressOf,
  timeline,
  unscoredNorms,
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
  it('allows each command only in its own phase', () => {
    expect(phaseRefusal('completePreparation', 'PREPARATION')).toBeNull();
    expect(phaseRefusal('submitSelfEvaluation', 'SELF_EVALUATION')).toBeNull();
    const refusal = phaseRefusal('submitSelfEvaluation', 'PREPARATION');
    expect(refusal?.code).toBe('WRONG_PHASE');
    expect(refusal?.message).toContain('SELF_EVALUATION');
    expect(phaseRefusal('completePreparation', 'SELF_EVALUATION_SUBMITTED')?.code).toBe('WRONG_PHASE');
  });

  it('moves forward only: every transition leads to a later phase', () => {
    for (const { from, to } of Object.values(TRANSITIONS)) expect(from).not.toBe(to);
    expect(TRANSITIONS.completePreparation.to).toBe(TRANSITIONS.submitSelfEvaluation.from);
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
    expect(unscoredNorms([], [])).toEqual([]);
  });

  it('computes progress in whole percent, rounded down, and 0 when nothing is in scope', () => {
    expect(progressOf(1, 3)).toEqual({ done: 1, total: 3, percent: 33 });
    expect(progressOf(12, 12).percent).toBe(100);
    expect(progressOf(0, 0).percent).toBe(0);
  });

  it('marks the timeline: done before the current stage, upcoming after', () => {
    expect(timeline('PREPARATION').map((s) => s.status)).toEqual(['CURRENT', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING']);
    const afterSubmit = timeline('SELF_EVALUATION_SUBMITTED');
    expect(afterSubmit.slice(0, 3)).toEqual([
      { stage: 'PREPARATION', status: 'DONE' },
      { stage: 'SELF_EVALUATION', status: 'DONE' },
      { stage: 'INTERNAL_AUDIT', status: 'CURRENT' },
    ]);
  });
});
