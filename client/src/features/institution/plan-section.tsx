import { useQuery } from '@apollo/client/react';
import { DaysLeft } from '../../components/ui/deadline';
import { useState } from 'react';
import { graphql } from '../../gql';
import { formatDate, formatDateTime } from '../../lib/format';
import { EvidenceFiles } from './evidence-files';
import { Pending } from './institution-page';
import { useInstitutionTexts } from './institution-texts';
import { PlanReviewForm } from './plan-review-form';
import type { SectionProps } from './section-props';

const InstitutionPlanDocument = graphql(`
  query InstitutionPlan($id: ID!) {
    cycle(id: $id) {
      id
      improvementPoints {
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
      improvementActions {
        id
        normId
        normCode
        what
        owner
        dueDate
        successIndicator
        status
      }
      planReviews {
        ...CyclePlanReview
      }
      evidenceLinks {
        id
        improvementActionId
        evidence {
          id
          name
          size
          downloadUrl
        }
      }
    }
  }
`);

const PLAN_STEPS = new Set(['DRAFTING', 'SUBMITTED']);

/** The improvement plan: what it must answer, its actions, the review and the earlier reviews. */
export function PlanSection({ cycle, rights }: SectionProps) {
  const { i, t, locale } = useInstitutionTexts();
  const [outcome, setOutcome] = useState<'ACCEPT' | 'RETURN' | null>(null);
  const started = cycle.phase !== 'EXTERNAL_AUDIT' && cycle.phase !== 'PREPARATION' && cycle.phase !== 'SELF_EVALUATION' && cycle.phase !== 'INTERNAL_AUDIT';
  const { data, error, refetch } = useQuery(InstitutionPlanDocument, { variables: { id: cycle.id }, skip: !started, fetchPolicy: 'cache-and-network' });
  if (!started) return <p className="card muted">{i('plan.notYet')}</p>;
  if (!data) return <Pending error={error} onRetry={() => void refetch()} />;

  const { improvementPoints, improvementActions, planReviews } = data.cycle;
  const evidenceOf = (actionId: string) =>
    data.cycle.evidenceLinks.filter((link) => link.improvementActionId === actionId).map((link) => link.evidence);
  return (
    <div className="stack">
      {outcome && (
        <p role="status" className="banner banner--success" data-testid="review-outcome">
          {outcome === 'ACCEPT' ? i('plan.accepted') : i('plan.returned')}
        </p>
      )}
      {cycle.step === 'DRAFTING' && (
        <p className="card" data-testid="plan-drafting">
          {i('plan.drafting')} {cycle.dueAt && i('plan.dueBy', { date: formatDateTime(cycle.dueAt, locale) })}{' '}
          {cycle.dueAt && <DaysLeft due={cycle.dueAt} overdue={cycle.overdue} />}
        </p>
      )}

      <section aria-labelledby="plan-points-title">
        <h3 id="plan-points-title">{i('plan.pointsTitle')}</h3>
        {improvementPoints.length === 0 ? (
          <p className="muted">{i('plan.noPoints')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="plan-points">
              <caption>{i('plan.pointsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i('plan.norm')}</th>
                  <th scope="col">{i('plan.score')}</th>
                  <th scope="col">{i('plan.improvementPoints')}</th>
                  <th scope="col">{i('plan.covered')}</th>
                </tr>
              </thead>
              <tbody>
                {improvementPoints.map((point) => (
                  <tr key={point.findingId}>
                    <th scope="row">
                      <span className="norm__code">{point.normCode}</span> {point.normTitle}
                    </th>
                    <td>{t(`score.${point.score}`)}</td>
                    <td className="inst-text">{point.improvementPoints}</td>
                    <td>
                      {point.covered ? (
                        i('plan.coveredYes', { count: point.actionCount })
                      ) : (
                        <span className="inst-overdue">{i('plan.coveredNo')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="plan-actions-title">
        <h3 id="plan-actions-title">{i('plan.actionsTitle')}</h3>
        {improvementActions.length === 0 ? (
          <p className="muted">{i('plan.noActions')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="plan-actions">
              <caption>{i('plan.actionsCaption', { count: improvementActions.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{i('plan.what')}</th>
                  <th scope="col">{i('plan.norm')}</th>
                  <th scope="col">{i('plan.owner')}</th>
                  <th scope="col">{i('plan.due')}</th>
                  <th scope="col">{i('plan.success')}</th>
                  <th scope="col">{i('plan.evidence')}</th>
                </tr>
              </thead>
              <tbody>
                {improvementActions.map((action) => (
                  <tr key={action.id}>
                    <th scope="row" className="inst-text">
                      {action.what}
                    </th>
                    <td>{action.normCode ?? i('plan.general')}</td>
                    <td>{action.owner}</td>
                    <td>{formatDate(action.dueDate, locale)}</td>
                    <td className="inst-text">{action.successIndicator}</td>
                    <td>
                      <EvidenceFiles files={evidenceOf(action.id)} none={i('plan.noEvidence')} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {rights.reviewPlan ? (
        <PlanReviewForm cycleId={cycle.id} onReviewed={setOutcome} />
      ) : (
        PLAN_STEPS.has(cycle.step ?? '') && rights.part !== 'LEAD' && <p className="muted">{i('plan.leadOnly')}</p>
      )}

      <section aria-labelledby="plan-history-title">
        <h3 id="plan-history-title">{i('plan.historyTitle')}</h3>
        {planReviews.length === 0 ? (
          <p className="muted">{i('plan.noHistory')}</p>
        ) : (
          <ol className="inst-history" data-testid="plan-reviews">
            {planReviews.map((review) => (
              <li key={review.id} data-review={review.review}>
                <strong>{i('plan.reviewedAt', { review: i(`plan.review.${review.review}`), date: formatDateTime(review.at, locale) })}</strong>
                {review.comments && <p className="inst-text">{review.comments}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
