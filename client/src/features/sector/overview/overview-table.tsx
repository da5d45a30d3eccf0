import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { graphql } from '../../../gql';
import type { SectorOrganisationRowFragment } from '../../../gql/graphql';
import { NextStepText } from '../../../components/ui/next-step-text';
import { formatDay } from '../sector-format';
import type { Sort, SortKey } from './overview-filters';
import { sortRows } from './overview-sort';

export const SectorOrganisationRowFragmentDoc = graphql(`
  fragment SectorOrganisationRow on Organisation {
    id
    name
    place
    currentCycle {
      id
      phase
      step
      overdue
      ...CycleNextStep
      certifyingInstitution {
        id
        name
      }
    }
    certificate {
      id
      number
      status
      validUntil
    }
  }
`);

interface OverviewTableProps {
  organisations: SectorOrganisationRowFragment[];
  totalCount: number;
  sort: Sort;
  onSort(sort: Sort): void;
}

export function OverviewTable({ organisations, totalCount, sort, onSort }: OverviewTableProps) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  const rows = sortRows(organisations, sort, locale);
  // A column header is a button that sorts by it; a second press turns the order round. aria-sort tells
  // a screen reader which column orders the table and which way.
  const sortable = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" className="sort-button" data-testid={`sort-${key}`} onClick={() => onSort({ key, descending: active && !sort.descending })}>
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-wrap">
      <table className="table" data-testid="overview-table">
        <caption>
          {t('overview.caption', { shown: organisations.length, count: totalCount })}
          {sort.key !== 'name' && organisations.length < totalCount && <span className="sector-sub">{t('overview.sortLoaded')}</span>}
        </caption>
        <thead>
          <tr>
            {sortable('name', t('overview.organisation'))}
            <th scope="col">{t('overview.place')}</th>
            {sortable('phase', t('overview.phaseStep'))}
            {sortable('deadline', t('overview.waitingOn'))}
            <th scope="col">{t('overview.institution')}</th>
            <th scope="col">{t('overview.certificate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((org) => {
            const cycle = org.currentCycle;
            return (
              <tr key={org.id} data-testid="organisation-row" data-organisation-id={org.id}>
                <th scope="row">{cycle ? <Link href={`/cycles/${cycle.id}`}>{org.name}</Link> : org.name}</th>
                <td>{org.place}</td>
                <td>
                  {cycle ? (
                    <>
                      {common(`phase.${cycle.phase}`)}
                      {cycle.step && <span className="sector-sub">{t(`step.${cycle.step}`)}</span>}
                      {cycle.nextStep.task === 'DECIDE' && (
                        <span className="sector-sub">
                          <Link href={`/decisions/${cycle.id}`}>{t('overview.openDecision')}</Link>
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="muted">{t('overview.noCycle')}</span>
                  )}
                </td>
                <td data-testid="overview-next-step" data-actor={cycle?.nextStep.actor ?? 'NOBODY'}>
                  {cycle ? (
                    <>
                      {/* The server's answer, from the sector body's side: where it must act, "U". */}
                      <NextStepText step={cycle.nextStep} />
                      {/* Past the process deadline, as the "overdue" filter reads it; the next step's own
                          deadline line says so already when it has one. */}
                      {cycle.overdue && !cycle.nextStep.dueAt && <span className="sector-tag sector-tag--error">{t('overview.overdue')}</span>}
                    </>
                  ) : (
                    <span className="muted">{t('overview.nobody')}</span>
                  )}
                </td>
                <td>{cycle?.certifyingInstitution?.name ?? <span className="muted">{t('overview.none')}</span>}</td>
                <td>
                  {org.certificate ? (
                    <>
                      <span className={`sector-tag sector-tag--${org.certificate.status.toLowerCase()}`}>
                        {t(`certificateStatus.${org.certificate.status}`)}
                      </span>
                      <span className="sector-sub">{t('overview.validUntil', { date: formatDay(org.certificate.validUntil, locale) })}</span>
                    </>
                  ) : (
                    <span className="muted">{t('overview.noCertificate')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
