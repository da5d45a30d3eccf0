import type { RespondentInvitationFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useRespondentTexts } from './respondents-texts';

interface RespondentInvitationsTableProps {
  invitations: readonly RespondentInvitationFieldsFragment[];
  totalCount: number;
}

/** Who was invited, from which layer, on which norms and until when, and how far each one is. */
export function RespondentInvitationsTable({ invitations, totalCount }: RespondentInvitationsTableProps) {
  const { r, locale } = useRespondentTexts();
  if (totalCount === 0) {
    return (
      <p className="muted" data-testid="no-invitations">
        {r('list.none')}
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table" data-testid="respondent-invitations">
        <caption>{r('list.caption', { count: totalCount })}</caption>
        <thead>
          <tr>
            <th scope="col">{r('list.name')}</th>
            <th scope="col">{r('list.layer')}</th>
            <th scope="col">{r('list.scope')}</th>
            <th scope="col">{r('list.dueDate')}</th>
            <th scope="col" className="num">
              {r('list.progress')}
            </th>
            <th scope="col">{r('list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id} data-testid={`invitation-${invitation.respondent.id}`}>
              <th scope="row">{invitation.respondent.name}</th>
              <td>{r(`layer.${invitation.layer}`)}</td>
              <td>{invitation.categoryCodes.length === 0 ? r('list.allNorms') : invitation.categoryCodes.join(', ')}</td>
              <td>{formatDate(invitation.dueDate, locale)}</td>
              <td className="num">{r('list.progressValue', { answered: invitation.answeredCount, total: invitation.normCount })}</td>
              <td data-testid="invitation-status">
                {invitation.submittedAt ? r('list.submitted', { date: formatDateTime(invitation.submittedAt, locale) }) : r('list.open')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
