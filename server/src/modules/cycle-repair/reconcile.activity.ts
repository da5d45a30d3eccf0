import { heartbeat, log } from '@temporalio/activity';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { ReconcileActivities } from '../../../../workflows/src/activities';
import { reconcileCycles } from './reconcile';
import { reconcileLines, reconcileSummary } from './repair-report';

/** The reconcile as the scheduled workflow's activity: the same run as `npm run cycles:reconcile`, its report in the worker's log. */
export function createReconcileActivity(orm: MikroORM, client: Client): ReconcileActivities {
  return {
    async reconcileCycles({ dryRun }) {
      const entries = await reconcileCycles(orm, client, { dryRun, onPage: (checked) => heartbeat(checked) });
      for (const line of reconcileLines(entries, dryRun)) log.info(line);
      return reconcileSummary(entries);
    },
  };
}
