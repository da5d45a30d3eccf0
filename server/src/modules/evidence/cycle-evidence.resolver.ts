import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Cycle } from '../cycle/cycle.entity';
import { Role } from '../user/role';
import { ConfirmEvidenceStillValidInput } from './dto/confirm-evidence-still-valid.input';
import { EvidenceCarryOverCandidate } from './evidence-carry-over.view';
import { EvidenceLink } from './evidence-link.entity';

@Resolver(() => Cycle)
export class CycleEvidenceResolver {
  @FieldResolver(() => [EvidenceLink], { description: "The cycle's evidence links, in the order they were made; filter by normId for one norm." })
  evidenceLinks(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<EvidenceLink[]> {
    return ctx.services.evidence.links.linksOf(ctx.user!, cycle, ctx.loaders.evidence);
  }

  @FieldResolver(() => [EvidenceCarryOverCandidate], {
    description: 'Evidence linked in the previous cycle, with the "still valid?" answer so far (members of the organisation only).',
  })
  evidenceCarryOver(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<EvidenceCarryOverCandidate[]> {
    return ctx.services.evidence.carryOver.candidates(ctx.em, ctx.user!, cycle);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR)
  @Mutation(() => EvidenceCarryOverCandidate, {
    description: "Answers whether evidence of the previous cycle is still valid for this one (while the self-evaluation is open).",
  })
  confirmEvidenceStillValid(@Arg('input') input: ConfirmEvidenceStillValidInput, @Ctx() ctx: Context): Promise<EvidenceCarryOverCandidate> {
    return ctx.services.evidence.carryOver.answer(ctx.em, ctx.user!, input);
  }
}
