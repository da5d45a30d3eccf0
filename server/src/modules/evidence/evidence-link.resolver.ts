import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { loaded } from '../access/references';
import { ActionStatus } from '../improvement-plan/improvement-action.entity';
import { Role } from '../user/role';
import { LinkEvidenceInput } from './dto/link-evidence.input';
import { UnlinkEvidenceInput } from './dto/unlink-evidence.input';
import { EvidenceLink } from './evidence-link.entity';
import { isLinkLocked } from './evidence-lock-rules';
import { Evidence } from './evidence.entity';
import { applyOnce, REMEMBER_ID, rememberEntity } from '../receipt/mutation-receipts';

@Resolver(() => EvidenceLink)
export class EvidenceLinkResolver {
  @Authorized(Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR)
  @Mutation(() => EvidenceLink, {
    description: 'Links evidence to a norm (with cycleId), a self-evaluation answer, an internal-audit finding or an improvement action; linking again returns the existing link.',
  })
  linkEvidence(@Arg('input') input: LinkEvidenceInput, @Ctx() ctx: Context): Promise<EvidenceLink> {
    return applyOnce(ctx, 'linkEvidence', input, {
      run: (tx, user) => ctx.services.evidence.links.link(tx, user, input),
      // A retried request answers with the link it made, unless that was unlinked since.
      remember: rememberEntity(EvidenceLink, 'Evidence link'),
    });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR)
  @Mutation(() => ID, { description: 'Removes a link, unless the phase it belongs to was submitted (LOCKED); returns its ID.' })
  unlinkEvidence(@Arg('input') input: UnlinkEvidenceInput, @Ctx() ctx: Context): Promise<string> {
    return applyOnce(ctx, 'unlinkEvidence', input, {
      run: (tx, user) => ctx.services.evidence.links.unlink(tx, user, input),
      remember: REMEMBER_ID,
    });
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() link: EvidenceLink): Promise<Evidence> {
    return loaded(link.evidence, 'Evidence');
  }

  @FieldResolver(() => ID)
  cycleId(@Root() link: EvidenceLink): string {
    return link.cycle.id;
  }

  @FieldResolver(() => ID, { nullable: true })
  normId(@Root() link: EvidenceLink): string | null {
    return link.norm?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async normCode(@Root() link: EvidenceLink): Promise<string | null> {
    return link.norm ? (await link.norm.loadOrFail()).code : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  selfEvaluationAnswerId(@Root() link: EvidenceLink): string | null {
    return link.selfEvaluationAnswer?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true })
  internalAuditFindingId(@Root() link: EvidenceLink): string | null {
    return link.internalAuditFinding?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true })
  improvementActionId(@Root() link: EvidenceLink): string | null {
    return link.improvementAction?.id ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True once the phase it belongs to was submitted: it can no longer be unlinked.' })
  async locked(@Root() link: EvidenceLink): Promise<boolean> {
    // References load through MikroORM's dataloader: the cycles and actions of a whole list come in one query each.
    // An action deleted meanwhile took this link along, so what `locked` says of it no longer matters: no error.
    const [cycle, action] = await Promise.all([loaded(link.cycle, 'Cycle'), link.improvementAction?.load() ?? null]);
    return isLinkLocked(link.linkedInPhase, cycle, action?.status === ActionStatus.DONE);
  }

  @FieldResolver(() => String, { description: 'Who made the link.' })
  async linkedByName(@Root() link: EvidenceLink): Promise<string> {
    return (await link.linkedBy.loadOrFail()).name;
  }
}
