import { Authorized, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../user/role';
import { NormFindingCount, PhaseCount, PhaseDuration, SectorOverview, VariantCount } from './sector-overview.views';

/** The sector body's dashboard figures. The role gate is on the query; the fields need no check of their own. */
@Resolver(() => SectorOverview)
export class SectorOverviewResolver {
  @Authorized(Role.SECTOR_ADMIN, Role.SECTOR_DECIDER)
  @Query(() => SectorOverview, { description: 'Sector-wide figures for the sector body.' })
  sectorOverview(@Ctx() ctx: Context): SectorOverview {
    ctx.services.sectorOverview.assertMayView(ctx.user!);
    return new SectorOverview();
  }

  @FieldResolver(() => [PhaseCount], { description: 'Open cycles per phase, every phase listed.' })
  countsPerPhase(@Ctx() ctx: Context): Promise<PhaseCount[]> {
    return ctx.services.sectorOverview.countsPerPhase(ctx.em);
  }

  @FieldResolver(() => [VariantCount], { description: 'Open cycles per assessment variant, every variant listed.' })
  countsPerVariant(@Ctx() ctx: Context): Promise<VariantCount[]> {
    return ctx.services.sectorOverview.countsPerVariant(ctx.em);
  }

  @FieldResolver(() => [PhaseDuration], { description: 'Average time spent per phase, every phase listed.' })
  timePerPhase(@Ctx() ctx: Context): Promise<PhaseDuration[]> {
    return ctx.services.sectorOverview.timePerPhase(ctx.em);
  }

  @FieldResolver(() => [NormFindingCount], {
    description: 'Audit findings per norm across the sector, most "does not meet" plus "partly meets" first.',
  })
  normFindings(@Ctx() ctx: Context): Promise<NormFindingCount[]> {
    return ctx.services.sectorOverview.normFindings(ctx.em);
  }

  @FieldResolver(() => Int, { description: 'Open cycles past their deadline.' })
  overdueCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.sectorOverview.overdueCount(ctx.em);
  }

  @FieldResolver(() => Int, { description: 'Organisations whose valid certificate ends within 90 days.' })
  expiringWithin90Days(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.sectorOverview.expiringWithin90Days(ctx.em);
  }
}
