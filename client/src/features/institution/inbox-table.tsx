import { Deadline } from '../../components/ui/deadline';
import { Link } from 'wouter';
import type { InstitutionInboxCycleFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { NextStepText } from '../../components/ui/next-step-text';
import { useInstitutionTexts } from './institution-texts';

/** One group of the inbox as a table; the organisation's name opens the cycle. */
export function InboxTable({ cycles, testId }: { cycles: InstitutionInboxCycleFragment[]; testId: string }) {
  const { i, t, locale } = useInstitutionTexts();
  return (
    <div className="table-wrap">
      <table className="table inst-inbox" data-testid={testId}>
        <caption>{i('inbox.caption', { count: cycles.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{i('inbox.col.organisation')}</th>
            <th scope="col">{i('inbox.col.place')}</th>
            <th scope="col">{i('inbox.col.stage')}</th>
            <th scope="col">{i('inbox.col.waitingOn')}</th>
            <th scope="col">{i('inbox.col.due')}</th>
            <th scope="col">{i('inbox.col.dates')}</th>
            <th scope="col">{i('inbox.col.auditors')}</th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((cycle) => (
            <tr key={cycle.id} data-testid="inbox-row" data-cycle-id={cycle.id} data-step={cycle.step ?? ''}>
              <th scope="row">
                <Link href={`/cycles/${cycle.id}`}>{cycle.organisation.name}</Link>
              </th>
              <td>{cycle.organisation.place}</td>
              <td>
                {t(`phase.${cycle.phase}`)}
                {cycle.step && <span className="inst-step">{i(`step.${cycle.step}`)}</span>}
              </td>
              <td data-testid="inbox-next-step">
                <NextStepText step={cycle.nextStep} />
              </td>
              <td>
                {cycle.dueAt ? <Deadline due={cycle.dueAt} overdue={cycle.overdue} /> : <span className="muted">{i('inbox.noDue')}</span>}
              </td>
              <td>
                {cycle.confirmedAuditDate ? (
                  <strong>{formatDate(cycle.confirmedAuditDate, locale)}</strong>
                ) : cycle.proposedAuditDates.length > 0 ? (
                  i('inbox.proposed', { dates: cycle.proposedAuditDates.map((d) => formatDate(d, locale)).join(', ') })
                ) : (
                  <span className="muted">{i('inbox.notPlanned')}</span>
                )}
              </td>
              <td>
                {cycle.leadAuditor && cycle.coAuditor ? (
                  i('workspace.leadAndCo', { lead: cycle.leadAuditor.name, co: cycle.coAuditor.name })
                ) : (
                  <span className="muted">{i('inbox.notAssigned')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
