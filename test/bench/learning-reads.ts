import type { LearningWorld } from './learning-seed';
import { body } from './operations';
import type { ReadCase } from './read-latency';
import { LEARNING_OVERVIEW } from './screen-operations';

/**
 * (g) The team overview of learning time in an organisation of 2,000 professionals with a year of entries: a
 * team of 50, and the team of everybody. Each checks that every month shows its figures, so a month hidden by
 * the privacy threshold is not measured as fast.
 */
export function learningOverviewCases(world: LearningWorld): ReadCase[] {
  const overview = (label: string, teamId: string): ReadCase => ({
    label: `(g) learning overview, ${label}`,
    body: body(LEARNING_OVERVIEW, { teamId, year: world.year }),
    check: (data) => {
      const shown = data.learningOverview.months.filter((m: { shown: boolean }) => m.shown).length;
      return shown === 12 ? null : `only ${shown} of 12 months show figures`;
    },
  });
  return [overview('a team of 50', world.teamId), overview(`a team of all ${world.professionals}`, world.wholeTeamId)];
}
