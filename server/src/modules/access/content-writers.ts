import type { ContentArea } from '../../../../workflows/src/rules';
import { ORGANISATION_ROLES, Role } from '../user/role';
import type { Cycle } from '../cycle/cycle.entity';
import type { User } from '../user/user.entity';
import type { AccessPolicy } from './access-policy';

const ORGANISATION_STAFF = [Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR] as const;
const QUALITY_OFFICER = [Role.ORG_QUALITY_OFFICER] as const;

/**
 * Who may write each kind of content of a cycle: roles of the cycle's own organisation, an auditor
 * assigned to it, or its lead auditor only. The services check it before every write and `viewerCan` reports it; where the process
 * allows the write is the model's content window. Per-item rules stay with their service (an internal
 * auditor acts only on the audits they are named on).
 */
export const CONTENT_WRITERS: Record<ContentArea, readonly Role[] | 'ASSIGNED_AUDITOR' | 'LEAD_AUDITOR'> = {
  SELF_EVALUATION_ANSWERS: ORGANISATION_STAFF,
  EVIDENCE_CARRY_OVER: ORGANISATION_STAFF,
  INTERNAL_AUDITS: QUALITY_OFFICER,
  INTERNAL_AUDIT_FINDINGS: ORGANISATION_STAFF,
  AUDIT_FINDINGS: 'ASSIGNED_AUDITOR',
  // The lead auditor plans the programme; the organisation's quality officer confirms it.
  AUDIT_PROGRAMME: 'LEAD_AUDITOR',
  AUDIT_PROGRAMME_CONFIRMATION: QUALITY_OFFICER,
  IMPROVEMENT_ACTIONS: QUALITY_OFFICER,
  ACTION_PROGRESS: ORGANISATION_STAFF,
  SELF_EVALUATION_EVIDENCE: ORGANISATION_STAFF,
  INTERNAL_AUDIT_EVIDENCE: ORGANISATION_STAFF,
  ACTION_EVIDENCE: ORGANISATION_STAFF,
};

/** The content the quality officer may let a named member of the organisation write, whatever their role. */
export const DELEGABLE_CONTENT: readonly ContentArea[] = ['SELF_EVALUATION_ANSWERS'];

/**
 * Throws NOT_FOUND (cannot see the cycle) or NOT_ALLOWED (may see it, may not write this). `delegate` says
 * the caller was named a delegate on this cycle (only members of its organisation are named).
 */
export function assertContentWriter(policy: AccessPolicy, user: User, cycle: Cycle, area: ContentArea, delegate = false): void {
  const writers = CONTENT_WRITERS[area];
  if (delegate && DELEGABLE_CONTENT.includes(area)) {
    policy.assertOrganisationActor(user, cycle, ORGANISATION_ROLES);
    return;
  }
  if (writers === 'ASSIGNED_AUDITOR' || writers === 'LEAD_AUDITOR') policy.assertAssignedAuditor(user, cycle, writers === 'LEAD_AUDITOR');
  else policy.assertOrganisationActor(user, cycle, writers);
}
