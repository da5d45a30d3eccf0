import { createContext, useContext } from 'react';
import type { Role, SessionUserFragment } from '../../gql/graphql';

/**
 * Who is signed in, as the organisation's screens need it: which organisation, and what the role may do.
 * The server checks the same and refuses otherwise; the screens only hide what would be refused anyway.
 */
export interface OrgUser {
  organisationId: string;
  userId: string;
  role: Role;
  /** The quality officer: plans, submits, engages, confirms, replies, drafts the improvement plan. */
  manage: boolean;
  /** Quality officer or internal auditor: answers, records internal-audit findings, uploads, tracks actions. */
  contribute: boolean;
}

export function orgUserOf(user: SessionUserFragment): OrgUser {
  const manage = user.role === 'ORG_QUALITY_OFFICER';
  return {
    organisationId: user.organisation!.id,
    userId: user.id,
    role: user.role,
    manage,
    contribute: manage || user.role === 'ORG_INTERNAL_AUDITOR',
  };
}

export const OrgUserContext = createContext<OrgUser | null>(null);

export function useOrgUser(): OrgUser {
  const user = useContext(OrgUserContext);
  if (!user) throw new Error('useOrgUser must be used inside the organisation routes.');
  return user;
}
