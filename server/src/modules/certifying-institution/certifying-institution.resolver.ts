import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../user/role';
import { UserSummary } from '../user/user-summary.view';
import { AuditorWorkload } from './auditor-workload.view';
import { CertifyingInstitution } from './certifying-institution.entity';
import { SetCertifyingInstitutionAdmissionInput } from './dto/set-admission.input';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';

@Resolver(() => CertifyingInstitution)
export class CertifyingInstitutionResolver {
  @Authorized()
  @Query(() => [CertifyingInstitution], {
    description: 'Certifying institutions by name: the admitted ones; the sector body also sees those not admitted unless admittedOnly.',
  })
  certifyingInstitutions(
    @Arg('admittedOnly', { defaultValue: false }) admittedOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<CertifyingInstitution[]> {
    return ctx.services.certifyingInstitutions.list(ctx.em, ctx.user!, admittedOnly);
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => CertifyingInstitution, {
    description: 'Admits a certifying institution or revokes its admission; a revoked one cannot be engaged for new audits.',
  })
  setCertifyingInstitutionAdmission(
    @Arg('input') input: SetCertifyingInstitutionAdmissionInput,
    @Ctx() ctx: Context,
  ): Promise<CertifyingInstitution> {
    return applyOnce(ctx, 'setCertifyingInstitutionAdmission', input, {
      run: (tx, user) => ctx.services.certifyingInstitutions.setAdmission(tx, user, input),
      remember: rememberEntity(CertifyingInstitution, 'Certifying institution'),
    });
  }

  @FieldResolver(() => [UserSummary], {
    description: "Its auditors, to assign to an engagement; visible to the institution's own people and the sector body.",
  })
  auditors(@Root() ci: CertifyingInstitution, @Ctx() ctx: Context): Promise<UserSummary[]> {
    return ctx.user ? ctx.services.certifyingInstitutions.auditorsOf(ctx.em, ctx.user, ci) : Promise.resolve([]);
  }

  @FieldResolver(() => [AuditorWorkload], {
    description: "Its auditors with the audits each carries now (open, leading, the next audit days), to spread the work when assigning; visible to the same people as auditors.",
  })
  auditorWorkload(@Root() ci: CertifyingInstitution, @Ctx() ctx: Context): Promise<AuditorWorkload[]> {
    return ctx.user ? ctx.services.certifyingInstitutions.workloadOf(ctx.em, ctx.user, ci) : Promise.resolve([]);
  }
}
