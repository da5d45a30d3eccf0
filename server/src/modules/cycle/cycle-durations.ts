import type { CycleDurations } from '../../../../workflows/src/rules';
import type { SchemeRules } from '../framework/framework-rules';

/** The durations a cycle's workflow runs with, taken from its framework version when it starts. */
export function durationsFrom(rules: SchemeRules): CycleDurations {
  return {
    certificateValidity: rules.certificateValidity,
    recertificationReminder: rules.recertificationReminder,
    selfEvaluationWindow: rules.selfEvaluationWindow,
    draftReportReplyWindow: rules.draftReportReplyWindow,
    improvementPlanDue: rules.improvementPlanDue,
  };
}
