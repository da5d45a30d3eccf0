import type { InstitutionCycleHeaderFragment } from '../../gql/graphql';
import type { Rights } from './rights';

/** What every section of the workspace gets: the cycle's header data and what the user may do now. */
export interface SectionProps {
  cycle: InstitutionCycleHeaderFragment;
  rights: Rights;
}
