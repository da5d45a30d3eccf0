import { useTranslation } from 'react-i18next';
import type { NormScore, SectorDecisionCycleQuery } from '../../../gql/graphql';

type Summary = NonNullable<SectorDecisionCycleQuery['cycle']['decisionSummary']>;

const SCORES = [
  ['MEETS', 'meets'],
  ['PARTLY_MEETS', 'partlyMeets'],
  ['DOES_NOT_MEET', 'doesNotMeet'],
  ['NOT_APPLICABLE', 'notApplicable'],
] as const;

function ScoreTag({ score }: { score: NormScore | null | undefined }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  if (!score) return <span className="muted">{t('decisionSummary.noScore')}</span>;
  return <span className={`sector-tag sector-tag--score-${score.toLowerCase()}`}>{common(`score.${score}`)}</span>;
}

/**
 * The dossier at a glance, above the decision: the scores counted (the organisation's own beside the
 * auditors'), and the award rule's verdict with the norms it decides on. The verdict is the server's
 * (Cycle.decisionSummary), the same rule that refuses an award it does not allow.
 */
export function DecisionSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const blocking = summary.decidingNorms.filter((n) => n.blocking).length;
  return (
    <section className="card decision-summary" aria-labelledby="decision-summary-title" data-testid="decision-summary">
      <h2 id="decision-summary-title">{t('decisionSummary.title')}</h2>
      <div className="decision-summary__grid">
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="score-tally-caption">
          <table className="table" data-testid="score-tally">
            <caption id="score-tally-caption">{t('decisionSummary.tallyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisionSummary.score')}</th>
                <th scope="col" className="num">
                  {t('decisionSummary.selfEvaluation')}
                </th>
                <th scope="col" className="num">
                  {t('decisionSummary.auditors')}
                </th>
              </tr>
            </thead>
            <tbody>
              {SCORES.map(([score, key]) => (
                <tr key={score} data-score={score}>
                  <th scope="row">{common(`score.${score}`)}</th>
                  <td className="num" data-testid="self-count">
                    {summary.selfEvaluation[key]}
                  </td>
                  <td className="num" data-testid="auditor-count">
                    {summary.findings[key]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="decision-summary__verdict">
          <p>
            {t('decisionSummary.rule')}: <strong>{t(`rules.award.${summary.awardRule}`)}</strong>
            {summary.awardRulePlaceholder && <span className="tag"> {t('decisionSummary.placeholder')}</span>}
          </p>
          <p
            className={`banner ${summary.awardAllowed ? 'banner--success' : 'banner--warning'}`}
            data-testid="award-verdict"
            data-allowed={String(summary.awardAllowed)}
          >
            {summary.awardAllowed ? t('decisionSummary.allowed') : t('decisionSummary.blocked', { count: blocking })}
          </p>
          {summary.normsWithoutFinding > 0 && <p className="muted">{t('decisionSummary.withoutFinding', { count: summary.normsWithoutFinding })}</p>}
        </div>
      </div>
      {summary.decidingNorms.length === 0 ? (
        <p className="muted">{t('decisionSummary.noneWeighed')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="deciding-norms-caption">
          <table className="table" data-testid="deciding-norms">
            <caption id="deciding-norms-caption">{t('decisionSummary.decidingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisionSummary.norm')}</th>
                <th scope="col">{t('decisionSummary.auditorsScore')}</th>
                <th scope="col">{t('decisionSummary.selfScore')}</th>
                <th scope="col" className="num">
                  {t('decisionSummary.actions')}
                </th>
                <th scope="col">{t('decisionSummary.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.decidingNorms.map((n) => (
                <tr key={n.norm.id} data-norm-code={n.norm.code} data-blocking={String(n.blocking)}>
                  <th scope="row">
                    <span className="norm__code">{n.norm.code}</span> {n.norm.title}
                  </th>
                  <td>
                    <ScoreTag score={n.score} />
                  </td>
                  <td>
                    <ScoreTag score={n.selfEvaluationScore} />
                  </td>
                  <td className="num">{n.actionCount}</td>
                  <td>{n.blocking ? <strong>{t('decisionSummary.blocks')}</strong> : t('decisionSummary.answered')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
