import { graphql } from '../gql';
import type { CycleAction } from '../gql/graphql';

/**
 * The server's answer, per command and kind of content, to "may the signed-in viewer do this on this
 * cycle now?" (authorisation and where the cycle stands), with the refusal the mutation would give. The
 * organisation's and the sector body's screens all select it through this one fragment, so the cached
 * list always holds the same fields.
 */
export const CycleViewerCanFragmentDoc = graphql(`
  fragment CycleViewerCan on Cycle {
    id
    viewerCan {
      action
      allowed
      code
      reason
    }
  }
`);

/** One answer of `viewerCan`; `code` and `reason` are there when the document selected them. */
export interface Permission {
  action: CycleAction;
  allowed: boolean;
  code?: string | null;
  reason?: string | null;
}

interface WithViewerCan {
  viewerCan: readonly Permission[];
}

/** The server's answer for `action`, if the cycle carries one. */
export const permissionFor = (cycle: WithViewerCan, action: CycleAction): Permission | undefined =>
  cycle.viewerCan.find((p) => p.action === action);

/**
 * Whether the server's `viewerCan` allows `action` now: a form or button is offered exactly when its
 * command (or write) would be accepted. The screens ask this rather than reading phase, step or role.
 */
export const allows = (cycle: WithViewerCan, action: CycleAction): boolean => permissionFor(cycle, action)?.allowed === true;

/**
 * The server's answer to "who acts next, on what, until when?" for the signed-in viewer, as every screen
 * selects it (NextStepText words it).
 */
export const CycleNextStepFragmentDoc = graphql(`
  fragment CycleNextStep on Cycle {
    id
    nextStep {
      party
      actor
      task
      dueAt
      dueOn
      overdue
      openActions
      overdueActions
    }
  }
`);
