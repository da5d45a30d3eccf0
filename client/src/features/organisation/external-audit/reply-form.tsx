import { zodResolver } from '@hookform/resolvers/zod';
import { DaysLeft } from '../../../components/ui/deadline';
import { useForm } from 'react-hook-form';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { graphql } from '../../../gql';
import { formatDateTime } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useOrgTexts } from '../organisation-texts';

const OrganisationReplyToDraftMutation = graphql(`
  mutation OrganisationReplyToDraft($input: ReplyToDraftReportInput!) {
    replyToDraftReport(input: $input) {
      ...OrganisationExternalAudit
      ...CycleStatus
      ...CycleTimeline
    }
  }
`);

const FIELDS = { reply: 'reply-text' };

// Whether a reply is long enough (or given at all) is the server's rule.
const schema = z.object({ reply: z.string() });
type ReplyValues = z.infer<typeof schema>;

/** The organisation's reply to the draft report, within the scheme's window. */
export function ReplyForm({ cycleId, dueAt, overdue }: { cycleId: string; dueAt: string | null; overdue: boolean }) {
  const { o, locale, errorText } = useOrgTexts();
  const send = useCommand(OrganisationReplyToDraftMutation);
  const form = useForm<ReplyValues>({ resolver: zodResolver(schema), defaultValues: { reply: '' } });
  const errors = useFormErrors({ form, refusal: send.refusal, prefix: 'reply', fields: FIELDS, text: errorText });

  const onSubmit = form.handleSubmit(async (values) => {
    await send.run({ input: { cycleId, ...values } });
  }, send.reset);

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {errors.summary}
      <div className="field">
        <label htmlFor={FIELDS.reply}>{o('external.replyLabel')}</label>
        {dueAt && (
          <p id="reply-hint" className={overdue ? 'field__hint overdue-hint' : 'field__hint'} data-testid="reply-due">
            {overdue ? o('external.replyOverdue', { date: formatDateTime(dueAt, locale) }) : o('external.replyDue', { date: formatDateTime(dueAt, locale) })}{' '}
            <DaysLeft due={dueAt} overdue={overdue} />
          </p>
        )}
        <textarea
          id={FIELDS.reply}
          rows={6}
          required
          maxLength={20_000}
          {...form.register('reply')}
          {...errors.invalid('reply', dueAt ? 'reply-hint' : undefined)}
        />
        {errors.at('reply')}
      </div>
      <div className="actions">
        <Button type="submit" busy={send.pending} busyLabel={o('external.replying')}>
          {o('external.sendReply')}
        </Button>
      </div>
    </form>
  );
}
