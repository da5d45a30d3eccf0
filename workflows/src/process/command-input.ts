import type { PlanReview, Refusal } from './phases';

/**
 * Rules on what a command carries, beyond where the cycle stands: checked by the workflow's validators, so
 * a refused command changes nothing and is not even recorded.
 */

const bad = (field: string, message: string): Refusal => ({ code: 'BAD_USER_INPUT', field, message, details: { field } });

export function auditorsRefusal(leadAuditorId: string, coAuditorId: string): Refusal | null {
  return leadAuditorId === coAuditorId ? bad('coAuditorId', 'The co-auditor must be someone other than the lead auditor.') : null;
}

export function chosenDateRefusal(date: string, proposed: readonly string[]): Refusal | null {
  return proposed.includes(date) ? null : bad('date', `Choose one of the proposed dates: ${proposed.join(', ')}.`);
}

export function planReviewRefusal(review: PlanReview, comments: string): Refusal | null {
  return review === 'RETURN' && !comments.trim() ? bad('comments', 'Say what should change when returning the plan.') : null;
}

/**
 * Decisions, what the sector body does to a certificate and an institution's refusal of an engagement are
 * never without a reason: the party on the other side is told it.
 */
export const REASON_NEEDED = {
  declineEngagement: 'Say why you decline the engagement.',
  decideCertification: 'A decision needs a reason.',
  suspendCertificate: 'Suspending needs a reason.',
  reinstateCertificate: 'Lifting a suspension needs a reason.',
  withdrawCertificate: 'Withdrawing needs a reason.',
} as const;

export function reasonRefusal(command: keyof typeof REASON_NEEDED, reason: string): Refusal | null {
  return reason.trim() ? null : bad('reason', REASON_NEEDED[command]);
}

