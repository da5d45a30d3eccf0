import type { Client } from 'pg';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';

/** The size of the learning organisation the bench measures the team overview at. */
export const BENCH_PROFESSIONALS = 2_000;
const TEAM_SIZE = 50;
/** Learning entries per professional in the measured year: two a month. */
const ENTRIES_PER_PERSON = 24;

export interface LearningWorld {
  coordinator: { email: string; password: string };
  year: number;
  /** A team of the usual size, and one that holds every professional of the organisation. */
  teamId: string;
  wholeTeamId: string;
  professionals: number;
  entries: number;
}

/**
 * One organisation of 2,000 professionals with a year of learning: teams of 50 and one team of everybody,
 * contract hours for each person, learning settings, and two entries a month per person in last calendar
 * year, so the overview of every month has contributors above the privacy threshold. A learning coordinator
 * logs in with the demo password (its hash is copied from a demo account). Generated in SQL, in the caller's
 * transaction.
 */
export async function seedLearningWorld(db: Client, passwordHashFrom: string): Promise<LearningWorld> {
  const year = new Date().getUTCFullYear() - 1;
  const [{ id: organisationId }] = (
    await db.query<{ id: string }>(`insert into organisation (id, name, place, fte) values (gen_random_uuid(), 'Bench leerorganisatie', 'Utrecht', 1500) returning id`)
  ).rows;
  const hash = `(select password_hash from app_user where id = '${passwordHashFrom}')`;
  const coordinatorEmail = 'leercoordinator@bench.example';
  const [{ id: coordinatorId }] = (
    await db.query<{ id: string }>(
      `insert into app_user (id, email, name, password_hash, role, party_kind, organisation_id)
       values (gen_random_uuid(), $1, 'Bench leercoördinator', ${hash}, 'ORG_LEARNING_COORDINATOR', 'ORGANISATION', $2) returning id`,
      [coordinatorEmail, organisationId],
    )
  ).rows;
  await db.query(
    `insert into app_user (id, email, name, password_hash, role, party_kind, organisation_id)
     select gen_random_uuid(), format('professional-%s@bench.example', i), format('Professional %s', lpad(i::text, 4, '0')), ${hash}, 'ORG_PROFESSIONAL', 'ORGANISATION', $1::uuid
       from generate_series(1, $2::int) i`,
    [organisationId, BENCH_PROFESSIONALS],
  );
  await db.query(
    `insert into team (id, organisation_id, name)
     select gen_random_uuid(), $1::uuid, format('Team %s', lpad(t::text, 2, '0')) from generate_series(1, $2::int) t
     union all select gen_random_uuid(), $1::uuid, 'Alle professionals'`,
    [organisationId, BENCH_PROFESSIONALS / TEAM_SIZE],
  );
  // Professional n is in team ceil(n / 50), and everybody is in the team of all professionals.
  await db.query(
    `insert into team_member (id, team_id, person_id)
     select gen_random_uuid(), t.id, u.id
       from app_user u
       join team t on t.organisation_id = $1
        and (t.name = 'Alle professionals' or t.name = format('Team %s', lpad((1 + (substring(u.name from '[0-9]+$')::int - 1) / $2)::text, 2, '0')))
      where u.organisation_id = $1 and u.role = 'ORG_PROFESSIONAL'`,
    [organisationId, TEAM_SIZE],
  );
  await db.query(
    `insert into contract_hours (id, created_at, organisation_id, person_id, hours_per_week, set_by_id)
     select gen_random_uuid(), make_date($3, 1, 1), $1::uuid, u.id, 16 + (abs(hashtext(u.id::text)) % 5) * 4, $2::uuid
       from app_user u where u.organisation_id = $1 and u.role = 'ORG_PROFESSIONAL'`,
    [organisationId, coordinatorId, year],
  );
  await db.query(
    `insert into learning_settings (id, created_at, organisation_id, norm_percent, min_contributors, set_by_id)
     values (gen_random_uuid(), make_date($3, 1, 1), $1, 10, 5, $2)`,
    [organisationId, coordinatorId, year],
  );
  const entries = await db.query(
    `insert into learning_entry (id, created_at, organisation_id, person_id, date, hours, kind)
     select gen_random_uuid(), d, $1::uuid, u.id, d, 0.25 * (1 + abs(hashtext(u.id::text || k::text)) % 16),
            (array['TRAINING', 'INTERVISION', 'READING', 'SHADOWING', 'TEAM_SESSION', 'OTHER'])[1 + k % 6]::learning_kind
       from app_user u
      cross join generate_series(0, $3::int - 1) k
      cross join lateral (select make_date($2, 1 + k / 2, 1 + (k % 2) * 14 + abs(hashtext(u.id::text)) % 13) as d) day
      where u.organisation_id = $1 and u.role = 'ORG_PROFESSIONAL'`,
    [organisationId, year, ENTRIES_PER_PERSON],
  );
  const team = async (name: string) => (await db.query<{ id: string }>(`select id from team where organisation_id = $1 and name = $2`, [organisationId, name])).rows[0].id;
  return {
    coordinator: { email: coordinatorEmail, password: DEMO_PASSWORD },
    year,
    teamId: await team('Team 01'),
    wholeTeamId: await team('Alle professionals'),
    professionals: BENCH_PROFESSIONALS,
    entries: entries.rowCount ?? 0,
  };
}
