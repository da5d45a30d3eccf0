import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PartyKind } from '../user/role';
import type { Context } from '../../graphql/context';
import { RegisterArgs } from './register.args';
import { RegisterEntry, RegisterPage } from './register-entry.view';

/** The public register (PRODUCT.md §4): no login, on purpose. */
@Resolver(() => RegisterEntry)
export class RegisterResolver {
  @Query(() => RegisterPage, {
    description: 'Valid and suspended certificates, alphabetical by organisation name. Open to everyone.',
  })
  register(@Args() args: RegisterArgs, @Ctx() ctx: Context) {
    return ctx.services.register.list(ctx.em, args.first, args.after, args.search);
  }

  @Query(() => RegisterEntry, {
    nullable: true,
    description: 'The register entry of a certificate number in any status (also withdrawn or expired); null when unknown.',
  })
  verifyCertificate(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<RegisterEntry | null> {
    return ctx.services.register.verify(ctx.em, number);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The certified cycle, for the sector body's register management (suspend, withdraw); null for everyone else.",
  })
  cycleId(@Root() entry: RegisterEntry, @Ctx() ctx: Context): string | null {
    return ctx.user?.partyKind === PartyKind.SECTOR_BODY ? entry.cycleId : null;
  }
}
