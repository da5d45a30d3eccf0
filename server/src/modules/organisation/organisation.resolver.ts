import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { SortedPageArgs } from '../../common/keyset-cursor';
import { IdArgs } from '../../common/id-args';
import type { Context } from '../../graphql/context';
import { Certificate } from '../certificate/certificate.entity';
import { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';
import { UserSummary, userSummary } from '../user/user-summary.view';
import { OrganisationFilter } from './dto/organisation-filter.input';
import { OrganisationPage } from './organisation-page';
import { Organisation } from './organisation.entity';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => Organisation, { description: 'One organisation, if you may see it.' })
  organisation(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.services.organisations.get(ctx.em, ctx.user!, id);
  }

  @Authorized()
  @Query(() => OrganisationPage, {
    description: 'The organisations you may see, alphabetical by name: the sector body all, an organisation itself, a certifying institution those with cycles it may see.',
  })
  organisations(
    @Args() page: SortedPageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organisations.list(ctx.em, ctx.user!, page.first, page.after, filter);
  }

  @FieldResolver(() => Cycle, { nullable: true, description: 'The cycle that is still open, if any (and if you may see it).' })
  async currentCycle(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Cycle | null> {
    const cycle = await ctx.loaders.organisation.currentCycle.load(org.id);
    // Every way to an organisation checks that it may be read; its open cycle may still belong to another
    // certifying institution than the caller's, and then it stays hidden as in `cycle(id)`.
    return cycle && ctx.user && ctx.services.policy.canReadCycle(ctx.user, cycle) ? cycle : null;
  }

  @FieldResolver(() => [UserSummary], {
    description: "Its people, by name (for planning internal audits); visible to the organisation's own members only.",
  })
  async members(@Root() org: Organisation, @Ctx() ctx: Context): Promise<UserSummary[]> {
    if (ctx.user?.organisation?.id !== org.id) return [];
    const users = await ctx.em.find(User, { organisation: org.id }, { orderBy: { name: 'asc', id: 'asc' } });
    return users.map(userSummary);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The newest valid or suspended certificate, as in the register.' })
  certificate(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Certificate | null> {
    return ctx.loaders.organisation.currentCertificate.load(org.id);
  }
}
