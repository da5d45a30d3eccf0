import type { MikroORM } from '@mikro-orm/postgresql';
import { driveToEngagement } from '../support/cycle-driver';
import { PASSWORD } from '../support/fixtures';
import { ACCEPT_ENGAGEMENT } from './operations';

export interface ScheduledCycle {
  cycleId: string;
  lead: { id: string; email: string; password: string };
}

/**
 * A fresh cycle brought through GraphQL to the external audit's SCHEDULING step (as the integration tests
 * do, then the certifying institution accepts), where proposeAuditDates may be given again and again:
 * a real command, with its projection and notification, that can be repeated a few hundred times.
 */
export async function scheduledCycle(apiUrl: string, orm: MikroORM): Promise<ScheduledCycle> {
  const c = await driveToEngagement(apiUrl, orm.em.fork());
  const accepted = await c.manager.ok(ACCEPT_ENGAGEMENT, c.input({ leadAuditorId: c.ci.lead.id, coAuditorId: c.ci.co.id }));
  if (accepted.acceptEngagement.step !== 'SCHEDULING') {
    throw new Error(`acceptEngagement left the cycle at ${JSON.stringify(accepted.acceptEngagement)}, not at SCHEDULING`);
  }
  return { cycleId: c.cycleId, lead: { id: c.ci.lead.id, email: c.ci.lead.email, password: PASSWORD } };
}
