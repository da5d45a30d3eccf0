import type { SectorOrganisationRowFragment } from '../../../gql/graphql';
import { PHASES, type Sort } from './overview-filters';

/** The next step's deadline, a moment or a day; rows without one sort after every row with one. */
const deadlineOf = (org: SectorOrganisationRowFragment): string | null => org.currentCycle?.nextStep.dueAt ?? org.currentCycle?.nextStep.dueOn ?? null;
const phaseRank = (org: SectorOrganisationRowFragment): number => (org.currentCycle ? PHASES.indexOf(org.currentCycle.phase) : PHASES.length);

/**
 * The loaded rows in the chosen order. The server lists organisations by name and takes no order, so a
 * sort by phase or deadline orders the rows loaded so far; the name order is the server's own.
 */
export function sortRows(rows: readonly SectorOrganisationRowFragment[], sort: Sort, locale: string): SectorOrganisationRowFragment[] {
  const byName = (a: SectorOrganisationRowFragment, b: SectorOrganisationRowFragment) => a.name.localeCompare(b.name, locale);
  const compare = (a: SectorOrganisationRowFragment, b: SectorOrganisationRowFragment): number => {
    if (sort.key === 'phase') return phaseRank(a) - phaseRank(b);
    if (sort.key === 'deadline') {
      const [da, db] = [deadlineOf(a), deadlineOf(b)];
      if (da && db) return new Date(da).getTime() - new Date(db).getTime();
      // Without a deadline last, in either direction: they are not "latest", they have none.
      if (da || db) return (da ? -1 : 1) * (sort.descending ? -1 : 1);
      return 0;
    }
    return 0;
  };
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * (compare(a, b) || byName(a, b)));
}
