import {
  actionDueDateRefusal,
  addDays,
  auditDateOptionsRefusal,
  auditDaysOverrideRefusal,
  auditorsRefusal,
  awardBlockingNorms,
  calendarDate,
  CONTENT_AREAS,
  CONTENT_WINDOWS,
  contentRefusal,
  draftReportDateRefusal,
  internalAuditDateRefusal,
  isLinkFixed,
  nextStep,
  normsWithoutFinding,
  planReviewRefusal,
  reasonRefusal,
  stageMeasure,
  uncoveredImprovementPoints,
  type ContentPosition,
  type FindingFacts,
  type NextStepFacts,
  type StageFacts,
} from '../../workflows/src/rules';

const at = (phase: ContentPosition['phase'], step: ContentPosition['step'] = null, selfEvaluationLocked = false): ContentPosition => ({
  phase,
  step,
  selfEvaluationLocked,
});

describe('content windows', () => {
  it('opens each area in its own phase and step, and nowhere else', () => {
    expect(contentRefusal('SELF_EVALUATION_ANSWERS', at('SELF_EVALUATION'))).toBeNull();
    expect(contentRefusal('SELF_EVALUATION_ANSWERS', at('INTERNAL_AUDIT'))?.code).toBe('WRONG_PHASE');
    expect(contentRefusal('INTERNAL_AUDITS', at('INTERNAL_AUDIT'))).toBeNull();
    expect(contentRefusal('AUDIT_FINDINGS', at('EXTERNAL_AUDIT', 'AUDITING'))).toBeNull();
    expect(contentRefusal('AUDIT_FINDINGS', at('EXTERNAL_AUDIT', 'SCHEDULING'))?.message).toBe(
      'Audit findings can be recorded only in EXTERNAL_AUDIT (AUDITING); this cycle is in EXTERNAL_AUDIT (SCHEDULING).',
    );
    expect(contentRefusal('IMPROVEMENT_ACTIONS', at('IMPROVEMENT_PLAN', 'DRAFTING'))).toBeNull();
    expect(contentRefusal('IMPROVEMENT_ACTIONS', at('IMPROVEMENT_PLAN', 'SUBMITTED'))?.code).toBe('WRONG_PHASE');
    expect(contentRefusal('ACTION_PROGRESS', at('CERTIFIED', 'VALID'))).toBeNull();
    expect(contentRefusal('ACTION_PROGRESS', at('IMPROVEMENT_PLAN', 'DRAFTING'))?.code).toBe('WRONG_PHASE');
    expect(contentRefusal('ACTION_EVIDENCE', at('DECISION', 'AWAITING_DECISION'))).toBeNull();
    expect(contentRefusal('EVIDENCE_CARRY_OVER', at('PREPARATION'))).toBeNull();
  });

  it('locks what the submitted self-evaluation fixed, before the phase moves on', () => {
    expect(contentRefusal('SELF_EVALUATION_ANSWERS', at('SELF_EVALUATION', null, true))?.code).toBe('LOCKED');
    expect(contentRefusal('SELF_EVALUATION_EVIDENCE', at('SELF_EVALUATION', null, true))?.code).toBe('LOCKED');
    expect(contentRefusal('EVIDENCE_CARRY_OVER', at('SELF_EVALUATION', null, true))?.code).toBe('LOCKED');
  });

  it('rewords a refusal for one operation of an area', () => {
    expect(contentRefusal('INTERNAL_AUDITS', at('SELF_EVALUATION'), 'Internal audits can be planned')?.message).toBe(
      'Internal audits can be planned only in INTERNAL_AUDIT; this cycle is in SELF_EVALUATION.',
    );
  });

  it('has an open window for every area', () => {
    for (const area of CONTENT_AREAS) expect(CONTENT_WINDOWS[area].open.length).toBeGreaterThan(0);
  });

  it('fixes evidence links once the phase they were made in is submitted', () => {
    expect(isLinkFixed('SELF_EVALUATION', at('SELF_EVALUATION'))).toBe(false);
    expect(isLinkFixed('SELF_EVALUATION', at('SELF_EVALUATION', null, true))).toBe(true);
    expect(isLinkFixed('INTERNAL_AUDIT', at('INTERNAL_AUDIT'))).toBe(false);
    expect(isLinkFixed('INTERNAL_AUDIT', at('EXTERNAL_AUDIT', 'SCHEDULING'))).toBe(true);
    expect(isLinkFixed('IMPROVEMENT_PLAN', at('IMPROVEMENT_PLAN', 'DRAFTING'))).toBe(false);
    expect(isLinkFixed('IMPROVEMENT_PLAN', at('IMPROVEMENT_PLAN', 'SUBMITTED'))).toBe(true);
    expect(isLinkFixed('CERTIFIED', at('CERTIFIED', 'VALID'))).toBe(false);
    expect(isLinkFixed('CERTIFIED', at('CERTIFIED', 'VALID'), true)).toBe(true);
    expect(isLinkFixed('CERTIFIED', at('WITHDRAWN'))).toBe(true);
  });
});

