import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { DEMO_ACCOUNTS, DEMO_CI, DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { seedDemoData } from '../../server/src/db/seeders/demo.seeder';
import { Role } from '../../server/src/modules/user/role';

export const BENCH_ORGANISATIONS = 5000;

export interface Seeded {
  sectorAdmin: { email: string; password: string };
  organisations: number;
  openCycles: number;
  certificates: number;
}

/**
 * The demo data (framework, certifying institution, one account per role: the sector admin logs in), then
 * 5,000 organisations in one statement, with open cycles in every early phase on every fifth and a certified
 * cycle with a certificate on most sevenths, so each page of the list has rows for the per-row fields and the
 * filters have something to find. Generated in SQL: a few hundred milliseconds instead of minutes of ORM inserts.
 */
export async function seedBenchData(orm: MikroORM, databaseUrl: string): Promise<Seeded> {
  const demo = await seedDemoData(orm.em.fork());
  const admin = DEMO_ACCOUNTS.find((a) => a.role === Role.SECTOR_ADMIN)!;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [{ id: adminId }] = (await db.query(`select id from app_user where email = $1`, [admin.email])).rows;
    const [{ id: ciId }] = (await db.query(`select id from certifying_institution where name = $1`, [DEMO_CI.name])).rows;
    await db.query('begin');
    await db.query(
      `insert into organisation (id, created_at, name, place, fte)
       select gen_random_uuid(), now() - make_interval(mins => i), format('Bench organisatie %s', lpad(i::text, 5, '0')),
              (array['Utrecht', 'Zwolle', 'Tiel', 'Zeist', 'Assen'])[1 + i % 5], 10 + i % 150 + 0.5 * (i % 2)
         from generate_series(1, $1::int) i`,
      [BENCH_ORGANISATIONS],
    );
    const numbered = `select o.id, o.fte, substring(o.name from '[0-9]+$')::int as n from organisation o where o.name like 'Bench organisatie %'`;
    const open = await db.query(
      `insert into cycle (id, organisation_id, framework_version_id, started_by_id, variant, whole_organisation, scope_units, fte,
                          phase, step, seq, due_at, overdue, certifying_institution_id)
       select gen_random_uuid(), o.id, $1, $2, 'EXTERNAL_AUDIT', true, '{}', o.fte,
              (array['PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT'])[1 + (o.n / 5) % 4],
              case when (o.n / 5) % 4 = 3 then 'SCHEDULING' end, 1, now() + make_interval(days => o.n % 60 - 10),
              o.n % 60 < 10, case when (o.n / 5) % 4 = 3 then $3::uuid end
         from (${numbered}) o where o.n % 5 = 0`,
      [demo.framework.id, adminId, ciId],
    );
    const certified = await db.query(
      `with c as (
         insert into cycle (id, organisation_id, framework_version_id, started_by_id, variant, whole_organisation, scope_units, fte,
                            phase, step, seq, certifying_institution_id)
         select gen_random_uuid(), o.id, $1, $2, 'EXTERNAL_AUDIT', true, '{}', o.fte, 'CERTIFIED', 'VALID', 12, $3
           from (${numbered}) o where o.n % 7 = 0 and o.n % 5 <> 0
         returning id, organisation_id)
       insert into certificate (id, number, cycle_id, organisation_id, certifying_institution_id, framework_version_id, variant,
                                whole_organisation, scope_units, valid_from, valid_until, status)
       select gen_random_uuid(), 'BENCH-' || row_number() over (order by c.id), c.id, c.organisation_id, $3, $1, 'EXTERNAL_AUDIT', true, '{}',
              now() - interval '1 year', now() + make_interval(days => (row_number() over (order by c.id))::int % 400),
              (case when row_number() over (order by c.id) % 11 = 0 then 'SUSPENDED' else 'VALID' end)::certificate_status
         from c`,
      [demo.framework.id, adminId, ciId],
    );
    await db.query('commit');
    // Fresh statistics, so the planner sees 5,000 rows rather than an empty table's guess.
    await db.query('analyze organisation, cycle, certificate');
    return {
      sectorAdmin: { email: admin.email, password: DEMO_PASSWORD },
      organisations: BENCH_ORGANISATIONS,
      openCycles: open.rowCount ?? 0,
      certificates: certified.rowCount ?? 0,
    };
  } finally {
    await db.end();
  }
}
