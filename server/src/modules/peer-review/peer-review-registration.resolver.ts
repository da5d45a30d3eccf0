import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { Role } from '../user/role';
import { RegisterPeerReviewInput } from './dto/peer-finding.inputs';
import { PeerReviewRegistration } from './peer-review-registration.entity';
import { PeerVisit } from './peer-visit.entity';

@Resolver(() => PeerReviewRegistration)
export class PeerReviewRegistrationResolver {
  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => PeerReviewRegistration, {
    description: 'Registers the peer advisory assessment of a visit whose learning report is final: a register entry of its own kind, without certificate or award (sector body).',
  })
  registerPeerReview(@Arg('input') input: RegisterPeerReviewInput, @Ctx() ctx: Context): Promise<PeerReviewRegistration> {
    return applyOnce(ctx, 'registerPeerReview', input, {
      run: (tx, user) => ctx.services.peerReviewRegistrations.register(tx, user, input),
      remember: rememberEntity(PeerReviewRegistration, 'Peer review registration'),
    });
  }

  @FieldResolver(() => ID)
  peerVisitId(@Root() entry: PeerReviewRegistration): string {
    return entry.visit.id;
  }

  @FieldResolver(() => ID, { description: 'The peer group the assessment was made in.' })
  peerGroupId(@Root() entry: PeerReviewRegistration): string {
    return entry.group.id;
  }

  @FieldResolver(() => String)
  async organisationName(@Root() entry: PeerReviewRegistration): Promise<string> {
    return (await entry.organisation.loadOrFail()).name;
  }
}

/** Whether a visit's assessment is registered, for everyone who sees the visit. */
@Resolver(() => PeerVisit)
export class PeerVisitRegistrationResolver {
  @FieldResolver(() => PeerReviewRegistration, { nullable: true, description: 'The register entry of this assessment; null until the sector body registered it.' })
  registration(@Root() visit: PeerVisit, @Ctx() ctx: Context): Promise<PeerReviewRegistration | null> {
    return ctx.loaders.peerReview.registrationByVisit.load(visit.id);
  }
}
