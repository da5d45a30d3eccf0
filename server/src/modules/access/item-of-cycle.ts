import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../common/errors';
import { Cycle } from '../cycle/cycle.entity';
import type { User } from '../user/user.entity';
import type { AccessPolicy } from './access-policy';

/** What a read needs of the request: its entity manager, the signed-in user and the access policy. */
interface Reader {
  em: EntityManager;
  user: User | null;
  services: { policy: AccessPolicy };
}

/**
 * One item of a cycle (a finding, a report, an action…) read by its ID. Unknown, on a cycle the reader may
 * not see, or of a kind the reader may not see yet: one answer, NOT_FOUND, so the answer never confirms
 * that an ID exists. The ID is a UUID by then: its argument is declared so (common/id-args.ts).
 */
export async function itemOfCycle<T>(
  { em, user, services: { policy } }: Reader,
  what: string,
  id: string,
  load: (id: string) => Promise<{ item: T; cycleId: string } | null>,
  visible: (user: User, cycle: Cycle) => boolean = () => true,
): Promise<T> {
  const found = await load(id);
  const cycle = found ? await em.findOne(Cycle, { id: found.cycleId }) : null;
  if (!found || !cycle || !user || !policy.canReadCycle(user, cycle) || !visible(user, cycle)) throw notFound(what);
  return found.item;
}
