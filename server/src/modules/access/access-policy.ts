import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notAllowed, notFound } from '../../common/errors';
import type { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import { Cycle } from '../cycle/cycle.entity';
import { FrameworkStatus, type FrameworkVersion } from '../framework/framework-version.entity';
import { PartyKind, Role } from '../user/role';
import type { User } from '../user/user.entity';

/**
 * Who may see and touch which party's data. An organisation sees only its own cycles; a
 * certifying institution's manager sees the cycles it is engaged on, an auditor only those assigned to
 * them; the sector body sees everything. What a caller may not see is reported as not found, so its
 * existence is not revealed.
 */
export class AccessPolicy {
  /** A filter that narrows any cycle query to what the user may see. */
  cycleFilter(user: User): FilterQuery<Cycle> {
    switch (user.partyKind) {
      case PartyKind.SECTOR_BODY:
        return {};
      case PartyKind.ORGANISATION:
        return { organisation: user.organisation!.id };
      case PartyKind.CERTIFYING_INSTITUTION:
        return user.role === Role.CI_MANAGER
          ? { certifyingInstitution: user.certifyingInstitution!.id }
          : { $or: [{ leadAuditor: user.id }, { coAuditor: user.id }] };
    }
  }

  canReadCycle(user: User, cycle: Cycle): boolean {
    switch (user.partyKind) {
      case PartyKind.SECTOR_BODY:
        return true;
      case PartyKind.ORGANISATION:
        return user.organisation?.id === cycle.organisation.id;
      case PartyKind.CERTIFYING_INSTITUTION:
        return user.role === Role.CI_MANAGER
          ? !!cycle.certifyingInstitution && cycle.certifyingInstitution.id === user.certifyingInstitution?.id
          : this.isAssignedAuditor(user, cycle);
    }
  }

  assertCanReadCycle(user: User, cycle: Cycle): void {
    if (!this.canReadCycle(user, cycle)) throw notFound('Cycle');
  }

  isAssignedAuditor(user: User, cycle: Cycle): boolean {
    return cycle.leadAuditor?.id === user.id || cycle.coAuditor?.id === user.id;
  }

  /** The sector body sees every organisation, an organisation itself, a CI those whose cycles it may see. */
  async canReadOrganisation(em: EntityManager, user: User, organisationId: string): Promise<boolean> {
    if (user.partyKind === PartyKind.SECTOR_BODY) return true;
    if (user.partyKind === PartyKind.ORGANISATION) return user.organisation?.id === organisationId;
    return (await em.count(Cycle, { $and: [{ organisation: organisationId }, this.cycleFilter(user)] })) > 0;
  }

  async assertCanReadOrganisation(em: EntityManager, user: User, organisationId: string): Promise<void> {
    if (!(await this.canReadOrganisation(em, user, organisationId))) throw notFound('Organisation');
  }

  /** Published and retired versions, with their norms, are everyone's who is signed in; drafts are the sector body's work. */
  canSeeFrameworkVersion(user: User, version: FrameworkVersion): boolean {
    return version.status !== FrameworkStatus.DRAFT || user.partyKind === PartyKind.SECTOR_BODY;
  }

  /** Admitted institutions are listed for everyone; the sector body and the institution's own people also see it unadmitted. */
  canSeeCertifyingInstitution(user: User, ci: CertifyingInstitution): boolean {
    return ci.admitted || user.partyKind === PartyKind.SECTOR_BODY || user.certifyingInstitution?.id === ci.id;
  }

  /** People of a certifying institution: seen by its own people and the sector body (CertifyingInstitution.auditors). */
  canSeeInstitutionPerson(user: User, person: User): boolean {
    if (!person.certifyingInstitution) return false;
    return user.partyKind === PartyKind.SECTOR_BODY || user.certifyingInstitution?.id === person.certifyingInstitution.id;
  }

  /** People of an organisation: seen by its own members only (Organisation.members). */
  canSeeOrganisationMember(user: User, person: User): boolean {
    return !!person.organisation && user.organisation?.id === person.organisation.id;
  }

  /** For commands of the organisation: a member of the cycle's own organisation, in one of the roles. */
  assertOrganisationActor(user: User, cycle: Cycle, roles: readonly Role[]): void {
    if (!this.canReadCycle(user, cycle)) throw notFound('Cycle');
    if (user.partyKind !== PartyKind.ORGANISATION || !roles.includes(user.role)) {
      throw notAllowed(`Only ${roles.join(' or ')} of the organisation may do this.`);
    }
  }

  /** For the engaged CI's manager. */
  assertCiManager(user: User, cycle: Cycle): void {
    if (!this.canReadCycle(user, cycle)) throw notFound('Cycle');
    if (user.role !== Role.CI_MANAGER) throw notAllowed('Only the certification manager of the engaged institution may do this.');
  }

  /** For an auditor assigned to the cycle; `leadOnly` for what only the lead auditor signs. */
  assertAssignedAuditor(user: User, cycle: Cycle, leadOnly = false): void {
    if (!this.canReadCycle(user, cycle)) throw notFound('Cycle');
    if (user.role !== Role.AUDITOR || !this.isAssignedAuditor(user, cycle)) {
      throw notAllowed('Only an auditor assigned to this cycle may do this.');
    }
    if (leadOnly && cycle.leadAuditor?.id !== user.id) throw notAllowed('Only the lead auditor may do this.');
  }

  /** For the sector body, in one of the roles. */
  assertSectorRole(user: User, roles: readonly Role[]): void {
    if (user.partyKind !== PartyKind.SECTOR_BODY || !roles.includes(user.role)) {
      throw notAllowed(`Only ${roles.join(' or ')} of the sector body may do this.`);
    }
  }
}
