import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { PendingQuery } from '../../../components/ui/pending-query';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { SectorPage } from '../sector-page';

const InstitutionsQuery = graphql(`
  query SectorInstitutions {
    certifyingInstitutions {
      id
      name
      admitted
      auditors {
        id
      }
    }
  }
`);

const AdmissionMutation = graphql(`
  mutation SectorSetAdmission($input: SetCertifyingInstitutionAdmissionInput!) {
    setCertifyingInstitutionAdmission(input: $input) {
      id
      admitted
    }
  }
`);

interface Outcome {
  institutionId: string;
  message?: string;
}

/** Which certifying institutions may certify under the scheme; a revoked one cannot be engaged for new audits. */
export function InstitutionsPage({ role }: { role: Role }) {
  const { t } = useTranslation('sector');
  const { data, loading, error, refetch } = useQuery(InstitutionsQuery, { fetchPolicy: 'cache-and-network' });
  const setAdmission = useCommand(AdmissionMutation);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const institutions = data?.certifyingInstitutions;

  async function change(institution: { id: string; name: string }, admitted: boolean) {
    setOutcome(null);
    setPendingId(institution.id);
    const done = await setAdmission.run({ input: { certifyingInstitutionId: institution.id, admitted } });
    setPendingId(null);
    setOutcome(
      done
        ? { institutionId: institution.id, message: t(admitted ? 'institutions.admittedDone' : 'institutions.revokedDone', { name: institution.name }) }
        : { institutionId: institution.id },
    );
  }

  return (
    <SectorPage title={t('institutions.title')} intro={t('institutions.intro')}>
      {role !== 'SECTOR_ADMIN' && <p className="muted">{t('institutions.onlyAdmin')}</p>}
      <div role="status" data-testid="institutions-status">
        {outcome?.message && <p className="banner banner--success">{outcome.message}</p>}
      </div>
      {!institutions ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : institutions.length === 0 ? (
        <p className="card muted">{t('institutions.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="institutions-table">
            <caption>{t('institutions.caption', { count: institutions.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('institutions.name')}</th>
                <th scope="col" className="num">
                  {t('institutions.auditors')}
                </th>
                <th scope="col">{t('institutions.admission')}</th>
                <th scope="col">{t('institutions.action')}</th>
              </tr>
            </thead>
            <tbody>
              {institutions.map((ci) => (
                <tr key={ci.id} data-testid="institution-row" data-institution-id={ci.id}>
                  <th scope="row">{ci.name}</th>
                  <td className="num">{ci.auditors.length}</td>
                  <td>
                    <span className={`sector-tag ${ci.admitted ? 'sector-tag--valid' : 'sector-tag--error'}`}>
                      {t(ci.admitted ? 'institutions.admitted' : 'institutions.notAdmitted')}
                    </span>
                  </td>
                  <td>
                    <Button
                      variant="secondary"
                      busy={pendingId === ci.id}
                      busyLabel={t('institutions.busy')}
                      aria-label={t(ci.admitted ? 'institutions.revokeLabel' : 'institutions.admitLabel', { name: ci.name })}
                      onClick={() => void change(ci, !ci.admitted)}
                    >
                      {t(ci.admitted ? 'institutions.revoke' : 'institutions.admit')}
                    </Button>
                    {/* A refusal stays with the institution it is about. */}
                    {setAdmission.refusal && outcome?.institutionId === ci.id && <Refusal className="field__error" refusal={setAdmission.refusal} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SectorPage>
  );
}
