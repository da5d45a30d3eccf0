import { assignmentRefusal, trainingStatus, trainingValidUntil } from '../../server/src/modules/peer-review/peer-auditor-eligibility';

const TWO_YEARS = { amount: 24, unit: 'MONTHS' as const };

describe('whether a peer auditor may be assigned', () => {
  it('counts a training up to the day before the same date a validity later', () => {
    expect(trainingValidUntil('2025-03-01', TWO_YEARS)).toBe('2027-02-28');
    expect(trainingValidUntil('2026-01-10', { amount: 6, unit: 'WEEKS' })).toBe('2026-02-20');
    expect(trainingValidUntil(null, TWO_YEARS)).toBeNull();
  });

  it.each([
    [null, '2026-06-01', 'UNTRAINED'],
    ['2025-03-01', '2027-02-28', 'VALID'],
    ['2025-03-01', '2027-03-01', 'EXPIRED'],
  ])('trained on %s, on %s: %s', (trainedOn, onDate, status) => {
    expect(trainingStatus(trainedOn, TWO_YEARS, onDate)).toBe(status);
  });

  it.each([
    ['an auditor of the visited organisation, however well trained', { organisationId: 'org-a', trainedOn: '2026-01-01' }, 'OWN_ORGANISATION'],
    ['an auditor without a training', { organisationId: 'org-b', trainedOn: null }, 'UNTRAINED'],
    ['an auditor whose training expired before the visit', { organisationId: 'org-b', trainedOn: '2024-01-01' }, 'TRAINING_EXPIRED'],
    ['a trained auditor of another organisation', { organisationId: 'org-b', trainedOn: '2026-01-01' }, null],
  ])('refuses %s: %s', (_who, auditor, refusal) => {
    expect(assignmentRefusal(auditor, 'org-a', '2026-06-01', TWO_YEARS)).toBe(refusal);
  });
});
