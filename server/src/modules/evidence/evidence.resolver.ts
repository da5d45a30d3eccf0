import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IdArgs } from '../../common/id-args';
import { PageOf } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { ORGANISATION_ROLES, Role } from '../user/role';
import { AddEvidenceVersionInput } from './dto/add-evidence-version.input';
import { DeleteEvidenceInput } from './dto/delete-evidence.input';
import { EvidenceLibraryArgs } from './dto/evidence-library.args';
import { EvidenceLink } from './evidence-link.entity';
import { Evidence } from './evidence.entity';
import { EvidenceUploadRules } from './evidence-upload-rules.view';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';

export const EvidencePage = PageOf(Evidence, 'EvidencePage');

@Resolver(() => Evidence)
export class EvidenceResolver {
  @Authorized(...ORGANISATION_ROLES)
  @Query(() => EvidencePage, { description: "Your organisation's evidence library: the newest version of each document, newest first." })
  evidence(@Args() args: EvidenceLibraryArgs, @Ctx() ctx: Context) {
    return ctx.services.evidence.library.list(ctx.em, ctx.user!, args.first, args.after, args.search);
  }

  @Authorized()
  @Query(() => Evidence, {
    description:
      'One evidence file (one version of a document) by its ID, for whoever may download it: its organisation, and those who may see a cycle it is linked in.',
  })
  evidenceFile(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<Evidence> {
    return ctx.services.evidence.library.readable(ctx.em, ctx.user!, id);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => EvidenceUploadRules, { description: "The size limit and the types POST /evidence accepts, and your organisation's storage quota and use." })
  evidenceUploadRules(@Ctx() ctx: Context): Promise<EvidenceUploadRules> {
    return ctx.services.evidence.uploadRules(ctx.em, ctx.user!);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR)
  @Mutation(() => Evidence, { description: 'Makes an uploaded file the next version of a document; the older version stays available.' })
  addEvidenceVersion(@Arg('input') input: AddEvidenceVersionInput, @Ctx() ctx: Context): Promise<Evidence> {
    return applyOnce(ctx, 'addEvidenceVersion', input, {
      run: (tx, user) => ctx.services.evidence.library.addVersion(tx, user, input),
      remember: rememberEntity(Evidence, 'Evidence'),
    });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR)
  @Mutation(() => ID, { description: 'Deletes the newest version of a document, unless a submitted phase holds it (LOCKED); returns its ID.' })
  deleteEvidence(@Arg('input') input: DeleteEvidenceInput, @Ctx() ctx: Context): Promise<string> {
    return ctx.services.evidence.library.delete(ctx.em, ctx.user!, input);
  }

  @FieldResolver(() => String, { description: 'Where to download it (GET, with the session cookie).' })
  downloadUrl(@Root() evidence: Evidence): string {
    return `/evidence/${evidence.id}`;
  }

  @FieldResolver(() => ID, { description: 'Shared by every version of the same document.' })
  documentId(@Root() evidence: Evidence): string {
    return evidence.documentId;
  }

  @FieldResolver(() => ID, { nullable: true })
  previousVersionId(@Root() evidence: Evidence): string | null {
    return evidence.previousVersion?.id ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'False once a newer version was added.' })
  async isLatestVersion(@Root() evidence: Evidence, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.evidence.nextVersionId.load(evidence.id)) === null;
  }

  @FieldResolver(() => [Evidence], { description: 'Every version of this document you may see, oldest first.' })
  versions(@Root() evidence: Evidence, @Ctx() ctx: Context): Promise<Evidence[]> | Evidence[] {
    return ctx.services.evidence.library.versionsOf(ctx.user!, evidence, ctx.loaders.evidence);
  }

  @FieldResolver(() => [EvidenceLink], { description: 'What this file is linked to, in the cycles you may see, in the order the links were made.' })
  links(@Root() evidence: Evidence, @Ctx() ctx: Context): Promise<EvidenceLink[]> {
    return ctx.services.evidence.library.linksOf(ctx.user!, evidence, ctx.loaders.evidence);
  }

  @FieldResolver(() => String, { description: 'Who uploaded it.' })
  async uploadedByName(@Root() evidence: Evidence): Promise<string> {
    return (await evidence.uploadedBy.loadOrFail()).name;
  }
}
