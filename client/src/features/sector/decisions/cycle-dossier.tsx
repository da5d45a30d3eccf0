import { useTranslation } from 'react-i18next';
import type { SectorDecisionCycleQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/format';

type DossierCycle = SectorDecisionCycleQuery['cycle'];

/** Text as the auditors wrote it, paragraphs kept; an empty text says so rather than leaving a gap. */
function Prose({ text, empty }: { text: string | null | undefined; empty: string }) {
  return text?.trim() ? <p className="sector-prose">{text}</p> : <p className="muted">{empty}</p>;
}

export function ReportsSection({ cycle }: { cycle: DossierCycle }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  const final = [...cycle.reports].reverse().find((r) => r.kind === 'FINAL');
  const draft = [...cycle.reports].reverse().find((r) => r.kind === 'DRAFT');
  return (
    <section className="card" aria-labelledby="dossier-report" data-testid="final-report">
      <h2 id="dossier-report">{t('dossier.reportTitle')}</h2>
      <p className="sector-advice" data-testid="advice">
        {t('dossier.advice')}: <strong>{cycle.advice ? t(`advice.${cycle.advice}`) : t('dossier.noAdvice')}</strong>
      </p>
      {final ? (
        <>
          <p className="muted">{t('dossier.issuedAt', { date: formatDateTime(final.issuedAt, locale) })}</p>
          <h3>{t('dossier.summary')}</h3>
          <Prose text={final.summary} empty={t('dossier.emptyText')} />
          <h3>{t('dossier.strengths')}</h3>
          <Prose text={final.strengths} empty={t('dossier.emptyText')} />
          <h3>{t('dossier.improvementPoints')}</h3>
          <Prose text={final.improvementPoints} empty={t('dossier.emptyText')} />
        </>
      ) : (
        <p className="muted">{t('dossier.noFinalReport')}</p>
      )}
      {draft && (
        <details className="sector-details">
          <summary>{t('dossier.draftAndReply')}</summary>
          <h3>{t('dossier.draftSummary')}</h3>
          <Prose text={draft.summary} empty={t('dossier.emptyText')} />
          <h3>{t('dossier.reply')}</h3>
          <Prose text={draft.reply} empty={t('dossier.noReply')} />
        </details>
      )}
    </section>
  );
}

export function FindingsSection({ cycle }: { cycle: DossierCycle }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const titles = new Map(cycle.assessment.map((a) => [a.normId, a.norm.title]));
  return (
    <section aria-labelledby="dossier-findings">
      <h2 id="dossier-findings">{t('dossier.findingsTitle')}</h2>
      {cycle.auditFindings.length === 0 ? (
        <p className="card muted">{t('dossier.noFindings')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="dossier-findings">
          <table className="table" data-testid="findings-table">
            <caption>{t('dossier.findingsCaption', { count: cycle.auditFindings.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dossier.norm')}</th>
                <th scope="col">{t('dossier.score')}</th>
                <th scope="col">{t('dossier.strengths')}</th>
                <th scope="col">{t('dossier.improvementPoints')}</th>
              </tr>
            </thead>
            <tbody>
              {cycle.auditFindings.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <span className="norm__code">{f.normCode}</span> {titles.get(f.normId) ?? ''}
                  </th>
                  <td>
                    <span className={`sector-tag sector-tag--score-${f.score.toLowerCase()}`}>{common(`score.${f.score}`)}</span>
                  </td>
                  <td>{f.strengths}</td>
                  <td>{f.improvementPoints}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function PlanSection({ cycle }: { cycle: DossierCycle }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  return (
    <section aria-labelledby="dossier-plan">
      <h2 id="dossier-plan">{t('dossier.planTitle')}</h2>
      {cycle.improvementActions.length === 0 ? (
        <p className="card muted">{t('dossier.noActions')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="dossier-plan">
          <table className="table" data-testid="plan-table">
            <caption>{t('dossier.actionsCaption', { count: cycle.improvementActions.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dossier.what')}</th>
                <th scope="col">{t('dossier.norm')}</th>
                <th scope="col">{t('dossier.owner')}</th>
                <th scope="col">{t('dossier.due')}</th>
                <th scope="col">{t('dossier.success')}</th>
                <th scope="col">{t('dossier.status')}</th>
              </tr>
            </thead>
            <tbody>
              {cycle.improvementActions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.what}</th>
                  <td>{a.normCode ?? t('dossier.general')}</td>
                  <td>{a.owner}</td>
                  <td>{formatDate(a.dueDate, locale)}</td>
                  <td>{a.successIndicator}</td>
                  <td>{t(`actionStatus.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('dossier.reviews')}</h3>
      {cycle.planReviews.length === 0 ? (
        <p className="muted">{t('dossier.noReviews')}</p>
      ) : (
        <ul className="sector-list" data-testid="plan-reviews">
          {cycle.planReviews.map((r) => (
            <li key={r.id}>
              <strong>{t(`review.${r.review}`)}</strong> · {formatDateTime(r.at, locale)}
              {r.comments.trim() && <p className="sector-prose">{r.comments}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
