import { graphql } from '../../gql';
import type { CycleOverviewFragment } from '../../gql/graphql';
import { CycleStatus } from './cycle-status';
import { CycleTimeline } from './cycle-timeline';
import { IllustrativeBanner } from './illustrative-banner';
import { PreparationSummary } from './preparation-summary';

export const CycleOverviewFragmentDoc = graphql(`
  fragment CycleOverview on Cycle {
    id
    phase
    frameworkVersion {
      id
      illustrative
    }
    ...CycleStatus
    ...CycleTimeline
    ...PreparationSummary
  }
`);

/** The open cycle at a glance: where it stands, how far each stage is, and preparation while it lasts. */
export function CycleOverview({ cycle, canManage }: { cycle: CycleOverviewFragment; canManage: boolean }) {
  return (
    <>
      {cycle.frameworkVersion.illustrative && <IllustrativeBanner />}
      <CycleStatus cycle={cycle} />
      {cycle.phase === 'PREPARATION' && <PreparationSummary cycle={cycle} canComplete={canManage} />}
      <CycleTimeline cycle={cycle} />
    </>
  );
}
