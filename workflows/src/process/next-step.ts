import type { Party, Position } from './phases';

/**
 * Who acts next on a cycle, on what, and until when: one answer for every screen, list and reminder. The
 * viewer's own party is told "you"; a certified cycle with open improvement actions still asks the
 * organisation to track them, and says so when some are overdue.
 */

export const TASKS = [
  'PREPARE',
  'SELF_EVALUATE',
  'INTERNAL_AUDIT',
  'ENGAGE_INSTITUTION',
  'ACCEPT_ENGAGEMENT',
  'PROPOSE_DATES',
  'CONFIRM_DATE',
  'AUDIT',
  'REPLY_TO_DRAFT',
  'ISSUE_FINAL_REPORT',
  'DRAFT_PLAN',
  'REVIEW_PLAN',
  'DECIDE',
  'TRACK_ACTIONS',
  // The peer path
  'JOIN_PEER_GROUP',
  'PLAN_PEER_VISITS',
  'PEER_VISITS',
  'REGISTER_PEER_REVIEW',
  'NONE',
  'ENDED',
] as const;
export type Task = (typeof TASKS)[number];

export const ACTORS = ['YOU', 'OTHER_PARTY', 'NOBODY'] as const;
export type Actor = (typeof ACTORS)[number];

export interface NextStepFacts {
  /** The running deadline of the position (ISO moment), if any. */
  dueAt: string | null;
  /** True once that deadline has passed. */
  overdue: boolean;
  /** Due dates (YYYY-MM-DD) of improvement actions not done yet. */
  openActionDueDates: readonly string[];
  /** Today's calendar date. */
  today: string;
}

export interface NextStep {
  party: Party;
  /** From the viewer's side: their own party, another, or nobody. */
  actor: Actor;
  task: Task;
  /** The deadline as a moment, when a process deadline runs. */
  dueAt: string | null;
  /** The deadline as a calendar date, when it is an action's due date. */
  dueOn: string | null;
  overdue: boolean;
  openActions: number;
  overdueActions: number;
}

/** The party and task of a position, before facts about deadlines and actions. */
function taskOf(at: Position, f: NextStepFacts): { party: Party; task: Task } {
  switch (at.phase) {
    case 'PREPARATION':
      return { party: 'ORGANISATION', task: 'PREPARE' };
    case 'SELF_EVALUATION':
      return { party: 'ORGANISATION', task: 'SELF_EVALUATE' };
    case 'INTERNAL_AUDIT':
      return { party: 'ORGANISATION', task: 'INTERNAL_AUDIT' };
    case 'EXTERNAL_AUDIT':
      switch (at.step) {
        case 'AWAITING_ENGAGEMENT':
          return { party: 'ORGANISATION', task: 'ENGAGE_INSTITUTION' };
        case 'ENGAGEMENT_REQUESTED':
          return { party: 'CERTIFYING_INSTITUTION', task: 'ACCEPT_ENGAGEMENT' };
        case 'DATES_PROPOSED':
          return { party: 'ORGANISATION', task: 'CONFIRM_DATE' };
        case 'AWAITING_REPLY':
          // Once the reply window has passed, the final report may come without a reply.
          return f.overdue ? { party: 'CERTIFYING_INSTITUTION', task: 'ISSUE_FINAL_REPORT' } : { party: 'ORGANISATION', task: 'REPLY_TO_DRAFT' };
        case 'REPLIED':
          return { party: 'CERTIFYING_INSTITUTION', task: 'ISSUE_FINAL_REPORT' };
        case 'AUDITING':
          return { party: 'CERTIFYING_INSTITUTION', task: 'AUDIT' };
        default:
          return { party: 'CERTIFYING_INSTITUTION', task: 'PROPOSE_DATES' };
      }
    case 'IMPROVEMENT_PLAN':
      return at.step === 'SUBMITTED' ? { party: 'CERTIFYING_INSTITUTION', task: 'REVIEW_PLAN' } : { party: 'ORGANISATION', task: 'DRAFT_PLAN' };
    case 'DECISION':
      return { party: 'SECTOR_BODY', task: 'DECIDE' };
    case 'PEER_ASSESSMENT':
      switch (at.step) {
        case 'GROUP_FORMED':
          return { party: 'ORGANISATION', task: 'PLAN_PEER_VISITS' };
        case 'VISITS_PLANNED':
          return { party: 'ORGANISATION', task: 'PEER_VISITS' };
        case 'REPORTS_FINAL':
          return { party: 'SECTOR_BODY', task: 'REGISTER_PEER_REVIEW' };
        default:
          // Signing up, or waiting until the sector body forms (or confirms) the group.
          return { party: 'ORGANISATION', task: 'JOIN_PEER_GROUP' };
      }
    case 'CERTIFIED':
    case 'REGISTERED':
      return f.openActionDueDates.length ? { party: 'ORGANISATION', task: 'TRACK_ACTIONS' } : { party: 'NOBODY', task: 'NONE' };
    default:
      return { party: 'NOBODY', task: 'ENDED' };
  }
}

export function nextStep(at: Position, viewer: Party | null, f: NextStepFacts): NextStep {
  const { party, task } = taskOf(at, f);
  const actor: Actor = party === 'NOBODY' ? 'NOBODY' : party === viewer ? 'YOU' : 'OTHER_PARTY';
  const openActions = task === 'TRACK_ACTIONS' ? f.openActionDueDates.length : 0;
  const late = task === 'TRACK_ACTIONS' ? f.openActionDueDates.filter((d) => d < f.today) : [];
  const dueOn = task === 'TRACK_ACTIONS' ? [...f.openActionDueDates].sort()[0] ?? null : null;
  const dueAt = task === 'TRACK_ACTIONS' || party === 'NOBODY' ? null : f.dueAt;
  return {
    party,
    actor,
    task,
    dueAt,
    dueOn,
    overdue: task === 'TRACK_ACTIONS' ? late.length > 0 : dueAt !== null && f.overdue,
    openActions,
    overdueActions: late.length,
  };
}

/** Who is to act, for lists that show only the party (no deadline or action facts). */
export const waitingOn = (at: Position): Party =>
  nextStep(at, null, { dueAt: null, overdue: false, openActionDueDates: [], today: '' }).party;
