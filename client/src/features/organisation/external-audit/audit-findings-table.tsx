import { useTranslation } from 'react-i18next';
import type { OrganisationExternalAuditFragment } from '../../../gql/graphql';
import { useOrgTexts } from '../organisation-texts';

/** The auditors' score and notes per norm, visible to the organisation from the draft report on. */
export function AuditFindingsTable({ findings }: { findings: OrganisationExternalAuditFragment['auditFindings'] }) {
  const { t } = useTranslation();
  const { o } = useOrgTexts();
  return (
    <section className="stack" aria-labelledby="findings-title" data-testid="audit-findings">
      <h2 id="findings-title">{o('external.findingsTitle')}</h2>
      {findings.length === 0 ? (
        <p className="card muted">{o('external.findingsLater')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>{o('external.findingsCaption', { count: findings.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{o('external.norm')}</th>
                <th scope="col">{o('external.score')}</th>
                <th scope="col">{o('external.strengths')}</th>
                <th scope="col">{o('external.improvementPoints')}</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((f) => (
                <tr key={f.id} data-testid="audit-finding" data-norm={f.normCode} data-score={f.score}>
                  <th scope="row">{f.normCode}</th>
                  <td>{t(`score.${f.score}`)}</td>
                  <td className="pre-wrap">{f.strengths}</td>
                  <td className="pre-wrap">{f.improvementPoints || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
