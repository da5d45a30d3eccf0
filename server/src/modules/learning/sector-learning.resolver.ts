import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../user/role';
import { SectorLearningFigures } from './sector-learning.service';

/** The sector body's view of learning between audits: anonymised, over at least five organisations (docs/learning.md). */
@Resolver(() => SectorLearningFigures)
export class SectorLearningResolver {
  @Authorized(Role.SECTOR_ADMIN, Role.SECTOR_DECIDER)
  @Query(() => SectorLearningFigures, { description: "The sector's learning figures for a year, from the organisations' learning year reports; only over at least five organisations." })
  sectorLearningFigures(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<SectorLearningFigures> {
    ctx.services.sectorOverview.assertMayView(ctx.user!);
    return ctx.services.sectorLearning.figures(ctx.em, year);
  }
}
