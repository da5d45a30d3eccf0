/**
 * The positions a cycle on the external path stands in after each command, in order, up to the decision: the
 * phases before the external audit and then the steps. What drives a cycle somewhere (the demo sector's seed,
 * the tests' cycle driver) walks this list and adds where its walk ends.
 */
export const EXTERNAL_PATH_STATIONS = [
  'PREPARATION',
  'SELF_EVALUATION',
  'INTERNAL_AUDIT',
  'AWAITING_ENGAGEMENT',
  'ENGAGEMENT_REQUESTED',
  'SCHEDULING',
  'DATES_PROPOSED',
  'AUDITING',
  'AWAITING_REPLY',
  'REPLIED',
  'DRAFTING',
  'SUBMITTED',
  'AWAITING_DECISION',
] as const;
