import { Field, Int, ObjectType } from 'type-graphql';
import { UserSummary } from '../user/user-summary.view';

/** One auditor's running work, shown beside their name when a manager assigns an engagement. */
@ObjectType()
export class AuditorWorkload {
  @Field(() => UserSummary)
  auditor!: UserSummary;

  @Field(() => Int, { description: 'Cycles this auditor is assigned to (lead or co) that are between acceptance and the decision.' })
  openAudits!: number;

  @Field(() => Int, { description: 'Of openAudits, those led by this auditor.' })
  leading!: number;

  @Field(() => [String], { description: 'Confirmed audit days from today on (Europe/Amsterdam), earliest first, at most five.' })
  upcomingAuditDates!: string[];
}
