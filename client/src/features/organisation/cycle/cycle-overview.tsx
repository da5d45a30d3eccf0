import { DossierDownload } from '../../../components/ui/dossier-download';
import { graphql } from '../../../gql';
import type { CycleOverviewFragment } from '../../../gql/graphql';
import { allows } from '../../../lib/viewer-can';
import { CycleStatus } from './cycle-status';
import { CycleTimeline } from './cycle-timeline';
import { IllustrativeBanner } from './illustrative-banner';
import { PreparationSummary } from './preparation-summary';

export const CycleOverviewFragmentDoc = graphql(`
  fragment CycleOverview on Cycle {
    id
    phase
    ...CycleViewerCan
    frameworkVersion {
      id
      illustrative
    }
    ...CycleStatus
    ...CycleTimeline
    ...PreparationSummary
  }
`);

/**
 * The open cycle at a glance: where it stands, how far each stage is, and preparation while it lasts. The
 * summary shows while the server says preparing is next; completing it is offered when it would accept it.
 * Below it, the whole dossier to download.
 */
export function CycleOverview({ cycle }: { cycle: CycleOverviewFragment }) {
  return (
    <>
      {cycle.frameworkVersion.illustrative && <IllustrativeBanner />}
      <CycleStatus cycle={cycle} />
      {cycle.nextStep.task === 'PREPARE' && <PreparationSummary cycle={cycle} canComplete={allows(cycle, 'completePreparation')} />}
      <CycleTimeline cycle={cycle} />
      <DossierDownload cycleId={cycle.id} />
    </>
  );
}
