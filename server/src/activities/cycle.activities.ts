import type { MikroORM } from '@mikro-orm/postgresql';
import type { CycleActivities } from '../../../workflows/src/activities';
import { createCertificateActivities } from './certificate.activity';
import { createCycleChecks } from './cycle-checks.activity';
import { createProjectionActivity } from './projection.activity';

/**
 * The database side of the cycle workflow. Each activity is one transaction and safe to repeat: the
 * worker may crash after committing but before Temporal hears of it, and the retry must change nothing.
 */
export function createCycleActivities(orm: MikroORM): Omit<CycleActivities, 'notify'> {
  return {
    ...createProjectionActivity(orm),
    ...createCycleChecks(orm),
    ...createCertificateActivities(orm),
  };
}
