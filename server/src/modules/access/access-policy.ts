import type { FilterQuery } from '@mikro-orm/core';
import { notAllowed, notFound } from '../../common/errors';
import type { Cycle } from '../cycle/cycle.entity';
import { PartyKind, type Role } from '../user/role';
import type { User } from '../user/user.entity';

/**
 * Who may see and touch which party's data (PRODUCT.md §1). An organisation sees only its own; the
 * sector body sees everything; a certifying institution sees only cycles it is engaged on (none until
 * engagement exists). What a caller may not see is reported as not found, so its existence is not revealed.
 */
export class AccessPolicy {
  canReadOrganisation(user: User, organisationId: string): boolean {
    if (user.partyKind === PartyKind.SECTOR_BODY) return true;
    if (user.partyKind === PartyKind.ORGANISATION) return user.organisation?.id === organisationId;
    return false;
  }

  assertCanReadOrganisation(user: User, organisationId: string): void {
    if (!this.canReadOrganisation(user, organisationId)) throw notFound('Organisation');
  }

  /** A filter that narrows any cycle query to what the user may see. */
  cycleFilter(user: User): FilterQuery<Cycle> {
    switch (user.partyKind) {
      case PartyKind.SECTOR_BODY:
        return {};
      case PartyKind.ORGANISATION:
        return { organisation: user.organisation!.id };
      default:
        return { id: { $in: [] } };
    }
  }

  canReadCycle(user: User, cycle: Cycle): boolean {
    return this.canReadOrganisation(user, cycle.organisation.id);
  }

  assertCanReadCycle(user: User, cycle: Cycle): void {
    if (!this.canReadCycle(user, cycle)) throw notFound('Cycle');
  }

  /** For commands of the organisation: a member of the cycle's own organisation, in one of the roles. */
  assertOrganisationActor(user: User, organisationId: string, roles: readonly Role[]): void {
    if (user.partyKind !== PartyKind.ORGANISATION || user.organisation?.id !== organisationId) throw notFound('Cycle');
    if (!roles.includes(user.role)) throw notAllowed(`Only ${roles.join(' or ')} may do this.`);
  }
}