describe('completeness', () => {
  const findings: FindingFacts[] = [
    { normCode: 'T-2', score: 'DOES_NOT_MEET', improvementPoints: '' },
    { normCode: 'T-1', score: 'MEETS', improvementPoints: '  ' },
    { normCode: 'T-3', score: 'MEETS', improvementPoints: 'Evalueer vaker' },
    { normCode: 'T-4', score: 'PARTLY_MEETS', improvementPoints: '' },
  ];

  it('lists norms without a finding in the framework order', () => {
    expect(normsWithoutFinding(['B', 'A', 'C'], ['A'])).toEqual(['B', 'C']);
  });

  it('asks an action for every finding below MEETS or with improvement points', () => {
    expect(uncoveredImprovementPoints(findings, [])).toEqual(['T-2', 'T-3', 'T-4']);
    expect(uncoveredImprovementPoints(findings, ['T-3', 'T-4'])).toEqual(['T-2']);
  });

  it('blocks an award by the scheme rule', () => {
    expect(awardBlockingNorms('NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION', findings, [])).toEqual(['T-2']);
    expect(awardBlockingNorms('NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION', findings, ['T-2'])).toEqual([]);
    expect(awardBlockingNorms('NO_DOES_NOT_MEET', findings, ['T-2'])).toEqual(['T-2']);
  });
});

