import type { CycleStep, Role } from '../../gql/graphql';

/** The sections of a cycle's workspace, in the order of the external audit. */
export const SECTIONS = ['engagement', 'scheduling', 'findings', 'reports', 'plan'] as const;
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

export type Part = 'MANAGER' | 'LEAD' | 'CO' | 'NONE';

interface CycleForRights {
  step?: CycleStep | null;
  overdue: boolean;
  leadAuditor?: { id: string } | null;
  coAuditor?: { id: string } | null;
}

export interface Rights {
  part: Part;
  acceptEngagement: boolean;
  proposeDates: boolean;
  recordFindings: boolean;
  issueDraft: boolean;
  issueFinal: boolean;
  reviewPlan: boolean;
}

/**
 * What this user may do on this cycle now, mirroring the server's access policy and the process table
 * (the manager accepts; assigned auditors schedule and record; only the lead signs reports and the plan
 * review). The server stays the authority: these only decide which forms are offered.
 */
export function rightsOf(user: { id: string; role: Role }, cycle: CycleForRights): Rights {
  const manager = user.role === 'CI_MANAGER';
  const lead = user.role === 'AUDITOR' && cycle.leadAuditor?.id === user.id;
  const co = user.role === 'AUDITOR' && cycle.coAuditor?.id === user.id;
  const step = cycle.step ?? null;
  return {
    part: manager ? 'MANAGER' : lead ? 'LEAD' : co ? 'CO' : 'NONE',
    acceptEngagement: manager && step === 'ENGAGEMENT_REQUESTED',
    proposeDates: (lead || co) && (step === 'SCHEDULING' || step === 'DATES_PROPOSED'),
    recordFindings: (lead || co) && step === 'AUDITING',
    issueDraft: lead && step === 'AUDITING',
    // After the reply, or once the reply window has passed without one.
    issueFinal: lead && (step === 'REPLIED' || (step === 'AWAITING_REPLY' && cycle.overdue)),
    reviewPlan: lead && step === 'SUBMITTED',
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
