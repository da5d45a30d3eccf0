import { PHASES, type Phase, type Step } from '../../../../workflows/src/rules';
import type { AccessPolicy } from '../access/access-policy';
import type { Cycle } from '../cycle/cycle.entity';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';

/** Steps of the external audit in which the draft report is out. */
const DRAFT_OUT_STEPS: readonly Step[] = ['AWAITING_REPLY', 'REPLIED'];

/** True once the draft report is issued: from its step on, and in every phase after the external audit. */
export function draftReportIssued(at: { phase: Phase; step: Step | null }): boolean {
  if (at.phase === 'EXTERNAL_AUDIT') return at.step !== null && DRAFT_OUT_STEPS.includes(at.step);
  return PHASES.indexOf(at.phase) > PHASES.indexOf('EXTERNAL_AUDIT');
}

/**
 * Audit findings are the auditors' working notes until the draft report: the assigned auditors, the CI's
 * manager and the sector body (everyone else who may read the cycle) see them at once; the organisation
 * only when the draft report puts them in front of it, so it replies to the report, not to a half-written
 * assessment.
 */
export function canReadAuditFindings(policy: AccessPolicy, user: User, cycle: Cycle): boolean {
  if (!policy.canReadCycle(user, cycle)) return false;
  return user.partyKind !== PartyKind.ORGANISATION || draftReportIssued(cycle);
}
