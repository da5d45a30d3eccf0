import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { graphql } from '../../../gql';
import { formatDateTime } from '../../../lib/format';
import { useOrgTexts } from '../organisation-texts';
import { useRefusal } from '../refusal';
import { useSubmit } from '../use-submit';

const OrganisationReplyToDraftMutation = graphql(`
  mutation OrganisationReplyToDraft($input: ReplyToDraftReportInput!) {
    replyToDraftReport(input: $input) {
      ...OrganisationExternalAudit
      ...CycleStatus
      ...CycleTimeline
    }
  }
`);

const FIELDS = ['reply'] as const;

/** The organisation's reply to the draft report, within the scheme's window. */
export function ReplyForm({ cycleId, dueAt, overdue }: { cycleId: string; dueAt: string | null; overdue: boolean }) {
  const { o, locale } = useOrgTexts();
  const [reply, setReply] = useState('');
  const { error, run } = useSubmit();
  const refusal = useRefusal('reply', FIELDS, error);
  const [send, { loading }] = useMutation(OrganisationReplyToDraftMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run((clientMutationId) => send({ variables: { input: { clientMutationId, cycleId, reply } } }));
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="reply-text">{o('external.replyLabel')}</label>
        {dueAt && (
          <p id="reply-hint" className={overdue ? 'field__hint overdue-hint' : 'field__hint'} data-testid="reply-due">
            {overdue ? o('external.replyOverdue', { date: formatDateTime(dueAt, locale) }) : o('external.replyDue', { date: formatDateTime(dueAt, locale) })}
          </p>
        )}
        <textarea
          id="reply-text"
          rows={6}
          required
          maxLength={20_000}
          value={reply}
          onChange={(e) => setReply(e.target.value)}
          {...refusal.invalid('reply', dueAt ? 'reply-hint' : undefined)}
        />
        {refusal.at('reply')}
      </div>
      {refusal.general}
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel={o('external.replying')}>
          {o('external.sendReply')}
        </Button>
      </div>
    </form>
  );
}
