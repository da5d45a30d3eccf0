import { inWindow, windowRefusal, type Window } from './commands';
import { FINAL_PHASES, isAfter, type Phase, type Position, type Refusal } from './phases';

/**
 * Content is written straight to the database (drafts, findings, actions, evidence links), not through the
 * workflow; these windows say where in the cycle each kind of content may change. The services refuse a
 * write outside its window, and `viewerCan` reports the same answer before anyone tries.
 */
export const CONTENT_AREAS = [
  'SELF_EVALUATION_ANSWERS',
  'EVIDENCE_CARRY_OVER',
  'INTERNAL_AUDITS',
  'INTERNAL_AUDIT_FINDINGS',
  'AUDIT_FINDINGS',
  'AUDIT_PROGRAMME',
  'AUDIT_PROGRAMME_CONFIRMATION',
  'IMPROVEMENT_ACTIONS',
  'ACTION_PROGRESS',
  'SELF_EVALUATION_EVIDENCE',
  'INTERNAL_AUDIT_EVIDENCE',
  'ACTION_EVIDENCE',
] as const;
export type ContentArea = (typeof CONTENT_AREAS)[number];

/** A position plus the one fact that locks content before the phase moves on: the submitted self-evaluation. */
export interface ContentPosition extends Position {
  selfEvaluationLocked: boolean;
}

interface ContentWindow {
  /** How a refusal names the write, e.g. "Audit findings can be recorded". */
  what: string;
  open: readonly Window[];
  /** Set for content fixed by the self-evaluation's submission, with the refusal's message. */
  lockedBySelfEvaluation?: string;
}

const SELF_EVALUATION: readonly Window[] = [{ phase: 'SELF_EVALUATION' }];
const INTERNAL_AUDIT: readonly Window[] = [{ phase: 'INTERNAL_AUDIT' }];
/** The plan is written while drafting; after submission it is the lead auditor's to review, as submitted. */
const PLAN_DRAFTING: readonly Window[] = [{ phase: 'IMPROVEMENT_PLAN', steps: ['DRAFTING'] }];
/** Once accepted, actions are tracked through the decision and the whole validity period. */
const TRACKING: readonly Window[] = [{ phase: 'DECISION' }, { phase: 'CERTIFIED' }, { phase: 'REGISTERED' }];
/**
 * The peer path has no plan review: the organisation drafts its actions from the learning points once the
 * group's reports are final, and goes on adding them after the registration, while tracking them.
 */
const PEER_PLAN: readonly Window[] = [{ phase: 'PEER_ASSESSMENT', steps: ['REPORTS_FINAL'] }, { phase: 'REGISTERED' }];
/**
 * The audit programme is planned once the institution has accepted and its auditors are known (SCHEDULING),
 * while the date is proposed and after it is confirmed, up to the audit itself (AUDITING). The draft report
 * closes it: what was planned then is what was done.
 */
const PROGRAMME: readonly Window[] = [{ phase: 'EXTERNAL_AUDIT', steps: ['SCHEDULING', 'DATES_PROPOSED', 'AUDITING'] }];

export const CONTENT_WINDOWS: Record<ContentArea, ContentWindow> = {
  SELF_EVALUATION_ANSWERS: {
    what: 'Answers can be saved',
    open: SELF_EVALUATION,
    lockedBySelfEvaluation: 'The self-evaluation was submitted; its answers can no longer change.',
  },
  // The previous cycle's evidence is confirmed while preparing and writing the self-evaluation.
  EVIDENCE_CARRY_OVER: {
    what: 'Evidence from the previous cycle can be confirmed',
    open: [{ phase: 'PREPARATION' }, ...SELF_EVALUATION],
    lockedBySelfEvaluation: 'The self-evaluation was submitted; carried-over evidence can no longer change.',
  },
  INTERNAL_AUDITS: { what: 'Internal audits can be planned, done or cancelled', open: INTERNAL_AUDIT },
  INTERNAL_AUDIT_FINDINGS: { what: 'Internal audit findings can be recorded', open: INTERNAL_AUDIT },
  // Written during the audit itself; once the draft report is out they are what it reports.
  AUDIT_FINDINGS: { what: 'Audit findings can be recorded', open: [{ phase: 'EXTERNAL_AUDIT', steps: ['AUDITING'] }] },
  AUDIT_PROGRAMME: { what: 'The audit programme can be planned', open: PROGRAMME },
  AUDIT_PROGRAMME_CONFIRMATION: { what: 'The audit programme can be confirmed', open: PROGRAMME },
  IMPROVEMENT_ACTIONS: { what: 'Improvement actions can be drafted', open: [...PLAN_DRAFTING, ...PEER_PLAN] },
  ACTION_PROGRESS: { what: 'Improvement actions are tracked', open: TRACKING },
  SELF_EVALUATION_EVIDENCE: {
    what: 'Evidence can be linked to norms and answers',
    open: SELF_EVALUATION,
    lockedBySelfEvaluation: 'The self-evaluation was submitted; evidence can no longer be linked to its norms and answers.',
  },
  INTERNAL_AUDIT_EVIDENCE: { what: 'Evidence can be linked to internal-audit findings', open: INTERNAL_AUDIT },
  ACTION_EVIDENCE: { what: 'Evidence can be linked to improvement actions', open: [...PLAN_DRAFTING, ...PEER_PLAN, ...TRACKING] },
};

/** Why `area` cannot change where the cycle stands (LOCKED or WRONG_PHASE), or null when it can. */
export function contentRefusal(area: ContentArea, at: ContentPosition, what = CONTENT_WINDOWS[area].what): Refusal | null {
  const window = CONTENT_WINDOWS[area];
  if (window.lockedBySelfEvaluation && at.selfEvaluationLocked) return { code: 'LOCKED', message: window.lockedBySelfEvaluation };
  return windowRefusal(what, at, window.open);
}

/** Which content area an evidence link to this kind of target belongs to. */
export const LINK_AREA = {
  NORM: 'SELF_EVALUATION_EVIDENCE',
  SELF_EVALUATION_ANSWER: 'SELF_EVALUATION_EVIDENCE',
  INTERNAL_AUDIT_FINDING: 'INTERNAL_AUDIT_EVIDENCE',
  IMPROVEMENT_ACTION: 'ACTION_EVIDENCE',
} as const satisfies Record<string, ContentArea>;

/**
 * Whether an evidence link made in `linkedInPhase` is fixed now: what was submitted cannot change (a new
 * version of the file can still be added). Self-evaluation: once its answers are locked. Internal audit:
 * once the cycle moved past it. Improvement plan: once submitted (any step but DRAFTING) or past. Evidence
 * added while tracking an action: once the action is done or the cycle has ended.
 */
export function isLinkFixed(linkedInPhase: Phase, at: ContentPosition, actionDone = false): boolean {
  switch (linkedInPhase) {
    case 'PREPARATION':
    case 'SELF_EVALUATION':
      return at.selfEvaluationLocked || isAfter(at.phase, 'SELF_EVALUATION');
    case 'INTERNAL_AUDIT':
      return isAfter(at.phase, 'INTERNAL_AUDIT');
    case 'EXTERNAL_AUDIT':
    case 'IMPROVEMENT_PLAN':
      return isAfter(at.phase, 'IMPROVEMENT_PLAN') || (at.phase === 'IMPROVEMENT_PLAN' && !inWindow(at, PLAN_DRAFTING));
    default:
      return actionDone || FINAL_PHASES.includes(at.phase);
  }
}
