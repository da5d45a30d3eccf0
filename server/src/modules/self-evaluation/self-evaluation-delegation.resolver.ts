import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Cycle } from '../cycle/cycle.entity';
import { rememberEntity, applyOnce } from '../receipt/mutation-receipts';
import { Role } from '../user/role';
import { UserSummary, userSummary } from '../user/user-summary.view';
import { SelfEvaluationDelegationInput } from './dto/self-evaluation-delegation.input';

@Resolver(() => Cycle)
export class SelfEvaluationDelegationResolver {
  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, {
    description: "Lets a member of the cycle's organisation write its consolidated self-evaluation answers while the self-evaluation is open. Quality officers only.",
  })
  delegateSelfEvaluation(@Arg('input') input: SelfEvaluationDelegationInput, @Ctx() ctx: Context): Promise<Cycle> {
    return applyOnce(ctx, 'delegateSelfEvaluation', input, {
      run: (tx, user) => ctx.services.selfEvaluationDelegation.delegate(tx, user, input),
      remember: rememberEntity(Cycle, 'Cycle'),
    });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, { description: 'Takes back what delegateSelfEvaluation gave. Quality officers only.' })
  withdrawSelfEvaluationDelegation(@Arg('input') input: SelfEvaluationDelegationInput, @Ctx() ctx: Context): Promise<Cycle> {
    return applyOnce(ctx, 'withdrawSelfEvaluationDelegation', input, {
      run: (tx, user) => ctx.services.selfEvaluationDelegation.withdraw(tx, user, input),
      remember: rememberEntity(Cycle, 'Cycle'),
    });
  }

  @FieldResolver(() => [UserSummary], {
    description: 'Members named to write the consolidated self-evaluation answers, by name. Visible to the organisation\'s members only.',
  })
  async selfEvaluationDelegates(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<UserSummary[]> {
    return (await ctx.services.selfEvaluationDelegation.delegates(ctx.em, ctx.user!, cycle)).map(userSummary);
  }
}
