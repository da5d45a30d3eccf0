import { zodResolver } from '@hookform/resolvers/zod';
import { ConfirmStep, useConfirmStep } from '../../components/ui/confirm-step';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from '../../lib/form-schema';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { graphql } from '../../gql';
import type { ImprovementPlanReview } from '../../gql/graphql';
import { useCommand } from '../../lib/use-command';
import { useFormErrors } from '../../lib/use-form-errors';
import { useInstitutionTexts } from './institution-texts';

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
  const review = useCommand(ReviewImprovementPlanMutation, { refetchQueries: ['InstitutionPlan', 'InstitutionInbox'] });
  const [pending, setPending] = useState<ImprovementPlanReview | null>(null);
  // Whether a return needs comments is the server's rule: its refusal shows beside the field.
  const form = useForm<{ comments: string }>({ resolver: zodResolver(z.object({ comments: z.string() })), defaultValues: { comments: '' } });
  const errors = useFormErrors({ form, refusal: review.refusal, prefix: 'review', fields: { comments: 'review-comments' }, text: errorText });

  const check = useConfirmStep();
  const { t } = useTranslation();
  const run = async (choice: ImprovementPlanReview, comments: string) => {
    setPending(choice);
    const done = await review.run({ input: { cycleId, review: choice, comments } });
    setPending(null);
    if (done) {
      form.reset();
      onReviewed(choice);
    }
  };
  // Accepting closes the plan and hands the cycle to the decision: that is checked first. A returned plan
  // comes back to the lead auditor, so returning goes at once.
  const send = (choice: ImprovementPlanReview) =>
    form.handleSubmit(({ comments }) => (choice === 'ACCEPT' ? check.ask(() => run(choice, comments)) : run(choice, comments)), review.reset)();

  return (
    <form
      className="card form"
      noValidate
      data-testid="plan-review-form"
      aria-labelledby="plan-review-title"
      onSubmit={(event) => {
        event.preventDefault();
        void send('ACCEPT');
      }}
    >
      <h3 id="plan-review-title">{i('plan.reviewTitle')}</h3>
      {errors.summary}
      <p className="muted">{i('plan.reviewIntro')}</p>
      <Field id="review-comments" label={i('plan.comments')} hint={i('plan.commentsHint')} {...errors.field('comments')}>
        <textarea rows={4} maxLength={20000} {...form.register('comments')} />
      </Field>
      <ConfirmStep
        step={check}
        effect={t('confirmStep.command.acceptPlan.effect')}
        told={t('confirmStep.command.acceptPlan.told')}
        busy={review.pending && pending === 'ACCEPT'}
        busyLabel={i('plan.accepting')}
      >
        <div className="actions">
          <Button type="submit" disabled={review.pending && pending !== 'ACCEPT'}>
            {i('plan.accept')}
          </Button>
          <Button
            variant="secondary"
            busy={review.pending && pending === 'RETURN'}
            busyLabel={i('plan.returning')}
            disabled={review.pending && pending !== 'RETURN'}
            onClick={() => void send('RETURN')}
          >
            {i('plan.return')}
          </Button>
        </div>
      </ConfirmStep>
    </form>
  );
}
