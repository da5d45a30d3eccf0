import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context';
import { Role } from '../user/role';
import { FrameworkVersionCommandInput } from './dto/framework-version-command.input';
import { ImportFrameworkVersionInput } from './dto/import-framework-version.input';
import { UpdateSchemeRulesInput } from './dto/update-scheme-rules.input';
import { UpdateVariantGuideInput } from './dto/update-variant-guide.input';
import { FrameworkVersion } from './framework-version.entity';
import { rememberEntity } from '../receipt/mutation-receipts';

/** The sector body's secretariat manages scheme versions; the service checks the role again, beside the data. */
@Resolver()
export class FrameworkAdminResolver {
  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => FrameworkVersion, {
    description:
      'Loads a framework version from a JSON or CSV file as a draft with placeholder rules. A file with problems is refused as a whole, with every problem and its line in extensions.importErrors.',
  })
  importFrameworkVersion(@Arg('input') input: ImportFrameworkVersionInput, @Ctx() ctx: Context): Promise<FrameworkVersion> {
    return this.once(ctx, 'importFrameworkVersion', input.clientMutationId, (tx) => ctx.services.frameworks.importVersion(tx, ctx.user!, input));
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => FrameworkVersion, { description: 'Offers a draft version, with at least one norm, to organisations for new cycles.' })
  publishFrameworkVersion(@Arg('input') input: FrameworkVersionCommandInput, @Ctx() ctx: Context): Promise<FrameworkVersion> {
    return this.once(ctx, 'publishFrameworkVersion', input.clientMutationId, (tx) => ctx.services.frameworks.publish(tx, ctx.user!, input));
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => FrameworkVersion, { description: 'Stops offering a published version for new cycles; cycles that use it keep it.' })
  retireFrameworkVersion(@Arg('input') input: FrameworkVersionCommandInput, @Ctx() ctx: Context): Promise<FrameworkVersion> {
    return this.once(ctx, 'retireFrameworkVersion', input.clientMutationId, (tx) => ctx.services.frameworks.retire(tx, ctx.user!, input));
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => FrameworkVersion, { description: 'Sets the rules of a draft version; published versions keep the rules their cycles rely on.' })
  updateSchemeRules(@Arg('input') input: UpdateSchemeRulesInput, @Ctx() ctx: Context): Promise<FrameworkVersion> {
    return this.once(ctx, 'updateSchemeRules', input.clientMutationId, (tx) => ctx.services.frameworks.updateRules(tx, ctx.user!, input));
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => FrameworkVersion, {
    description: 'Loads the decision tree organisations answer while preparing, replacing the placeholder; on draft and published versions.',
  })
  updateVariantGuide(@Arg('input') input: UpdateVariantGuideInput, @Ctx() ctx: Context): Promise<FrameworkVersion> {
    return this.once(ctx, 'updateVariantGuide', input.clientMutationId, (tx) => ctx.services.frameworks.updateVariantGuide(tx, ctx.user!, input));
  }

  /** A retried request (same clientMutationId) returns the version as the first one left it. */
  private once(ctx: Context, operation: string, clientMutationId: string, run: (tx: EntityManager) => Promise<FrameworkVersion>) {
    return ctx.services.receipts.once(ctx.em, ctx.user!, { operation, clientMutationId, run, remember: rememberEntity(FrameworkVersion, 'Framework version') });
  }
}
