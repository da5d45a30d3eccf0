import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { graphql } from '../../../gql';
import type { CyclePhase } from '../../../gql/graphql';
import { PHASES } from './overview-filters';

const PhaseCountsQuery = graphql(`
  query SectorPhaseCounts {
    sectorOverview {
      countsPerPhase {
        phase
        count
      }
    }
  }
`);

/**
 * The cycles per phase as one bar, each segment as wide as its count. Every segment is a link that filters
 * the list to its phase, and says its phase and count in words; the colours only tell segments apart.
 */
export function PhaseBar({ current }: { current: CyclePhase | null }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const { data } = useQuery(PhaseCountsQuery, { fetchPolicy: 'cache-and-network' });
  const counts = (data?.sectorOverview.countsPerPhase ?? []).filter((c) => c.count > 0);
  if (counts.length === 0) return null;
  const ordered = [...counts].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
  return (
    <nav className="phase-bar" aria-label={t('overview.phaseBar')} data-testid="phase-bar">
      <ul>
        {ordered.map(({ phase, count }) => {
          const label = t('overview.phaseBarSegment', { phase: common(`phase.${phase}`), count });
          return (
            <li key={phase} style={{ flexGrow: count }} className={`phase-bar__segment phase-bar__segment--${PHASES.indexOf(phase)}`}>
              <Link href={`/?phase=${phase}`} title={label} aria-current={current === phase ? 'true' : undefined} data-testid="phase-segment" data-phase={phase} data-count={count}>
                <span className="phase-bar__name">{common(`phase.${phase}`)}</span> <span className="phase-bar__count">{count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
