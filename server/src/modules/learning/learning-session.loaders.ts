import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { LearningSessionParticipant } from './learning-session.entity';

/** Per-request batch: the participants of each session of a page, with their names, in one query for the page. */
export function createLearningSessionLoaders(em: EntityManager) {
  return {
    participants: new DataLoader<string, LearningSessionParticipant[]>(async (sessionIds) => {
      const rows = await em.find(LearningSessionParticipant, { session: { $in: [...sessionIds] } }, { populate: ['person'] });
      const bySession = new Map<string, LearningSessionParticipant[]>();
      for (const row of rows) bySession.set(row.session.id, [...(bySession.get(row.session.id) ?? []), row]);
      const byName = (a: LearningSessionParticipant, b: LearningSessionParticipant) =>
        a.person.getEntity().name.localeCompare(b.person.getEntity().name) || a.person.id.localeCompare(b.person.id);
      return sessionIds.map((id) => (bySession.get(id) ?? []).sort(byName));
    }),
  };
}
