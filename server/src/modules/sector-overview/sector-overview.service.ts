import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql, type SqlFragment } from '../../common/sql-fragment';
import type { AccessPolicy } from '../access/access-policy';
import { expiresWithinDays } from '../certificate/certificate-expiry';
import { PHASES, VARIANTS, type Phase } from '../cycle/cycle-enums';
import { SECTOR_ROLES } from '../user/role';
import type { User } from '../user/user.entity';
import type { NormFindingCount, PhaseCount, PhaseDuration, VariantCount } from './sector-overview.views';

/** The horizon of the dashboard's "expiring soon" figure: certificates ending within 90 days. */
export const EXPIRING_HORIZON_DAYS = 90;

/**
 * Sector-wide figures for the sector body's dashboard: each is one aggregate statement, so the
 * dashboard costs the same with 40 organisations as with 10,000.
 */
export class SectorOverviewService {
  constructor(private readonly policy: AccessPolicy) {}

  assertMayView(user: User): void {
    this.policy.assertSectorRole(user, SECTOR_ROLES);
  }

  /** Open cycles per phase; every phase is listed, also with 0, so charts keep their axis. */
  async countsPerPhase(em: EntityManager): Promise<PhaseCount[]> {
    const counts = await openCyclesBy(em, sql`phase`);
    return PHASES.map((phase) => ({ phase, count: counts.get(phase) ?? 0 }));
  }

  /** Open cycles per assessment variant; every variant is listed, also with 0. */
  async countsPerVariant(em: EntityManager): Promise<VariantCount[]> {
    const counts = await openCyclesBy(em, sql`variant`);
    return VARIANTS.map((variant) => ({ variant, count: counts.get(variant) ?? 0 }));
  }

  /**
   * Time per phase from the audit trail. A stay starts at the transition that enters a phase (its recorded
   * from-phase differs) and ends at the next such entry of the same cycle; transitions between the steps
   * of a phase do not end it. Stays still running are left out: their length is not known yet. One window
   * pass over the phase entries only, which a partial covering index can serve without a sort.
   */
  async timePerPhase(em: EntityManager): Promise<PhaseDuration[]> {
    const rows = await queryRows<{ phase: Phase; average_seconds: number; stays: number }>(
      em,
      sql`select phase, avg(extract(epoch from left_at - at))::float8 as average_seconds, count(*)::int as stays
            from (select to_phase as phase, at, lead(at) over (partition by cycle_id order by seq) as left_at
                    from cycle_transition
                   where from_phase is distinct from to_phase) entries
           where left_at is not null
           group by phase`,
    );
    const byPhase = new Map(rows.map((r) => [r.phase, r]));
    return PHASES.map((phase) => ({
      phase,
      averageSeconds: byPhase.get(phase)?.average_seconds ?? null,
      cycles: byPhase.get(phase)?.stays ?? 0,
    }));
  }

  /** Auditors' scores per norm, the norms most often below "meets" first: what the sector should learn. */
  async normFindings(em: EntityManager): Promise<NormFindingCount[]> {
    const rows = await queryRows<{
      code: string;
      title: string;
      framework_version: string;
      meets: number;
      partly_meets: number;
      does_not_meet: number;
      not_applicable: number;
    }>(
      em,
      sql`select n.code, n.title, fv.name || ' ' || fv.version as framework_version,
                 count(*) filter (where f.score = 'MEETS')::int as meets,
                 count(*) filter (where f.score = 'PARTLY_MEETS')::int as partly_meets,
                 count(*) filter (where f.score = 'DOES_NOT_MEET')::int as does_not_meet,
                 count(*) filter (where f.score = 'NOT_APPLICABLE')::int as not_applicable
            from audit_finding f
            join norm n on n.id = f.norm_id
            join framework_version fv on fv.id = n.framework_version_id
           group by n.id, n.code, n.title, fv.name, fv.version, fv.effective_date, n.position
           order by count(*) filter (where f.score in ('DOES_NOT_MEET', 'PARTLY_MEETS')) desc,
                    count(*) filter (where f.score = 'DOES_NOT_MEET') desc,
                    fv.effective_date desc, n.position, n.code`,
    );
    return rows.map((r) => ({
      normCode: r.code,
      normTitle: r.title,
      frameworkVersion: r.framework_version,
      meets: r.meets,
      partlyMeets: r.partly_meets,
      doesNotMeet: r.does_not_meet,
      notApplicable: r.not_applicable,
    }));
  }

  async overdueCount(em: EntityManager): Promise<number> {
    const [row] = await queryRows<{ n: number }>(em, sql`select count(*)::int as n from cycle where closed_at is null and overdue`);
    return row.n;
  }

  /** Organisations (not certificates) with a valid certificate ending within 90 days: the list it opens has as many rows. */
  async expiringWithin90Days(em: EntityManager): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      em,
      sql`select count(distinct c.organisation_id)::int as n from certificate c where ${expiresWithinDays('c', EXPIRING_HORIZON_DAYS)}`,
    );
    return row.n;
  }
}

/** How many open cycles each value of one of the cycle's own columns has, in one aggregate statement. */
async function openCyclesBy(em: EntityManager, column: SqlFragment): Promise<Map<string, number>> {
  const rows = await queryRows<{ key: string; n: number }>(em, sql`select ${column} as key, count(*)::int as n from cycle where closed_at is null group by 1`);
  return new Map(rows.map((r) => [r.key, r.n]));
}
