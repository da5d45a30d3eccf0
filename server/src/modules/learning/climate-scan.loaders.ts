import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ClimateScanRoundTeam } from './climate-scan.entity';
import type { Team } from './team.entity';

/** Per-request batch: the teams of each round of a page, one query for the page. */
export function createClimateScanLoaders(em: EntityManager) {
  return {
    roundTeams: new DataLoader<string, Team[]>(async (roundIds) => {
      const rows = await em.find(ClimateScanRoundTeam, { round: { $in: [...roundIds] } }, { populate: ['team'] });
      return roundIds.map((id) =>
        rows
          .filter((r) => r.round.id === id)
          .map((r) => r.team.getEntity())
          .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
      );
    }),
  };
}
