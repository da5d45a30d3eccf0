import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PartyKind } from '../user/role';
import type { Context } from '../../graphql/context';
import { RegisterArgs } from './register.args';
import { RegisterEntry, RegisterPage } from './register-entry.view';
import { CycleAction, type CycleActionName } from '../cycle/cycle-capabilities.view';

/** The public register, for municipalities, clients and anyone else: no login, on purpose. */
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
    description: "The certified cycle, for the sector body's register management (suspend, withdraw); null for everyone else and for a peer advisory assessment.",
  })
  cycleId(@Root() entry: RegisterEntry, @Ctx() ctx: Context): string | null {
    return ctx.user?.partyKind === PartyKind.SECTOR_BODY ? entry.cycleId : null;
  }

  @FieldResolver(() => [CycleAction], {
    description: "What you may do now on the certified cycle (its viewerCan, the allowed ones): the sector body's register management; empty for everyone else.",
  })
  async allowedActions(@Root() entry: RegisterEntry, @Ctx() ctx: Context): Promise<CycleActionName[]> {
    if (ctx.user?.partyKind !== PartyKind.SECTOR_BODY || !entry.cycleId) return [];
    const cycle = await ctx.loaders.cycleById.load(entry.cycleId);
    return cycle ? ctx.services.capabilities.viewerCan(ctx.user, cycle).filter((p) => p.allowed).map((p) => p.action) : [];
  }
}
