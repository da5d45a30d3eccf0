import type { CycleAction, CycleStep, Role } from '../../gql/graphql';
import { allows } from '../../lib/viewer-can';

/** The sections of a cycle's workspace, in the order of the external audit. */
export const SECTIONS = ['engagement', 'scheduling', 'programme', 'findings', 'reports', 'plan'] as const;
export type Section = (typeof SECTIONS)[number];

export const isSection = (value: string | undefined): value is Section => SECTIONS.includes(value as Section);

/** Where a cycle's workspace opens: the section of the step it is in now. */
export function sectionOfStep(step: CycleStep | null | undefined): Section {
  switch (step) {
    case 'AWAITING_ENGAGEMENT':
    case 'ENGAGEMENT_REQUESTED':
      return 'engagement';
    case 'SCHEDULING':
    case 'DATES_PROPOSED':
      return 'scheduling';
    case 'AUDITING':
      return 'findings';
    case 'AWAITING_REPLY':
    case 'REPLIED':
      return 'reports';
    default:
      return 'plan';
  }
}

/** The user's part on this cycle, shown beside the facts. */
export type Part = 'MANAGER' | 'LEAD' | 'CO' | 'NONE';

interface CycleForRights {
  viewerCan: readonly { action: CycleAction; allowed: boolean }[];
  leadAuditor?: { id: string } | null;
  coAuditor?: { id: string } | null;
}

export interface Rights {
  part: Part;
  acceptEngagement: boolean;
  declineEngagement: boolean;
  proposeDates: boolean;
  planProgramme: boolean;
  recordFindings: boolean;
  issueDraft: boolean;
  issueFinal: boolean;
  reviewPlan: boolean;
}

/**
 * Which forms to offer: read from the server's `viewerCan`, which asks the same process model and access
 * rules the mutations do, so a form is offered exactly when its command would be accepted now.
 */
export function rightsOf(user: { id: string; role: Role }, cycle: CycleForRights): Rights {
  const part: Part =
    user.role === 'CI_MANAGER' ? 'MANAGER' : cycle.leadAuditor?.id === user.id ? 'LEAD' : cycle.coAuditor?.id === user.id ? 'CO' : 'NONE';
  return {
    part,
    acceptEngagement: allows(cycle, 'acceptEngagement'),
    declineEngagement: allows(cycle, 'declineEngagement'),
    proposeDates: allows(cycle, 'proposeAuditDates'),
    planProgramme: allows(cycle, 'AUDIT_PROGRAMME'),
    recordFindings: allows(cycle, 'AUDIT_FINDINGS'),
    issueDraft: allows(cycle, 'issueDraftReport'),
    issueFinal: allows(cycle, 'issueFinalReport'),
    reviewPlan: allows(cycle, 'reviewImprovementPlan'),
  };
}

/** The section holding what this user can do now, if anything. */
export function sectionToDo(rights: Rights): Section | null {
  if (rights.acceptEngagement) return 'engagement';
  if (rights.proposeDates) return 'scheduling';
  if (rights.recordFindings) return 'findings';
  if (rights.issueFinal) return 'reports';
  if (rights.reviewPlan) return 'plan';
  return null;
}
