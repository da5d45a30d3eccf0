import { isUUID } from 'class-validator';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors';
import type { Context } from '../../graphql/context';
import { Cycle } from '../cycle/cycle.entity';
import { Organisation } from './organisation.entity';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => Organisation, { description: 'One organisation, if you may see it.' })
  async organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organisation> {
    if (!isUUID(id)) throw notFound('Organisation');
    ctx.services.policy.assertCanReadOrganisation(ctx.user!, id);
    const org = await ctx.em.findOne(Organisation, { id });
    if (!org) throw notFound('Organisation');
    return org;
  }

  @FieldResolver(() => Cycle, { nullable: true, description: 'The cycle that is still open, if any.' })
  currentCycle(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Cycle | null> {
    return ctx.services.cycles.currentForOrganisation(ctx.em, ctx.user!, org.id);
  }
}

