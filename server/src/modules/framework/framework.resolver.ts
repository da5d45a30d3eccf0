import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PartyKind } from '../user/role';
import { Competency } from './competency.entity';
import { FrameworkCategory } from './framework-category.entity';
import { FrameworkStatus, FrameworkVersion } from './framework-version.entity';
import { Norm } from './norm.entity';

@Resolver(() => FrameworkVersion)
export class FrameworkVersionResolver {
  @Authorized()
  @Query(() => [FrameworkVersion], { description: 'Published versions; the sector body also sees drafts and retired ones.' })
  frameworkVersions(@Ctx() ctx: Context): Promise<FrameworkVersion[]> {
    const all = ctx.user!.partyKind === PartyKind.SECTOR_BODY;
    return ctx.em.find(
      FrameworkVersion,
      all ? {} : { status: FrameworkStatus.PUBLISHED },
      { orderBy: { effectiveDate: 'desc', name: 'asc' } },
    );
  }

  @FieldResolver(() => [FrameworkCategory])
  categories(@Root() version: FrameworkVersion): Promise<FrameworkCategory[]> {
    return version.categories.loadItems();
  }

  @FieldResolver(() => [Competency])
  competencies(@Root() version: FrameworkVersion): Promise<Competency[]> {
    return version.competencies.loadItems();
  }
}

@Resolver(() => FrameworkCategory)
export class FrameworkCategoryResolver {
  @FieldResolver(() => [Norm])
  norms(@Root() category: FrameworkCategory): Promise<Norm[]> {
    return category.norms.loadItems();
  }
}

@Resolver(() => Norm)
export class NormResolver {
  @FieldResolver(() => [Competency])
  competencies(@Root() norm: Norm): Promise<Competency[]> {
    return norm.competencies.loadItems();
  }
}
