import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../common/errors';
import type { AccessPolicy } from '../access/access-policy';
import { PartyKind, Role, SECTOR_ROLES } from '../user/role';
import { User } from '../user/user.entity';
import { userSummary, type UserSummary } from '../user/user-summary.view';
import { CertifyingInstitution } from './certifying-institution.entity';
import type { SetCertifyingInstitutionAdmissionInput } from './dto/set-admission.input';

/**
 * The certifying institutions: who may be engaged (the admitted ones, for everyone signed in) and the
 * sector body's admission of them. Revoking an admission keeps the cycles an institution already holds,
 * as a running audit is not taken away halfway; only new engagements are refused.
 */
export class CertifyingInstitutionService {
  constructor(private readonly policy: AccessPolicy) {}

  list(em: EntityManager, user: User, admittedOnly: boolean): Promise<CertifyingInstitution[]> {
    const sector = user.partyKind === PartyKind.SECTOR_BODY;
    // Only the sector body sees institutions that are not (or no longer) admitted.
    const where = admittedOnly || !sector ? { admitted: true } : {};
    return em.find(CertifyingInstitution, where, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async setAdmission(em: EntityManager, user: User, input: SetCertifyingInstitutionAdmissionInput): Promise<CertifyingInstitution> {
    this.policy.assertSectorRole(user, [Role.SECTOR_ADMIN]);
    const ci = await em.findOne(CertifyingInstitution, { id: input.certifyingInstitutionId });
    if (!ci) throw notFound('Certifying institution');
    ci.admitted = input.admitted;
    await em.flush();
    return ci;
  }

  /** The auditors and managers of an institution, for its own managers to assign; others get none. */
  async auditorsOf(em: EntityManager, user: User, ci: CertifyingInstitution): Promise<UserSummary[]> {
    if (user.certifyingInstitution?.id !== ci.id && !SECTOR_ROLES.includes(user.role)) return [];
    const users = await em.find(User, { certifyingInstitution: ci.id, role: Role.AUDITOR }, { orderBy: { name: 'asc', id: 'asc' } });
    return users.map(userSummary);
  }
}
