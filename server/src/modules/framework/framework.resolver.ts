import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { GuideAnswerInput } from '../cycle/dto/complete-preparation.input';
import { recommendationFor, VariantRecommendation } from './variant-recommendation';
import { notFound } from '../../common/errors';
import type { Context } from '../../graphql/context';
import { IdArgs } from '../../common/id-args';
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

  @Authorized()
  @Query(() => FrameworkVersion, { description: 'One version by its ID: a published or retired one for everyone signed in, a draft for the sector body only.' })
  async frameworkVersion(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<FrameworkVersion> {
    const version = await ctx.em.findOne(FrameworkVersion, { id });
    // Cycles keep the version they started on, so a retired one stays readable; drafts are the sector body's work.
    if (!version || !ctx.services.policy.canSeeFrameworkVersion(ctx.user!, version)) throw notFound('Framework version');
    return version;
  }

  @FieldResolver(() => [FrameworkCategory])
  categories(@Root() version: FrameworkVersion): Promise<FrameworkCategory[]> {
    return version.categories.loadItems();
  }

  @FieldResolver(() => [Competency])
  competencies(@Root() version: FrameworkVersion): Promise<Competency[]> {
    return version.competencies.loadItems();
  }

  @FieldResolver(() => VariantRecommendation, {
    description:
      "Where these answers lead in the version's decision tree: the next question, or at the end the recommended variant and scope. Answers that do not follow the tree are BAD_USER_INPUT naming the answer.",
  })
  variantRecommendation(@Root() version: FrameworkVersion, @Arg('answers', () => [GuideAnswerInput]) answers: GuideAnswerInput[]): VariantRecommendation {
    return recommendationFor(version.variantGuide, answers);
  }
}

@Resolver(() => FrameworkCategory)
export class FrameworkCategoryResolver {
  // Through the request's loader: one query for the norms of every category asked for (framework.loaders.ts).
  @FieldResolver(() => [Norm])
  norms(@Root() category: FrameworkCategory, @Ctx() ctx: Context): Promise<Norm[]> {
    return ctx.loaders.framework.normsByCategory.load(category.id);
  }
}

@Resolver(() => Norm)
export class NormResolver {
  // By ID, not the entity's collection: norms also come as plain objects from normsByCategory.
  @FieldResolver(() => [Competency])
  competencies(@Root() norm: Norm, @Ctx() ctx: Context): Promise<Competency[]> {
    return ctx.loaders.framework.competenciesByNorm.load(norm.id);
  }
}
