import type { OrganisationImprovementPlanFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useOrgTexts } from '../organisation-texts';

/** The lead auditor's reviews, newest first; a returned plan's comments are what to work on now. */
export function PlanReviews({ reviews, drafting }: { reviews: OrganisationImprovementPlanFragment['planReviews']; drafting: boolean }) {
  const { o, locale } = useOrgTexts();
  if (reviews.length === 0) return null;
  const newestFirst = [...reviews].reverse();
  const returned = drafting && newestFirst[0].review === 'RETURN';
  return (
    <section className={`card${returned ? ' card--attention' : ''}`} aria-labelledby="reviews-title" data-testid="plan-reviews">
      <h2 id="reviews-title">{returned ? o('plan.returnedTitle') : o('plan.reviewsTitle')}</h2>
      {returned && <p>{o('plan.returnedIntro')}</p>}
      <ul className="reviews">
        {newestFirst.map((review) => (
          <li key={review.id} data-testid="plan-review" data-review={review.review}>
            <p>
              <strong>{o(`review.${review.review}`)}</strong> <span className="muted">· {formatDateTime(review.at, locale)}</span>
            </p>
            {review.comments && <p className="pre-wrap">{review.comments}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
