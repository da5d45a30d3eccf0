import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { ORGANISATION_ROLES } from '../user/role';
import { SaveSelfEvaluationAnswerInput } from './dto/save-self-evaluation-answer.input';
import { SelfEvaluationAnswer } from './self-evaluation-answer.entity';

@Resolver(() => SelfEvaluationAnswer)
export class SelfEvaluationResolver {
  // Every organisation role: a member the quality officer named a delegate writes too; the service decides.
  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => SelfEvaluationAnswer, {
    description: "Autosaves a draft answer on one norm; only given fields change. The organisation's quality officers and internal auditors, and the cycle's delegates.",
  })
  saveSelfEvaluationAnswer(
    @Arg('input') input: SaveSelfEvaluationAnswerInput,
    @Ctx() ctx: Context,
  ): Promise<SelfEvaluationAnswer> {
    return applyOnce(ctx, 'saveSelfEvaluationAnswer', input, {
      run: (tx, user) => ctx.services.selfEvaluation.save(tx, user, input),
      remember: rememberEntity(SelfEvaluationAnswer, 'Self-evaluation answer'),
    });
  }

  @FieldResolver(() => ID)
  normId(@Root() answer: SelfEvaluationAnswer): string {
    return answer.norm.id;
  }

  @FieldResolver(() => String, { description: 'Who saved it last.' })
  async updatedByName(@Root() answer: SelfEvaluationAnswer): Promise<string> {
    return (await answer.updatedBy.loadOrFail()).name;
  }
}
