import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PendingQuery } from '../../../components/ui/pending-query';
import { graphql } from '../../../gql';
import { formatDateTime } from '../../../lib/format';
import { SectorPage } from '../sector-page';
import { FindingsSection, PlanSection, ReportsSection } from '../decisions/cycle-dossier';
import { DecisionCycleQuery } from '../decisions/decision-cycle-query';
import { DossierFacts } from '../decisions/dossier-facts';

const CyclePhaseHistoryQuery = graphql(`
  query SectorCyclePhaseHistory($cycleId: ID!) {
    cycleEvents(cycleId: $cycleId) {
      id
      at
      fromPhase
      toPhase
      actorName
    }
  }
`);

/**
 * One cycle as the sector body reads it from the overview: its facts, how it moved from phase to phase,
 * and the documents that exist so far (reports, findings, the improvement plan). The same reads as the
 * decision's dossier, without the decision form.
 */
export function CycleDossierPage({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  const { data, loading, error, refetch } = useQuery(DecisionCycleQuery, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  const history = useQuery(CyclePhaseHistoryQuery, { variables: { cycleId }, fetchPolicy: 'cache-and-network' });
  const cycle = data?.cycle;
  if (!cycle) {
    return (
      <SectorPage title={t('cycleDossier.title')}>
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      </SectorPage>
    );
  }
  // Only the events that changed the phase: the rest of the trail is the process's detail.
  const moves = (history.data?.cycleEvents ?? []).filter((event) => event.fromPhase !== event.toPhase);
  return (
    <SectorPage title={t('cycleDossier.titleFor', { name: cycle.organisation.name })}>
      <p>
        <Link href="/">{t('cycleDossier.back')}</Link>
        {cycle.nextStep.task === 'DECIDE' && (
          <>
            {' · '}
            <Link href={`/decisions/${cycle.id}`}>{t('overview.openDecision')}</Link>
          </>
        )}
      </p>
      {cycle.frameworkVersion.illustrative && <p className="banner banner--warning">{common('illustrative')}</p>}
      <DossierFacts cycle={cycle} />
      <section className="card" aria-labelledby="phase-history-title" data-testid="phase-history">
        <h2 id="phase-history-title">{t('cycleDossier.historyTitle')}</h2>
        {!history.data ? (
          <PendingQuery error={history.error} loading={history.loading} onRetry={() => void history.refetch()} />
        ) : moves.length === 0 ? (
          <p className="muted">{t('cycleDossier.noHistory')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="phase-history-title">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('cycleDossier.when')}</th>
                  <th scope="col">{t('cycleDossier.from')}</th>
                  <th scope="col">{t('cycleDossier.to')}</th>
                  <th scope="col">{t('cycleDossier.by')}</th>
                </tr>
              </thead>
              <tbody>
                {moves.map((event) => (
                  <tr key={event.id} data-testid="phase-move" data-to={event.toPhase}>
                    <td>{formatDateTime(event.at, locale)}</td>
                    <td>{event.fromPhase ? common(`phase.${event.fromPhase}`) : t('cycleDossier.start')}</td>
                    <th scope="row">{common(`phase.${event.toPhase}`)}</th>
                    <td>{event.actorName ?? t('cycleDossier.process')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ReportsSection cycle={cycle} />
      <FindingsSection cycle={cycle} />
      <PlanSection cycle={cycle} />
    </SectorPage>
  );
}
