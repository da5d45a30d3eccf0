import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { graphql } from '../../../gql';
import type { SectorOrganisationRowFragment } from '../../../gql/graphql';
import { NextStepText } from '../../../components/ui/next-step-text';
import { formatDay } from '../sector-format';

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
}

export function OverviewTable({ organisations, totalCount }: OverviewTableProps) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  return (
    <div className="table-wrap">
      <table className="table" data-testid="overview-table">
        <caption>{t('overview.caption', { shown: organisations.length, count: totalCount })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.organisation')}</th>
            <th scope="col">{t('overview.place')}</th>
            <th scope="col">{t('overview.phaseStep')}</th>
            <th scope="col">{t('overview.waitingOn')}</th>
            <th scope="col">{t('overview.institution')}</th>
            <th scope="col">{t('overview.certificate')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((org) => {
            const cycle = org.currentCycle;
            return (
              <tr key={org.id} data-testid="organisation-row" data-organisation-id={org.id}>
                <th scope="row">{org.name}</th>
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
                      {/* Past the process deadline, as the "overdue" filter reads it. */}
                      {cycle.overdue && <span className="sector-tag sector-tag--error">{t('overview.overdue')}</span>}
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
