import type { CycleDurations, SchemeDuration } from '../../../../workflows/src/rules';
import type { SchemeRules } from '../framework/framework-rules';

/**
 * The rules as a framework version row stores them. Besides the public rules, a row that the test fixtures
 * write straight to the database may carry `amountsInSecondsForTests`. Neither the API nor the import can
 * set it (they store only the public fields, see toStoredRules), and it is no GraphQL field: the public
 * DurationUnit stays DAYS, WEEKS and MONTHS, and these rows read like any other in the API.
 *
 * Why this way: tests run whole cycles on a real Temporal server with real timers, which needs durations of
 * seconds, and the scheme's durations are data pinned into each workflow at start. A SECONDS unit in the
 * public enum would offer a scheme of seconds to every sector body, and storing SECONDS in a row would
 * break every read of that row's rules through the public enum. The demo seed's history version carries the
 * marker too, written the same way, so that certificates expire and are renewed while the seed waits.
 */
export interface StoredSchemeRules extends SchemeRules {
  amountsInSecondsForTests?: boolean;
}

/**
 * The durations a cycle's workflow runs with, taken from its framework version when it starts.
 * `testSecondsDurations` is the TEST_SECONDS_DURATIONS setting, which the config refuses in production;
 * without it the test marker is ignored.
 */
export function durationsFrom(rules: StoredSchemeRules, testSecondsDurations: boolean): CycleDurations {
  // The workflow keeps a SECONDS unit for this path only.
  const pin = (d: SchemeDuration): SchemeDuration =>
    testSecondsDurations && rules.amountsInSecondsForTests === true ? { amount: d.amount, unit: 'SECONDS' } : { amount: d.amount, unit: d.unit };
  return {
    certificateValidity: pin(rules.certificateValidity),
    recertificationReminder: pin(rules.recertificationReminder),
    selfEvaluationWindow: pin(rules.selfEvaluationWindow),
    draftReportReplyWindow: pin(rules.draftReportReplyWindow),
    improvementPlanDue: pin(rules.improvementPlanDue),
  };
}
