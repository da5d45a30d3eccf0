import { describePosition, type Phase, type Position, type Refusal, type Step } from './phases';

/** Every command of the cycle; each is a Temporal Update of the cycle's workflow. */
export const COMMANDS = [
  'completePreparation',
  'submitSelfEvaluation',
  'completeInternalAudit',
  'engageCertifyingInstitution',
  'acceptEngagement',
  'declineEngagement',
  'proposeAuditDates',
  'confirmAuditDate',
  'issueDraftReport',
  'replyToDraftReport',
  'issueFinalReport',
  'submitImprovementPlan',
  'reviewImprovementPlan',
  'decideCertification',
  'suspendCertificate',
  'reinstateCertificate',
  'withdrawCertificate',
] as const;
export type Command = (typeof COMMANDS)[number];

/** A phase, and optionally the steps inside it (none listed: any step). */
export interface Window {
  phase: Phase;
  steps?: readonly Step[];
}

/**
 * Where each command may be given. This table is the whole answer to "is this command possible now?";
 * the workflow's validators, the api's `viewerCan` and the client's buttons all read it.
 */
export const ALLOWED: Record<Command, Window> = {
  completePreparation: { phase: 'PREPARATION' },
  submitSelfEvaluation: { phase: 'SELF_EVALUATION' },
  completeInternalAudit: { phase: 'INTERNAL_AUDIT' },
  engageCertifyingInstitution: { phase: 'EXTERNAL_AUDIT', steps: ['AWAITING_ENGAGEMENT'] },
  acceptEngagement: { phase: 'EXTERNAL_AUDIT', steps: ['ENGAGEMENT_REQUESTED'] },
  // Declining hands the request back: the organisation engages another institution (or the same one again).
  declineEngagement: { phase: 'EXTERNAL_AUDIT', steps: ['ENGAGEMENT_REQUESTED'] },
  proposeAuditDates: { phase: 'EXTERNAL_AUDIT', steps: ['SCHEDULING', 'DATES_PROPOSED'] },
  confirmAuditDate: { phase: 'EXTERNAL_AUDIT', steps: ['DATES_PROPOSED'] },
  issueDraftReport: { phase: 'EXTERNAL_AUDIT', steps: ['AUDITING'] },
  replyToDraftReport: { phase: 'EXTERNAL_AUDIT', steps: ['AWAITING_REPLY'] },
  // The final report may follow the reply, or the end of the reply window without one.
  issueFinalReport: { phase: 'EXTERNAL_AUDIT', steps: ['REPLIED', 'AWAITING_REPLY'] },
  submitImprovementPlan: { phase: 'IMPROVEMENT_PLAN', steps: ['DRAFTING'] },
  reviewImprovementPlan: { phase: 'IMPROVEMENT_PLAN', steps: ['SUBMITTED'] },
  decideCertification: { phase: 'DECISION' },
  suspendCertificate: { phase: 'CERTIFIED', steps: ['VALID'] },
  reinstateCertificate: { phase: 'CERTIFIED', steps: ['SUSPENDED'] },
  withdrawCertificate: { phase: 'CERTIFIED' },
};

export const inWindow = (at: Position, windows: readonly Window[]): boolean =>
  windows.some((w) => w.phase === at.phase && (!w.steps || (at.step !== null && w.steps.includes(at.step))));

export const describeWindows = (windows: readonly Window[]): string =>
  windows.map((w) => (w.steps ? `${w.phase} (${w.steps.join(' or ')})` : w.phase)).join(' or ');

/** WRONG_PHASE when `what` is not possible where the cycle stands, naming where it is possible. */
export function windowRefusal(what: string, at: Position, windows: readonly Window[]): Refusal | null {
  if (inWindow(at, windows)) return null;
  return {
    code: 'WRONG_PHASE',
    message: `${what} only in ${describeWindows(windows)}; this cycle is in ${describePosition(at)}.`,
    details: { phase: at.phase, step: at.step },
  };
}

/** A position plus whether its running deadline has passed, which opens a few commands early. */
export interface TimedPosition extends Position {
  overdue: boolean;
}

/**
 * Whether `command` is possible now: its window, and for the final report without a reply, the end of the
 * reply window (before that the organisation may still reply).
 */
export function commandRefusal(command: Command, at: TimedPosition): Refusal | null {
  const refusal = positionRefusal(command, at);
  if (refusal) return refusal;
  if (command === 'issueFinalReport' && at.step === 'AWAITING_REPLY' && !at.overdue) {
    return {
      code: 'WRONG_PHASE',
      message: 'The final report follows the reply to the draft report, or the end of the reply window without one; the window is still open.',
      details: { phase: at.phase, step: at.step },
    };
  }
  return null;
}

/** The phases of the peer path after the internal audit, where no external-audit or certificate command fits. */
const PEER_PATH_PHASES: readonly Phase[] = ['PEER_ASSESSMENT', 'REGISTERED'];

export function positionRefusal(command: Command, at: Position): Refusal | null {
  const window = [ALLOWED[command]];
  if (inWindow(at, window)) return null;
  if (PEER_PATH_PHASES.includes(at.phase)) {
    return {
      code: 'WRONG_PHASE',
      message: `${command} belongs to the external audit and the certificate; this cycle takes the peer path (PEER_REVIEW) and is in ${describePosition(at)}: it ends with a register entry of its peer assessment, not with a certificate.`,
      details: { phase: at.phase, step: at.step, path: 'PEER' },
    };
  }
  return {
    code: 'WRONG_PHASE',
    message: `${command} is only possible in ${describeWindows(window)}; this cycle is in ${describePosition(at)}.`,
    details: { phase: at.phase, step: at.step },
  };
}

/**
 * The peer path's own move: the sector body registers the peer assessment once every learning report of the
 * group is final. Not a cycle command: the register entry is made by the registration (docs/peer-review.md),
 * which moves the organisation's cycle with it.
 */
export const PEER_REGISTRATION_WINDOW: Window = { phase: 'PEER_ASSESSMENT', steps: ['REPORTS_FINAL'] };

export function peerRegistrationRefusal(at: Position): Refusal | null {
  return windowRefusal('A peer assessment is registered', at, [PEER_REGISTRATION_WINDOW]);
}

/** Where the peer group's progress puts a peer cycle: what the group reached so far, as a step. */
export interface PeerProgress {
  groupFormed: boolean;
  visitsAgreed: boolean;
  reportsFinal: boolean;
}

export function peerStep(p: PeerProgress): Step {
  if (p.reportsFinal) return 'REPORTS_FINAL';
  if (p.visitsAgreed) return 'VISITS_PLANNED';
  return p.groupFormed ? 'GROUP_FORMED' : 'AWAITING_GROUP';
}
