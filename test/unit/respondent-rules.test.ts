import { endOfDueDate, reminderMoment, respondentDueDateRefusal, respondentSubmittedRefusal } from '../../workflows/src/rules';

describe("a respondent's due date", () => {
  it('lies today or later, and not after a running self-evaluation deadline', () => {
    expect(respondentDueDateRefusal('2026-12-06', { today: '2026-12-06', latest: null })).toBeNull();
    expect(respondentDueDateRefusal('2026-12-05', { today: '2026-12-06', latest: null })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    expect(respondentDueDateRefusal('2026-12-20', { today: '2026-12-06', latest: '2026-12-20' })).toBeNull();
    expect(respondentDueDateRefusal('2026-12-21', { today: '2026-12-06', latest: '2026-12-20' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
  });

  it('ends at midnight in Amsterdam, in winter and in summer time', () => {
    expect(new Date(endOfDueDate('2026-12-06')).toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(new Date(endOfDueDate('2026-07-01')).toISOString()).toBe('2026-07-01T22:00:00.000Z');
    // The night the clocks go back: the next day still starts at 22:00 UTC.
    expect(new Date(endOfDueDate('2026-10-24')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('is reminded of when a quarter of the time from the invitation is left', () => {
    const invited = Date.parse('2026-12-01T23:00:00Z');
    expect(new Date(reminderMoment(invited, endOfDueDate('2026-12-05'))).toISOString()).toBe('2026-12-04T23:00:00.000Z');
  });

  it('is the last word once submitted', () => {
    expect(respondentSubmittedRefusal(false)).toBeNull();
    expect(respondentSubmittedRefusal(true)).toMatchObject({ code: 'LOCKED' });
  });
});
