import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
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

/** The organisation's reply to the draft report, within the scheme's window. */
export function ReplyForm({ cycleId, dueAt, overdue }: { cycleId: string; dueAt: string | null; overdue: boolean }) {
  const { o, locale, errorText } = useOrgTexts();
  const [reply, setReply] = useState('');
  const send = useCommand(OrganisationReplyToDraftMutation);
  const refusal = useFormErrors({ refusal: send.refusal, prefix: 'reply', fields: { reply: 'reply-text' }, text: errorText });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await send.run({ input: { cycleId, reply } });
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
      {refusal.general && <Refusal refusal={send.refusal!} text={errorText} />}
      <div className="actions">
        <Button type="submit" busy={send.pending} busyLabel={o('external.replying')}>
          {o('external.sendReply')}
        </Button>
      </div>
    </form>
  );
}
