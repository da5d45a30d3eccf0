import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { OrganisationImprovementActionFragment, OrganisationImprovementPlanPageQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
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
  }
`);

export const OrganisationImprovementPlanFragmentDoc = graphql(`
  fragment OrganisationImprovementPlan on Cycle {
    id
    phase
    step
    dueAt
    overdue
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
const TRACKING: readonly string[] = ['DECISION', 'CERTIFIED'];

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
        started={(cycle) => cycle.phase === 'IMPROVEMENT_PLAN' || TRACKING.includes(cycle.phase) || cycle.improvementActions.length > 0}
        notYet={o('plan.notYet')}
      >
        {(cycle) => <ImprovementPlan cycle={cycle} />}
      </CurrentCycle>
    </OrgPage>
  );
}

function ImprovementPlan({ cycle }: { cycle: Cycle }) {
  const { o, locale } = useOrgTexts();
  const me = useOrgUser();
  const drafting = cycle.phase === 'IMPROVEMENT_PLAN' && cycle.step === 'DRAFTING';
  const tracking = TRACKING.includes(cycle.phase);
  const canDraft = drafting && me.manage;
  const evidence = useCycleEvidence(cycle.id);
  // What the form works on: a new action (possibly for one norm), or an existing one being changed.
  const [target, setTarget] = useState<ActionTarget>({ kind: 'new', normId: null, seq: 0, focus: false });
  const edit = (action: OrganisationImprovementActionFragment) => setTarget({ kind: 'edit', action, seq: target.seq + 1, focus: true });
  const addFor = (normId: string) => setTarget({ kind: 'new', normId, seq: target.seq + 1, focus: true });
  const reset = () => setTarget({ kind: 'new', normId: null, seq: target.seq + 1, focus: false });

  let state: string;
  if (drafting) state = cycle.dueAt ? o('plan.draftingUntil', { date: formatDateTime(cycle.dueAt, locale) }) : o('plan.drafting');
  else if (cycle.phase === 'IMPROVEMENT_PLAN') state = o('plan.submitted');
  else if (tracking) state = o('plan.accepted');
  else state = o('plan.carriedOver');
  const norms = cycle.frameworkVersion.categories;
  const unanswered = cycle.improvementPoints
    .filter((point) => point.belowMeets && !point.covered)
    .map((point) => point.normCode)
    .join(' ');
  return (
    <>
      <p className={`banner${cycle.overdue && drafting ? ' banner--warning' : ''}`} data-testid="plan-state" data-step={cycle.step ?? ''}>
        {state}
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
        canLink={(drafting || tracking) && me.contribute}
        canDraft={canDraft}
        canTrack={tracking && me.contribute}
        onEdit={edit}
        editingId={target.kind === 'edit' ? target.action.id : null}
      />
      {/* A refusal names the points without an action; once they change it is out of date, so it goes. */}
      {canDraft && <SubmitPlan key={unanswered} cycleId={cycle.id} />}
    </>
  );
}
