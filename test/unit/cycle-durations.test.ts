import 'reflect-metadata';
import { loadConfig } from '../../server/src/config';
import { durationsFrom } from '../../server/src/modules/cycle/cycle-durations';
import { PLACEHOLDER_RULES } from '../../server/src/modules/framework/framework-rules';

describe('the durations a cycle pins from its framework version', () => {
  it('are the scheme durations as the sector body set them', () => {
    expect(durationsFrom(PLACEHOLDER_RULES, false)).toEqual({
      certificateValidity: { amount: 24, unit: 'MONTHS' },
      recertificationReminder: { amount: 6, unit: 'MONTHS' },
      selfEvaluationWindow: { amount: 12, unit: 'WEEKS' },
      draftReportReplyWindow: { amount: 14, unit: 'DAYS' },
      improvementPlanDue: { amount: 8, unit: 'WEEKS' },
    });
  });

  it('count in seconds only for a test fixture row, and only with TEST_SECONDS_DURATIONS', () => {
    const marked = { ...PLACEHOLDER_RULES, amountsInSecondsForTests: true };
    expect(durationsFrom(marked, false)).toEqual(durationsFrom(PLACEHOLDER_RULES, false));
    expect(durationsFrom(PLACEHOLDER_RULES, true)).toEqual(durationsFrom(PLACEHOLDER_RULES, false));
    expect(durationsFrom(marked, true)).toMatchObject({
      certificateValidity: { amount: 24, unit: 'SECONDS' },
      selfEvaluationWindow: { amount: 12, unit: 'SECONDS' },
      draftReportReplyWindow: { amount: 14, unit: 'SECONDS' },
    });
  });
});

describe('TEST_SECONDS_DURATIONS', () => {
  it('is off unless set, and refused in production', () => {
    expect(loadConfig({}).TEST_SECONDS_DURATIONS).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', TEST_SECONDS_DURATIONS: 'true' }).TEST_SECONDS_DURATIONS).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', TEST_SECONDS_DURATIONS: 'true' })).toThrow(/TEST_SECONDS_DURATIONS: is for tests only/);
    expect(loadConfig({ NODE_ENV: 'production', TEST_SECONDS_DURATIONS: 'false' }).TEST_SECONDS_DURATIONS).toBe(false);
  });
});
