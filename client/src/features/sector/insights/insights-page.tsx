import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PendingQuery } from '../../../components/ui/pending-query';
import { graphql } from '../../../gql';
import type { CyclePhase } from '../../../gql/graphql';
import { readableDuration } from '../sector-format';
import { SectorPage } from '../sector-page';
import { BarTable } from './bar-table';
import { LearningFigures } from './learning-figures';
import { NormFindingsChart } from './norm-findings-chart';

const SectorInsightsQuery = graphql(`
  query SectorInsights {
    sectorOverview {
      overdueCount
      expiringWithin90Days
      countsPerPhase {
        phase
        count
      }
      countsPerVariant {
        variant
        count
      }
      timePerPhase {
        phase
        averageSeconds
        cycles
      }
      normFindings {
        normCode
        normTitle
        frameworkVersion
        meets
        partlyMeets
        doesNotMeet
        notApplicable
      }
    }
  }
`);

/** Final phases close a cycle: no open cycle stays there and no stay ends, so their rows would always be empty. */
const FINAL = new Set<CyclePhase>(['REFUSED', 'EXPIRED', 'WITHDRAWN', 'RENEWED']);

/** Sector-wide figures: where the cycles are, how long each phase takes, and which norms the sector finds hard. */
export function InsightsPage() {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  const { data, loading, error, refetch } = useQuery(SectorInsightsQuery, { fetchPolicy: 'cache-and-network' });
  const overview = data?.sectorOverview;
  const durationText = (seconds: number) => {
    const { text, approximate } = readableDuration(seconds, locale);
    return approximate ? t('insights.about', { duration: text }) : text;
  };

  return (
    <SectorPage title={t('insights.title')} intro={t('insights.intro')}>
      {!overview ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : (
        <>
          <section aria-labelledby="insights-attention">
            <h2 id="insights-attention">{t('insights.attention')}</h2>
            <dl className="sector-figures">
              <div className="sector-figure" data-testid="overdue-count">
                <dt>{t('insights.overdue')}</dt>
                <dd>{overview.overdueCount}</dd>
                <dd>
                  <Link href="/?overdue=1">{t('insights.showOverdue')}</Link>
                </dd>
              </div>
              <div className="sector-figure" data-testid="expiring-count">
                <dt>{t('insights.expiring')}</dt>
                <dd>{overview.expiringWithin90Days}</dd>
                <dd>
                  <Link href="/?expiring=1">{t('insights.showExpiring')}</Link>
                </dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="insights-phases">
            <h2 id="insights-phases">{t('insights.phases')}</h2>
            <BarTable
              testId="phase-counts"
              caption={t('insights.phasesCaption')}
              labelHeader={t('insights.phase')}
              valueHeader={t('insights.cycles')}
              rows={overview.countsPerPhase.filter((p) => !FINAL.has(p.phase)).map((p) => ({ key: p.phase, label: common(`phase.${p.phase}`), value: p.count, text: String(p.count) }))}
            />
          </section>

          <section aria-labelledby="insights-variants">
            <h2 id="insights-variants">{t('insights.variants')}</h2>
            <BarTable
              testId="variant-counts"
              caption={t('insights.variantsCaption')}
              labelHeader={t('insights.variant')}
              valueHeader={t('insights.cycles')}
              rows={overview.countsPerVariant.map((v) => ({ key: v.variant, label: common(`variant.${v.variant}`), value: v.count, text: String(v.count) }))}
            />
          </section>

          <section aria-labelledby="insights-time">
            <h2 id="insights-time">{t('insights.time')}</h2>
            <BarTable
              testId="phase-durations"
              caption={t('insights.timeCaption')}
              labelHeader={t('insights.phase')}
              valueHeader={t('insights.averageTime')}
              rows={overview.timePerPhase.filter((p) => !FINAL.has(p.phase)).map((p) => ({
                key: p.phase,
                label: common(`phase.${p.phase}`),
                value: p.averageSeconds ?? 0,
                text:
                  p.averageSeconds === null || p.averageSeconds === undefined
                    ? t('insights.noStays')
                    : t('insights.averageOver', { duration: durationText(p.averageSeconds), count: p.cycles }),
              }))}
            />
          </section>

          <section aria-labelledby="insights-findings">
            <h2 id="insights-findings">{t('insights.findings')}</h2>
            <p className="muted">{t('insights.findingsIntro')}</p>
            <NormFindingsChart findings={overview.normFindings} />
          </section>

          <LearningFigures />
        </>
      )}
    </SectorPage>
  );
}
