import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { graphql } from '../../gql';
import type { ImprovementPlanReview } from '../../gql/graphql';
import { fieldRefusal } from './form-bits';
import { useInstitutionTexts } from './institution-texts';
import { useCycleCommand } from './use-cycle-command';

const ReviewImprovementPlanMutation = graphql(`
  mutation InstitutionReviewImprovementPlan($input: ReviewImprovementPlanInput!) {
    reviewImprovementPlan(input: $input) {
      ...InstitutionCycleHeader
    }
  }
`);

interface PlanReviewFormProps {
  cycleId: string;
  onReviewed(review: ImprovementPlanReview): void;
}

/** The lead auditor's review: accept, or return with comments (the server requires them then). */
export function PlanReviewForm({ cycleId, onReviewed }: PlanReviewFormProps) {
  const { i, errorText } = useInstitutionTexts();
  const review = useCycleCommand(ReviewImprovementPlanMutation, ['InstitutionPlan', 'InstitutionInbox']);
  const [comments, setComments] = useState('');
  const [pending, setPending] = useState<ImprovementPlanReview | null>(null);
  const refusal = fieldRefusal(review.error, 'review', ['comments']);

  async function send(choice: ImprovementPlanReview) {
    setPending(choice);
    const done = await review.run({ cycleId, review: choice, comments });
    setPending(null);
    if (done) {
      setComments('');
      onReviewed(choice);
    }
  }

  return (
    <form
      className="card form"
      noValidate
      data-testid="plan-review-form"
      aria-labelledby="plan-review-title"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        void send('ACCEPT');
      }}
    >
      <h3 id="plan-review-title">{i('plan.reviewTitle')}</h3>
      <p className="muted">{i('plan.reviewIntro')}</p>
      <Field id="review-comments" label={i('plan.comments')} hint={i('plan.commentsHint')} {...refusal.field('comments', errorText)}>
        <textarea rows={4} maxLength={20000} value={comments} onChange={(e) => setComments(e.target.value)} />
      </Field>
      {refusal.general()}
      <div className="actions">
        <Button type="submit" busy={review.loading && pending === 'ACCEPT'} busyLabel={i('plan.accepting')} disabled={review.loading && pending !== 'ACCEPT'}>
          {i('plan.accept')}
        </Button>
        <Button
          variant="secondary"
          busy={review.loading && pending === 'RETURN'}
          busyLabel={i('plan.returning')}
          disabled={review.loading && pending !== 'RETURN'}
          onClick={() => void send('RETURN')}
        >
          {i('plan.return')}
        </Button>
      </div>
    </form>
  );
}
