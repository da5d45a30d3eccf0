import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { DEMO_ACCOUNTS, DEMO_CI, DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { seedDemoData } from '../../server/src/db/seeders/demo.seeder';
import { Role } from '../../server/src/modules/user/role';
import { seedLargeFramework, type LargeFramework } from './framework-seed';
import { seedLearningWorld, type LearningWorld } from './learning-seed';

/** The size of the sector the bench measures at. */
export const BENCH_ORGANISATIONS = 10_000;

export interface Seeded {
  sectorAdmin: { id: string; email: string; password: string };
  certifyingInstitutionId: string;
  /** The demo framework version: published, with real scheme rules, what cycles start on. */
  frameworkVersionId: string;
  largeFramework: LargeFramework;
  learning: LearningWorld;
  organisations: number;
  openCycles: number;
  certificates: number;
  transitions: number;
  findings: number;
}

/** Bench organisations' names end in their five-digit number, which the statements below read back. */
const NUMBERED = `select o.id, o.fte, substring(o.name from ' ([0-9]{5})$')::int as n from organisation o where o.name ~ ' [0-9]{5}$'`;
/** The phases a certified cycle went through, in order; an open one stopped at one of the first four. */
const PHASE_PATH = `array['PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED']`;

/**
 * The demo data (framework, certifying institution, one account per role: the sector admin logs in), then a
 * sector of 10,000 organisations, named as Dutch organisations are ("de Boog", "'t Veld", capitals and not),
 * with open cycles in every early phase on every fifth and a certified cycle with a certificate on most
 * sevenths, each with its audit trail and the certified ones with a finding per norm: every page of the
 * overview has rows for the per-row fields, every filter and search finds something, and the dashboard's
 * figures have a history to aggregate. Plus one framework version of 2,000 norms, and an organisation of 2,000 professionals
 * with a year of learning time. Generated in SQL: seconds
 * instead of minutes of ORM inserts.
 */
export async function seedBenchData(orm: MikroORM, databaseUrl: string): Promise<Seeded> {
  const demo = await seedDemoData(orm.em.fork());
  const admin = DEMO_ACCOUNTS.find((a) => a.role === Role.SECTOR_ADMIN)!;
  const auditor = DEMO_ACCOUNTS.find((a) => a.role === Role.AUDITOR)!;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const userId = async (email: string) => (await db.query<{ id: string }>(`select id from app_user where email = $1`, [email])).rows[0].id;
    const [adminId, auditorId] = [await userId(admin.email), await userId(auditor.email)];
    const [{ id: ciId }] = (await db.query(`select id from certifying_institution where name = $1`, [DEMO_CI.name])).rows;
    await db.query('begin');
    await db.query(
      `insert into organisation (id, created_at, name, place, fte)
       select gen_random_uuid(), now() - make_interval(mins => i),
              format('%s %s %s', (array['Stichting Welzijn', 'de Boog', '''t Veld', 'Buurtwerk', 'Zorggroep Oost', 'jeugdhulp', 'Ámbulant', 'IJsselzorg'])[1 + i % 8],
                     (array['Utrecht', 'Zwolle', 'Tiel', 'Zeist', 'Assen', 'Ede', 'Venlo'])[1 + i % 7], lpad(i::text, 5, '0')),
              (array['Utrecht', 'Zwolle', 'Tiel', 'Zeist', 'Assen'])[1 + i % 5], 10 + i % 150 + 0.5 * (i % 2)
         from generate_series(1, $1::int) i`,
      [BENCH_ORGANISATIONS],
    );
    const open = await db.query(
      `insert into cycle (id, organisation_id, framework_version_id, started_by_id, variant, whole_organisation, scope_units, fte,
                          phase, step, seq, due_at, overdue, certifying_institution_id)
       select gen_random_uuid(), o.id, $1, $2, 'EXTERNAL_AUDIT', true, '{}', o.fte,
              (array['PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT'])[1 + (o.n / 5) % 4],
              case when (o.n / 5) % 4 = 3 then 'SCHEDULING' end, 1, now() + make_interval(days => o.n % 60 - 10),
              o.n % 60 < 10, case when (o.n / 5) % 4 = 3 then $3::uuid end
         from (${NUMBERED}) o where o.n % 5 = 0`,
      [demo.framework.id, adminId, ciId],
    );
    const certified = await db.query(
      `with c as (
         insert into cycle (id, organisation_id, framework_version_id, started_by_id, variant, whole_organisation, scope_units, fte,
                            phase, step, seq, certifying_institution_id)
         select gen_random_uuid(), o.id, $1, $2, 'EXTERNAL_AUDIT', true, '{}', o.fte, 'CERTIFIED', 'VALID', 12, $3
           from (${NUMBERED}) o where o.n % 7 = 0 and o.n % 5 <> 0
         returning id, organisation_id)
       insert into certificate (id, number, cycle_id, organisation_id, certifying_institution_id, framework_version_id, variant,
                                whole_organisation, scope_units, valid_from, valid_until, status)
       select gen_random_uuid(), 'BENCH-' || row_number() over (order by c.id), c.id, c.organisation_id, $3, $1, 'EXTERNAL_AUDIT', true, '{}',
              now() - interval '1 year', now() + make_interval(days => (row_number() over (order by c.id))::int % 400),
              (case when row_number() over (order by c.id) % 11 = 0 then 'SUSPENDED' else 'VALID' end)::certificate_status
         from c`,
      [demo.framework.id, adminId, ciId],
    );
    // Each cycle's entries into the phases it passed, about 40 days apart: what the time per phase averages.
    const transitions = await db.query(
      `insert into cycle_transition (id, cycle_id, seq, from_phase, to_phase, command, actor_id, at, summary)
       select gen_random_uuid(), c.id, k, (${PHASE_PATH})[k - 1], (${PHASE_PATH})[k], 'bench', $1,
              now() - make_interval(days => 40 * (array_position(${PHASE_PATH}, c.phase) - k), hours => abs(hashtext(c.id::text)) % 400), 'bench'
         from cycle c join (${NUMBERED}) o on o.id = c.organisation_id
        cross join lateral generate_series(1, array_position(${PHASE_PATH}, c.phase)) k`,
      [adminId],
    );
    // A finding per norm on every certified cycle, mostly "meets": what the norm findings chart counts.
    const findings = await db.query(
      `insert into audit_finding (id, cycle_id, norm_id, score, recorded_by_id)
       select gen_random_uuid(), c.id, n.id,
              (array['MEETS', 'MEETS', 'MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE'])[1 + abs(hashtext(c.id::text || n.code)) % 6], $1
         from cycle c join (${NUMBERED}) o on o.id = c.organisation_id
         join norm n on n.framework_version_id = c.framework_version_id
        where c.phase = 'CERTIFIED'`,
      [auditorId],
    );
    const largeFramework = await seedLargeFramework(db, demo.framework.id);
    const learning = await seedLearningWorld(db, adminId);
    await db.query('commit');
    // Fresh statistics, so the planner sees 10,000 rows rather than an empty table's guess.
    await db.query('analyze');
    return {
      sectorAdmin: { id: adminId, email: admin.email, password: DEMO_PASSWORD },
      certifyingInstitutionId: ciId,
      frameworkVersionId: demo.framework.id,
      largeFramework,
      learning,
      organisations: BENCH_ORGANISATIONS,
      openCycles: open.rowCount ?? 0,
      certificates: certified.rowCount ?? 0,
      transitions: transitions.rowCount ?? 0,
      findings: findings.rowCount ?? 0,
    };
  } finally {
    await db.end();
  }
}
