import {
  commandRefusal,
  contentRefusal,
  cyclePath,
  nextStep,
  peerRegistrationRefusal,
  peerStep,
  positionRefusal,
  stageMeasure,
  timeline,
  type ContentPosition,
  type Position,
} from '../../workflows/src/rules';

/** The peer path of a PEER_REVIEW cycle in the process model: stages, who acts, refusals, content windows. */

const facts = { dueAt: null, overdue: false, openActionDueDates: [] as string[], today: '2026-12-07' };
const at = (phase: Position['phase'], step: Position['step'] = null): Position => ({ phase, step });

describe('the peer path', () => {
  it('is the path of a PEER_REVIEW cycle, unless it already went the external way', () => {
    expect(cyclePath('PEER_REVIEW', 'INTERNAL_AUDIT')).toBe('PEER');
    expect(cyclePath('PEER_REVIEW', 'EXTERNAL_AUDIT')).toBe('EXTERNAL');
    expect(cyclePath('COMBINED', 'INTERNAL_AUDIT')).toBe('EXTERNAL');
    expect(cyclePath(null, 'PREPARATION')).toBe('EXTERNAL');
  });

  it('shows the peer stages on the timeline, and an expired entry on its register stage', () => {
    expect(timeline('PEER_ASSESSMENT', 'PEER_REVIEW').map((s) => `${s.stage}:${s.status}`)).toEqual([
      'PREPARATION:DONE',
      'SELF_EVALUATION:DONE',
      'INTERNAL_AUDIT:DONE',
      'PEER_ASSESSMENT:CURRENT',
      'REGISTERED:UPCOMING',
    ]);
    expect(timeline('EXPIRED', 'PEER_REVIEW').every((s) => s.status === 'DONE')).toBe(true);
    expect(timeline('EXTERNAL_AUDIT', 'EXTERNAL_AUDIT').map((s) => s.stage)).toContain('CERTIFIED');
  });

  it('moves through its steps as the group gets further', () => {
    expect(peerStep({ groupFormed: false, visitsAgreed: false, reportsFinal: false })).toBe('AWAITING_GROUP');
    expect(peerStep({ groupFormed: true, visitsAgreed: false, reportsFinal: false })).toBe('GROUP_FORMED');
    expect(peerStep({ groupFormed: true, visitsAgreed: true, reportsFinal: false })).toBe('VISITS_PLANNED');
    expect(peerStep({ groupFormed: true, visitsAgreed: true, reportsFinal: true })).toBe('REPORTS_FINAL');
  });

  it('asks the organisation, then the sector body, then tracks the actions', () => {
    const task = (p: Position, open: string[] = []) => nextStep(p, 'ORGANISATION', { ...facts, openActionDueDates: open });
    expect(task(at('PEER_ASSESSMENT', 'AWAITING_GROUP'))).toMatchObject({ party: 'ORGANISATION', actor: 'YOU', task: 'JOIN_PEER_GROUP' });
    expect(task(at('PEER_ASSESSMENT', 'GROUP_FORMED')).task).toBe('PLAN_PEER_VISITS');
    expect(task(at('PEER_ASSESSMENT', 'VISITS_PLANNED')).task).toBe('PEER_VISITS');
    expect(task(at('PEER_ASSESSMENT', 'REPORTS_FINAL'))).toMatchObject({ party: 'SECTOR_BODY', actor: 'OTHER_PARTY', task: 'REGISTER_PEER_REVIEW' });
    expect(task(at('REGISTERED'))).toMatchObject({ party: 'NOBODY', task: 'NONE' });
    expect(task(at('REGISTERED'), ['2026-12-01'])).toMatchObject({ task: 'TRACK_ACTIONS', openActions: 1, overdueActions: 1 });
  });

  it('refuses the external audit and the certificate, naming the peer path', () => {
    for (const command of ['engageCertifyingInstitution', 'issueFinalReport', 'decideCertification', 'suspendCertificate', 'withdrawCertificate'] as const) {
      const r = commandRefusal(command, { ...at('PEER_ASSESSMENT', 'VISITS_PLANNED'), overdue: false });
      expect(r).toMatchObject({ code: 'WRONG_PHASE', message: expect.stringMatching(/peer path \(PEER_REVIEW\)/), details: { path: 'PEER' } });
    }
    expect(positionRefusal('withdrawCertificate', at('REGISTERED'))?.code).toBe('WRONG_PHASE');
  });

  it('is registered only once every report of the group is final', () => {
    expect(peerRegistrationRefusal(at('PEER_ASSESSMENT', 'REPORTS_FINAL'))).toBeNull();
    expect(peerRegistrationRefusal(at('PEER_ASSESSMENT', 'VISITS_PLANNED'))).toMatchObject({ code: 'WRONG_PHASE' });
    expect(peerRegistrationRefusal(at('INTERNAL_AUDIT'))).toMatchObject({ code: 'WRONG_PHASE' });
  });

  it('opens the improvement actions once the reports are final, without a review, and tracks them once registered', () => {
    const content = (p: Position): ContentPosition => ({ ...p, selfEvaluationLocked: true });
    expect(contentRefusal('IMPROVEMENT_ACTIONS', content(at('PEER_ASSESSMENT', 'VISITS_PLANNED')))?.code).toBe('WRONG_PHASE');
    expect(contentRefusal('IMPROVEMENT_ACTIONS', content(at('PEER_ASSESSMENT', 'REPORTS_FINAL')))).toBeNull();
    expect(contentRefusal('IMPROVEMENT_ACTIONS', content(at('REGISTERED')))).toBeNull();
    expect(contentRefusal('ACTION_PROGRESS', content(at('REGISTERED')))).toBeNull();
  });

  it('measures the peer assessment by its steps', () => {
    const stage = { step: null, normsScored: { done: 0, total: 0 }, internalAuditsSettled: { done: 0, total: 0 }, improvementPointsCovered: { done: 0, total: 0 }, actionsDone: { done: 0, total: 0 } };
    expect(stageMeasure('PEER_ASSESSMENT', 'CURRENT', { ...stage, step: 'VISITS_PLANNED' })).toEqual({ key: 'peerSteps', value: 2, max: 3 });
    expect(stageMeasure('PEER_ASSESSMENT', 'DONE', stage)).toEqual({ key: 'peerSteps', value: 3, max: 3 });
    expect(stageMeasure('REGISTERED', 'CURRENT', stage)).toEqual({ key: 'registered', value: 1, max: 1 });
  });
});
