import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AWARD_RULES, type AwardRuleName } from '../../../../workflows/src/rules';
import { enumObject } from '../cycle/cycle-enums';

/**
 * Scheme rules of a framework version. The official values are not public; the defaults below are
 * placeholders chosen by LabelCycle, flagged with `placeholder: true` and shown as such, and the sector
 * body edits them per version. A scheme counts in days, weeks and months only: the durations of seconds that
 * tests run whole cycles with come from a test-only marker on the stored row, not from a public unit (see
 * cycle-durations.ts).
 */

export enum DurationUnit {
  DAYS = 'DAYS',
  WEEKS = 'WEEKS',
  MONTHS = 'MONTHS',
}
registerEnumType(DurationUnit, { name: 'DurationUnit' });

/** The award rules the process model knows (awardBlockingNorms), as a GraphQL enum. */
export const AwardRule = enumObject<AwardRuleName>(AWARD_RULES);
export type AwardRule = AwardRuleName;
registerEnumType(AwardRule, { name: 'AwardRule' });

@ObjectType('SchemeDuration')
@InputType('SchemeDurationInput')
export class SchemeDuration {
  @Field(() => Int)
  amount!: number;

  @Field(() => DurationUnit)
  unit!: DurationUnit;
}

@ObjectType('AuditDaysBand')
@InputType('AuditDaysBandInput')
export class AuditDaysBand {
  @Field(() => Float, { description: 'Upper bound (inclusive) of the FTE band; null means no upper bound.', nullable: true })
  maxFte!: number | null;

  @Field(() => Float)
  days!: number;
}

@ObjectType()
export class SchemeRules {
  @Field({ description: 'True while these are LabelCycle placeholders rather than values set by the sector body.' })
  placeholder!: boolean;

  @Field(() => SchemeDuration)
  certificateValidity!: SchemeDuration;

  @Field(() => SchemeDuration, { description: 'How long before expiry the recertification reminder goes out.' })
  recertificationReminder!: SchemeDuration;

  @Field(() => SchemeDuration)
  selfEvaluationWindow!: SchemeDuration;

  @Field(() => SchemeDuration)
  draftReportReplyWindow!: SchemeDuration;

  @Field(() => SchemeDuration)
  improvementPlanDue!: SchemeDuration;

  @Field(() => AwardRule)
  awardRule!: AwardRule;

  @Field(() => [AuditDaysBand])
  auditDaysTable!: AuditDaysBand[];

  @Field(() => SchemeDuration, {
    nullable: true,
    description: "How long a peer auditor's training counts; null where it was never set: the placeholder of 24 months applies.",
  })
  peerAuditorTrainingValidity?: SchemeDuration | null;

  @Field(() => SchemeDuration, {
    nullable: true,
    description: 'How long a registered peer advisory assessment counts in the register; null where it was never set: the placeholder of 24 months applies.',
  })
  peerReviewValidity?: SchemeDuration | null;

  @Field(() => SchemeDuration, {
    nullable: true,
    description: 'How long a formed peer group has to agree its visits (every visit confirmed); null where it was never set: the placeholder of 8 weeks applies.',
  })
  peerVisitSchedulingWindow?: SchemeDuration | null;

  @Field(() => SchemeDuration, {
    nullable: true,
    description: "How long a peer group has, once its visits are agreed, to make every learning report final; null where it was never set: the placeholder of 12 weeks applies.",
  })
  peerReportingWindow?: SchemeDuration | null;
}

/** The training validity of rules that may predate it (stored before the rule existed, or set without it). */
export function peerAuditorTrainingValidity(rules: SchemeRules): SchemeDuration {
  return rules.peerAuditorTrainingValidity ?? PLACEHOLDER_RULES.peerAuditorTrainingValidity!;
}

/** The validity of a peer assessment's register entry, for rules that may predate it. */
export function peerReviewValidity(rules: SchemeRules): SchemeDuration {
  return rules.peerReviewValidity ?? PLACEHOLDER_RULES.peerReviewValidity!;
}

/** The peer group's deadlines, for rules that may predate them: agreeing the visits, then making the reports final. */
export function peerGroupWindows(rules: SchemeRules): { visitScheduling: SchemeDuration; reporting: SchemeDuration } {
  return {
    visitScheduling: rules.peerVisitSchedulingWindow ?? PLACEHOLDER_RULES.peerVisitSchedulingWindow!,
    reporting: rules.peerReportingWindow ?? PLACEHOLDER_RULES.peerReportingWindow!,
  };
}

export const PLACEHOLDER_RULES: SchemeRules = {
  placeholder: true,
  certificateValidity: { amount: 24, unit: DurationUnit.MONTHS },
  recertificationReminder: { amount: 6, unit: DurationUnit.MONTHS },
  selfEvaluationWindow: { amount: 12, unit: DurationUnit.WEEKS },
  draftReportReplyWindow: { amount: 14, unit: DurationUnit.DAYS },
  improvementPlanDue: { amount: 8, unit: DurationUnit.WEEKS },
  awardRule: AwardRule.NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION,
  auditDaysTable: [
    { maxFte: 25, days: 1 },
    { maxFte: 100, days: 2 },
    { maxFte: 250, days: 3 },
    { maxFte: null, days: 4 },
  ],
  peerAuditorTrainingValidity: { amount: 24, unit: DurationUnit.MONTHS },
  peerReviewValidity: { amount: 24, unit: DurationUnit.MONTHS },
  // The scheme names no terms for a peer group's work: LabelCycle's own assumption until the sector body sets them.
  peerVisitSchedulingWindow: { amount: 8, unit: DurationUnit.WEEKS },
  peerReportingWindow: { amount: 12, unit: DurationUnit.WEEKS },
};

/** The rules as the sector body sets them; stored with `placeholder: false`. Checked by validateSchemeRules. */
@InputType()
export class SchemeRulesInput {
  @Field(() => SchemeDuration)
  certificateValidity!: SchemeDuration;

  @Field(() => SchemeDuration, { description: 'How long before expiry the recertification reminder goes out; shorter than the validity.' })
  recertificationReminder!: SchemeDuration;

  @Field(() => SchemeDuration)
  selfEvaluationWindow!: SchemeDuration;

  @Field(() => SchemeDuration)
  draftReportReplyWindow!: SchemeDuration;

  @Field(() => SchemeDuration)
  improvementPlanDue!: SchemeDuration;

  @Field(() => AwardRule)
  awardRule!: AwardRule;

  @Field(() => [AuditDaysBand], {
    description: 'FTE bands in increasing order; the last, and only the last, has maxFte null (no upper bound).',
  })
  auditDaysTable!: AuditDaysBand[];

  @Field(() => SchemeDuration, { nullable: true, description: "How long a peer auditor's training counts; leave out to keep the placeholder." })
  peerAuditorTrainingValidity?: SchemeDuration | null;

  @Field(() => SchemeDuration, { nullable: true, description: 'How long a registered peer advisory assessment counts; leave out to keep the placeholder.' })
  peerReviewValidity?: SchemeDuration | null;

  @Field(() => SchemeDuration, { nullable: true, description: 'How long a formed peer group has to agree its visits; at most a year; leave out to keep the placeholder.' })
  peerVisitSchedulingWindow?: SchemeDuration | null;

  @Field(() => SchemeDuration, { nullable: true, description: 'How long a peer group has to make its learning reports final once its visits are agreed; at most a year; leave out to keep the placeholder.' })
  peerReportingWindow?: SchemeDuration | null;
}