describe('date rules', () => {
  it('takes today from the Dutch calendar', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(calendarDate(Date.UTC(2026, 11, 31, 23, 30))).toBe('2027-01-01');
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
  });

  it('keeps audit dates ahead and inside the engagement', () => {
    expect(auditDateOptionsRefusal(['2027-01-10', '2027-01-11'], { today: '2027-01-10' })).toBeNull();
    const past = auditDateOptionsRefusal(['2020-03-01', '2027-01-11'], { today: '2027-01-10' });
    expect(past).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates', details: { invalidDates: ['2020-03-01'] } });
    const late = auditDateOptionsRefusal(['2027-09-01'], { today: '2027-01-10', latest: '2027-07-10' });
    expect(late?.field).toBe('dates');
    expect(late?.message).toContain('2027-07-10');
  });

  it('issues the draft report not before the confirmed audit date', () => {
    expect(draftReportDateRefusal('2027-03-01', '2027-01-10')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirmedAuditDate' });
    expect(draftReportDateRefusal('2027-03-01', '2027-03-01')).toBeNull();
    expect(draftReportDateRefusal(null, '2027-03-01')).toBeNull();
  });

  it('dates internal audits inside the cycle', () => {
    const span = { start: '2026-11-01', end: '2028-11-01' };
    expect(internalAuditDateRefusal('2019-05-01', span)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plannedDate' });
    expect(internalAuditDateRefusal('2030-01-01', span)?.field).toBe('plannedDate');
    expect(internalAuditDateRefusal('2026-11-01', span)).toBeNull();
  });

  it('refuses an action due date in the past', () => {
    expect(actionDueDateRefusal('2001-01-01', '2027-01-10')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    expect(actionDueDateRefusal('2027-01-10', '2027-01-10')).toBeNull();
  });
});

describe('command input', () => {
  it('names the field of each refusal', () => {
    expect(auditorsRefusal('u1', 'u1')?.field).toBe('coAuditorId');
    expect(auditorsRefusal('u1', 'u2')).toBeNull();
    expect(auditDaysOverrideRefusal(3, 4, ' ')?.field).toBe('overrideReason');
    expect(auditDaysOverrideRefusal(3, 4, 'Vier locaties')).toBeNull();
    expect(auditDaysOverrideRefusal(3, 3, null)).toBeNull();
    expect(planReviewRefusal('RETURN', '')?.field).toBe('comments');
    expect(planReviewRefusal('ACCEPT', '')).toBeNull();
    expect(reasonRefusal('withdrawCertificate', ' ')).toMatchObject({ field: 'reason', message: 'Withdrawing needs a reason.' });
  });
});

describe('who acts next', () => {
  const facts: NextStepFacts = { dueAt: '2027-02-26T14:02:00.000Z', overdue: false, openActionDueDates: [], today: '2027-01-10' };

  it('tells the acting party "you" and the others who it is', () => {
    const org = nextStep({ phase: 'SELF_EVALUATION', step: null }, 'ORGANISATION', facts);
    expect(org).toMatchObject({ party: 'ORGANISATION', actor: 'YOU', task: 'SELF_EVALUATE', dueAt: facts.dueAt, overdue: false });
    expect(nextStep({ phase: 'SELF_EVALUATION', step: null }, 'SECTOR_BODY', facts).actor).toBe('OTHER_PARTY');
    const inbox = nextStep({ phase: 'EXTERNAL_AUDIT', step: 'ENGAGEMENT_REQUESTED' }, 'CERTIFYING_INSTITUTION', facts);
    expect(inbox).toMatchObject({ party: 'CERTIFYING_INSTITUTION', actor: 'YOU', task: 'ACCEPT_ENGAGEMENT' });
  });

  it('hands the final report to the institution once the reply window has passed', () => {
    const pos = { phase: 'EXTERNAL_AUDIT', step: 'AWAITING_REPLY' } as const;
    expect(nextStep(pos, 'ORGANISATION', facts)).toMatchObject({ party: 'ORGANISATION', task: 'REPLY_TO_DRAFT' });
    expect(nextStep(pos, 'ORGANISATION', { ...facts, overdue: true })).toMatchObject({
      party: 'CERTIFYING_INSTITUTION',
      actor: 'OTHER_PARTY',
      task: 'ISSUE_FINAL_REPORT',
      overdue: true,
    });
  });

  it('keeps a certified organisation tracking its open actions, overdue ones flagged', () => {
    const certified = { phase: 'CERTIFIED', step: 'VALID' } as const;
    const step = nextStep(certified, 'ORGANISATION', { ...facts, dueAt: null, openActionDueDates: ['2027-03-01', '2026-12-01'] });
    expect(step).toMatchObject({ party: 'ORGANISATION', actor: 'YOU', task: 'TRACK_ACTIONS', dueOn: '2026-12-01', overdue: true, openActions: 2, overdueActions: 1 });
    expect(nextStep(certified, 'ORGANISATION', { ...facts, dueAt: null })).toMatchObject({ party: 'NOBODY', actor: 'NOBODY', task: 'NONE' });
  });

  it('has nobody act on an ended cycle', () => {
    expect(nextStep({ phase: 'REFUSED', step: null }, 'ORGANISATION', facts)).toMatchObject({ actor: 'NOBODY', task: 'ENDED', dueAt: null, overdue: false });
  });
});

describe('stage progress', () => {
  const facts: StageFacts = {
    step: 'AUDITING',
    normsScored: { done: 2, total: 3 },
    internalAuditsSettled: { done: 0, total: 0 },
    improvementPointsCovered: { done: 1, total: 2 },
    actionsDone: { done: 0, total: 0 },
  };

  it('counts what each stage is made of', () => {
    expect(stageMeasure('SELF_EVALUATION', 'DONE', facts)).toEqual({ key: 'norms', value: 2, max: 3 });
    expect(stageMeasure('EXTERNAL_AUDIT', 'CURRENT', facts)).toEqual({ key: 'externalSteps', value: 4, max: 7 });
    expect(stageMeasure('EXTERNAL_AUDIT', 'DONE', facts)).toEqual({ key: 'externalSteps', value: 7, max: 7 });
    expect(stageMeasure('IMPROVEMENT_PLAN', 'CURRENT', facts)).toEqual({ key: 'points', value: 1, max: 2 });
  });

  it('says what an empty or future stage waits for', () => {
    expect(stageMeasure('INTERNAL_AUDIT', 'CURRENT', facts)).toEqual({ key: 'noInternalAudits', value: 0, max: 1 });
    expect(stageMeasure('INTERNAL_AUDIT', 'DONE', facts)).toEqual({ key: 'done', value: 1, max: 1 });
    expect(stageMeasure('DECISION', 'UPCOMING', facts)).toEqual({ key: 'upcoming', value: 0, max: 1 });
    expect(stageMeasure('CERTIFIED', 'CURRENT', facts)).toEqual({ key: 'certified', value: 1, max: 1 });
  });
});
