import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PendingQuery } from '../../../components/ui/pending-query';
import { graphql } from '../../../gql';
import { BarTable } from './bar-table';

const SectorLearningQuery = graphql(`
  query SectorLearningFigures($year: Int!) {
    sectorLearningFigures(year: $year) {
      year
      minOrganisations
      enough
      shareMeetingOwnNorm
      organisationsWithFigures
      themes {
        title
        organisations
      }
      scanAverages {
        condition
        average
      }
      organisationsWithScan
    }
  }
`);

/** The learning years that can have a report: the year closed last and the two before it. */
const yearsOffered = (now: Date) => [1, 2, 3].map((back) => now.getFullYear() - back);

/** Learning between audits across the sector, from the organisations' year reports; nothing below five organisations. */
export function LearningFigures() {
  const { t } = useTranslation('sector');
  const [year, setYear] = useState(() => yearsOffered(new Date())[0]);
  const yearField = useId();
  const { data, loading, error, refetch } = useQuery(SectorLearningQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const figures = data?.sectorLearningFigures;
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  return (
    <section aria-labelledby="insights-learning" data-testid="sector-learning">
      <h2 id="insights-learning">{t('insights.learning.title')}</h2>
      <p className="muted">{t('insights.learning.intro')}</p>
      <label htmlFor={yearField}>{t('insights.learning.year')}</label>{' '}
      <select id={yearField} value={year} onChange={(e) => setYear(Number(e.target.value))}>
        {yearsOffered(new Date()).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      {!figures || figures.year !== year ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : !figures.enough ? (
        <p data-testid="sector-learning-too-few">{t('insights.learning.tooFew', { min: figures.minOrganisations })}</p>
      ) : (
        <>
          <dl className="sector-figures">
            <div className="sector-figure" data-testid="sector-learning-norm">
              <dt>{t('insights.learning.meetingNorm')}</dt>
              <dd>{figures.shareMeetingOwnNorm === null || figures.shareMeetingOwnNorm === undefined ? t('insights.learning.tooFewShort') : pct(figures.shareMeetingOwnNorm)}</dd>
              {figures.organisationsWithFigures ? <dd>{t('insights.learning.over', { count: figures.organisationsWithFigures })}</dd> : null}
            </div>
          </dl>
          {figures.themes.length ? (
            <BarTable
              testId="sector-learning-themes"
              caption={t('insights.learning.themesCaption')}
              labelHeader={t('insights.learning.theme')}
              valueHeader={t('insights.learning.organisations')}
              rows={figures.themes.map((th) => ({ key: th.title, label: th.title, value: th.organisations, text: String(th.organisations) }))}
            />
          ) : (
            <p>{t('insights.learning.noThemes')}</p>
          )}
          {figures.scanAverages.length ? (
            <BarTable
              testId="sector-learning-scan"
              caption={t('insights.learning.scanCaption', { count: figures.organisationsWithScan ?? 0 })}
              labelHeader={t('insights.learning.condition')}
              valueHeader={t('insights.learning.average')}
              rows={figures.scanAverages.map((a) => ({ key: a.condition, label: t(`insights.learning.conditions.${a.condition}`), value: a.average ?? 0, text: a.average === null || a.average === undefined ? '–' : a.average.toFixed(2) }))}
            />
          ) : (
            <p>{t('insights.learning.scanTooFew', { min: figures.minOrganisations })}</p>
          )}
        </>
      )}
    </section>
  );
}
