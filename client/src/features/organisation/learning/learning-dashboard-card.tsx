import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PendingQuery } from '../../../components/ui/pending-query';
import { CycleLearningDashboardQuery, PeerVisitLearningDashboardQuery } from './learning-dashboard-operations';
import { useLearningDashboardTexts } from './learning-dashboard-texts';
import { DashboardYear, LearningDashboardView } from './learning-dashboard-view';

/** Whose learning the card shows: the organisation of an audited cycle, or the one a peer visit goes to. */
export type DashboardOf = { cycleId: string } | { peerVisitId: string };

/** "Learning between audits" as a card of the auditor's cycle view or of the peer visit screen. */
export function LearningDashboardCard({ of }: { of: DashboardOf }) {
  const { d } = useLearningDashboardTexts();
  const [year, setYear] = useState(new Date().getFullYear());
  return (
    <section className="card" aria-labelledby="learning-dashboard-title" data-testid="learning-dashboard-card">
      <h2 id="learning-dashboard-title">{d('heading')}</h2>
      <DashboardYear year={year} onChange={setYear} />
      {'cycleId' in of ? <OfCycle cycleId={of.cycleId} year={year} /> : <OfPeerVisit peerVisitId={of.peerVisitId} year={year} />}
    </section>
  );
}

function OfCycle({ cycleId, year }: { cycleId: string; year: number }) {
  const { data, error, loading, refetch } = useQuery(CycleLearningDashboardQuery, { variables: { cycleId, year }, fetchPolicy: 'cache-and-network' });
  const dashboard = data?.cycleLearningDashboard;
  return dashboard ? <LearningDashboardView dashboard={dashboard} /> : <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />;
}

function OfPeerVisit({ peerVisitId, year }: { peerVisitId: string; year: number }) {
  const { data, error, loading, refetch } = useQuery(PeerVisitLearningDashboardQuery, { variables: { peerVisitId, year }, fetchPolicy: 'cache-and-network' });
  const dashboard = data?.peerVisitLearningDashboard;
  return dashboard ? <LearningDashboardView dashboard={dashboard} /> : <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />;
}
