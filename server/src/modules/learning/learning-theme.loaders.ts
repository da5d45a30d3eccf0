import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { LearningThemeInterest } from './learning-theme.entity';

/** Key of one person's interest in one theme. */
export const interestKey = (personId: string, themeId: string) => `${personId}/${themeId}`;

/** Per-request batch: whether a person shows interest in each theme of a page, one query for the page. */
export function createLearningThemeLoaders(em: EntityManager) {
  return {
    interested: new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((k) => k.split('/') as [string, string]);
      const rows = await em.find(LearningThemeInterest, { $or: [...groupedByPerson(pairs)].map(([person, themes]) => ({ person, theme: { $in: themes } })) });
      const found = new Set(rows.map((r) => interestKey(r.person.id, r.theme.id)));
      return keys.map((k) => found.has(k));
    }),
  };
}

function groupedByPerson(pairs: [string, string][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [person, theme] of pairs) map.set(person, [...(map.get(person) ?? []), theme]);
  return map;
}
