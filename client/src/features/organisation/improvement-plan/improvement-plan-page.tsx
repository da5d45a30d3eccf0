import { useQuery } from '@apollo/client/react';
import { DaysLeft } from '../../../components/ui/deadline';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { OrganisationImprovementActionFragment, OrganisationImprovementPlanPageQuery, StepStatus } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { allows } from '../../../lib/viewer-can';
import { useCycleEvidence } from '../../evidence/cycle-evidence';
import { CurrentCycle, OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import { useOrgTexts } from '../organisation-texts';
import { ActionBoard } from './action-board';
import { ActionForm, type ActionTarget } from './action-form';
import { ImprovementPoints } from './improvement-points';
import { PlanReviews } from './plan-reviews';
import { SubmitPlan } from './submit-plan';

export const OrganisationImprovementPointFragmentDoc = graphql(`
  fragment OrganisationImprovementPoint on ImprovementPoint {
    findingId
    normId
    normCode
    normTitle
    score
    improvementPoints
    belowMeets
    covered
    actionCount
  }
`);

export const OrganisationImprovementActionFragmentDoc = graphql(`
  fragment OrganisationImprovementAction on ImprovementAction {
    id
    what
    owner
    dueDate
    successIndicator
    status
    progressNote
    normId
    normCode
    carriedOver
    updatedAt
    updatedByName
    revision
  }
`);

export const OrganisationImprovementPlanFragmentDoc = graphql(`
  fragment OrganisationImprovementPlan on Cycle {
    id
    phase
    step
    dueAt
    overdue
    ...CycleNextStep
    timeline {
      stage
      status
    }
    ...CycleViewerCan
    improvementPoints {
      ...OrganisationImprovementPoint
    }
    improvementActions {
      ...OrganisationImprovementAction
    }
    planReviews {
      ...CyclePlanReview
    }
  }
`);

const OrganisationImprovementPlanPageQuery = graphql(`
  query OrganisationImprovementPlanPage($id: ID!) {
    organisation(id: $id) {
      id
      currentCycle {
        ...OrganisationImprovementPlan
        frameworkVersion {
          id
          categories {
            id
            title
            norms {
              id
              code
              title
            }
          }
        }
      }
    }
  }
`);

type Cycle = NonNullable<OrganisationImprovementPlanPageQuery['organisation']['currentCycle']>;

/** Where the improvement plan stands on the server's timeline: upcoming, current, or done (accepted). */
const planStage = (cycle: Pick<Cycle, 'timeline'>): StepStatus => cycle.timeline.find((s) => s.stage === 'IMPROVEMENT_PLAN')?.status ?? 'UPCOMING';

/** On the peer path the plan has no stage of its own: the actions follow the learning points, without a review. */
const onPeerPath = (cycle: Pick<Cycle, 'timeline'>): boolean => cycle.timeline.some((s) => s.stage === 'PEER_ASSESSMENT');

/** `/improvement-plan`: the points to answer, the actions as a board by status, submitting and tracking. */
export function ImprovementPlanPage() {
  const { o } = useOrgTexts();
  const me = useOrgUser();
  // The lead auditor may return the plan meanwhile: each visit asks the server.
  const query = useQuery(OrganisationImprovementPlanPageQuery, {
    variables: { id: me.organisationId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <OrgPage title={o('plan.title')} lead={o('plan.intro')} testId="improvement-plan-page">
      <CurrentCycle
        query={query}
        cycle={query.data?.organisation.currentCycle}
        started={(cycle) => planStage(cycle) !== 'UPCOMING' || cycle.improvementActions.length > 0 || allows(cycle, 'IMPROVEMENT_ACTIONS')}
        notYet={o(query.data?.organisation.currentCycle && onPeerPath(query.data.organisation.currentCycle) ? 'plan.notYetPeer' : 'plan.notYet')}
      >
        {(cycle) => <ImprovementPlan cycle={cycle} />}
      </CurrentCycle>
    </OrgPage>
  );
}

function ImprovementPlan({ cycle }: { cycle: Cycle }) {
  const { o, locale } = useOrgTexts();
  // What is offered is the server's answer for this viewer: drafting the actions (and submitting them),
  // tracking their progress, linking evidence to them.
  const canDraft = allows(cycle, 'IMPROVEMENT_ACTIONS');
  const canSubmit = allows(cycle, 'submitImprovementPlan');
  const canTrack = allows(cycle, 'ACTION_PROGRESS');
  const canLink = allows(cycle, 'ACTION_EVIDENCE');
  // Only for the words: whether the organisation is to draft the plan now, and how far the plan is.
  const drafting = cycle.nextStep.task === 'DRAFT_PLAN';
  const stage = planStage(cycle);
  const evidence = useCycleEvidence(cycle.id);
  // What the form works on: a new action (possibly for one norm), or an existing one being changed.
  const [target, setTarget] = useState<ActionTarget>({ kind: 'new', normId: null, seq: 0, focus: false });
  const edit = (action: OrganisationImprovementActionFragment) => setTarget({ kind: 'edit', action, seq: target.seq + 1, focus: true });
  const addFor = (normId: string) => setTarget({ kind: 'new', normId, seq: target.seq + 1, focus: true });
  const reset = () => setTarget({ kind: 'new', normId: null, seq: target.seq + 1, focus: false });

  let state: string;
  if (onPeerPath(cycle)) state = o('plan.peer');
  else if (drafting) state = cycle.nextStep.dueAt ? o('plan.draftingUntil', { date: formatDateTime(cycle.nextStep.dueAt, locale) }) : o('plan.drafting');
  else if (stage === 'CURRENT') state = o('plan.submitted');
  else if (stage === 'DONE') state = o('plan.accepted');
  else state = o('plan.carriedOver');
  const norms = cycle.frameworkVersion.categories;
  const unanswered = cycle.improvementPoints
    .filter((point) => point.belowMeets && !point.covered)
    .map((point) => point.normCode)
    .join(' ');
  return (
    <>
      <p className={`banner${drafting && cycle.nextStep.overdue ? ' banner--warning' : ''}`} data-testid="plan-state" data-step={cycle.step ?? ''}>
        {state}
        {drafting && cycle.nextStep.dueAt && (
          <>
            {' '}
            <DaysLeft due={cycle.nextStep.dueAt} overdue={cycle.nextStep.overdue} />
          </>
        )}
      </p>
      <PlanReviews reviews={cycle.planReviews} drafting={drafting} />
      <ImprovementPoints points={cycle.improvementPoints} canAdd={canDraft} onAdd={addFor} />
      {canDraft && (
        <ActionForm key={target.seq} cycleId={cycle.id} target={target} categories={norms} onDone={reset} />
      )}
      <ActionBoard
        cycleId={cycle.id}
        actions={cycle.improvementActions}
        evidence={evidence}
        canLink={canLink}
        canDraft={canDraft}
        canTrack={canTrack}
        onEdit={edit}
        editingId={target.kind === 'edit' ? target.action.id : null}
      />
      {/* A refusal names the points without an action; once they change it is out of date, so it goes. */}
      {canSubmit && <SubmitPlan key={unanswered} cycleId={cycle.id} />}
    </>
  );
}
