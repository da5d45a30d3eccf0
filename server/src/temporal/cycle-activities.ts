import type { MikroORM } from '@mikro-orm/postgresql';
import type { CycleActivities } from '../../../workflows/src/activities';
import { createCertificateActivities } from '../modules/certificate/certificate.activity';
import { createProjectionActivity } from '../modules/cycle/cycle-projection.activity';
import { createMissingFindingsActivity } from '../modules/external-audit/missing-findings.activity';
import { createUncoveredPointsActivity } from '../modules/improvement-plan/uncovered-points.activity';
import { createInternalAuditCountActivity } from '../modules/internal-audit/internal-audit-count.activity';
import { createCycleVariantActivity } from '../modules/peer-review/peer-group.activity';
import { createSelfEvaluationLockActivity } from '../modules/self-evaluation/self-evaluation-lock.activity';

/**
 * The database side of the cycle workflow, gathered from the modules that own each piece of data. Each
 * activity is one transaction and safe to repeat: the worker may crash after committing but before
 * Temporal hears of it, and the retry must change nothing.
 */
export function createCycleActivities(orm: MikroORM, testSecondsDurations = false): Omit<CycleActivities, 'notify' | 'remindRespondents' | 'mailRespondentInvitations'> {
  return {
    ...createProjectionActivity(orm),
    ...createSelfEvaluationLockActivity(orm),
    ...createInternalAuditCountActivity(orm),
    ...createMissingFindingsActivity(orm),
    ...createUncoveredPointsActivity(orm),
    ...createCertificateActivities(orm, testSecondsDurations),
    ...createCycleVariantActivity(orm),
  };
}
