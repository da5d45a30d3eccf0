import { LearningKind } from '../../server/src/modules/learning/learning-entry.entity';
import { purgeExpiredLearningTime } from '../../server/src/modules/learning/learning-retention';
import { Role } from '../../server/src/modules/user/role';
import { inDays, today } from '../support/dates';
import { addOrganisationMember, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { signedIn, type GqlSession } from '../support/gql';
import { runAs } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * What the team overview reads, kept or computed in PostgreSQL (docs/learning.md, "Monthly sums" and "Used
 * against offered"). The monthly sums: whoever writes learning time (a registration, a change that moves an
 * entry to another month, a delete, concurrent registrations, the retention purge, an erasure of one's own
 * data, a seed in plain SQL), each person's month holds exactly the sum and the count of their entries in it,
 * and a month without entries has no row. The offered hours: each month takes the contract hours in force at
 * its end, a person's first row standing for the months before it.
 */

const REGISTER = `mutation($i: RegisterLearningTimeInput!) { registerLearningTime(input: $i) { id } }`;
const UPDATE = `mutation($i: UpdateLearningTimeInput!) { updateLearningTime(input: $i) { id } }`;
const DELETE = `mutation($i: DeleteLearningTimeInput!) { deleteLearningTime(input: $i) }`;
const ERASE = `mutation($i: DeleteMyLearningDataInput!) { deleteMyLearningData(input: $i) { entries } }`;

let stack: Stack;
let org: OrgFixture;
const people: { id: string; session: GqlSession }[] = [];

const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);
const monthOf = (date: string) => `${date.slice(0, 7)}-01`;
/** A day in the month before this one, clear of month ends. */
const lastMonth = () => {
  const d = new Date(`${today().slice(0, 7)}-01T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 10);
  return d.toISOString().slice(0, 10);
};

/** The organisation's monthly sums as kept, one line per person and month. */
const kept = async (): Promise<string[]> =>
  (
    await sql(
      `select m.person_id, to_char(m.month, 'YYYY-MM-DD') as month, m.hours::text as hours, m.entries
         from learning_month m join app_user u on u.id = m.person_id where u.organisation_id = ? order by 1, 2`,
      [org.organisation.id],
    )
  ).map((r: Record<string, unknown>) => `${r.person_id} ${r.month} ${r.hours} ${r.entries}`);

/** The same, summed from the entries themselves. */
const fromEntries = async (): Promise<string[]> =>
  (
    await sql(
      `select person_id, to_char(date_trunc('month', date::timestamp), 'YYYY-MM-DD') as month, sum(hours)::numeric(7,2)::text as hours, count(*)::int as entries
         from learning_entry where organisation_id = ? group by 1, 2 order by 1, 2`,
      [org.organisation.id],
    )
  ).map((r: Record<string, unknown>) => `${r.person_id} ${r.month} ${r.hours} ${r.entries}`);

/** What is kept for one person, by month: hours and entries. */
async function monthsOf(personId: string): Promise<Record<string, [string, number]>> {
  const rows = (await sql(
    `select to_char(month, 'YYYY-MM-DD') as month, hours::text as hours, entries from learning_month where person_id = ?`,
    [personId],
  )) as { month: string; hours: string; entries: number }[];
  return Object.fromEntries(rows.map((r) => [r.month, [r.hours, r.entries]]));
}

async function expectInStep(): Promise<void> {
  expect(await kept()).toEqual(await fromEntries());
}

const OVERVIEW = `query($t: ID!, $y: Int!) { learningOverview(teamId: $t, year: $y) { months { month shown offeredHours usedHours contributors } } }`;

const register = (who: number, date: string, hours: number) => runAs(people[who].session, REGISTER, { date, hours, kind: LearningKind.READING });

beforeAll(async () => {
  stack = await startStack({ worker: false });
  org = await createOrganisation(stack.orm.em.fork(), 'Maandsommen');
  for (let i = 0; i < 2; i += 1) {
    const p = await addOrganisationMember(stack.orm.em.fork(), org.organisation, Role.ORG_PROFESSIONAL);
    people.push({ id: p.id, session: await signedIn(stack.url, p.email, PASSWORD) });
  }
}, 60_000);

afterAll(() => stack?.stop());

describe('each person’s month follows their entries', () => {
  let moved: string;
  let todays: string;

  it('adds what is registered to the person’s month', async () => {
    todays = (await register(0, today(), 1.5)).registerLearningTime.id;
    moved = (await register(0, lastMonth(), 2)).registerLearningTime.id;
    await register(1, today(), 1);
    expect(await monthsOf(people[0].id)).toEqual({ [monthOf(today())]: ['1.50', 1], [monthOf(lastMonth())]: ['2.00', 1] });
    expect(await monthsOf(people[1].id)).toEqual({ [monthOf(today())]: ['1.00', 1] });
    await expectInStep();
  });

  it('moves an entry changed to another month, and removes the month it left empty', async () => {
    await runAs(people[0].session, UPDATE, { entryId: moved, date: today(), hours: 0.5, kind: LearningKind.TRAINING });
    expect(await monthsOf(people[0].id)).toEqual({ [monthOf(today())]: ['2.00', 2] });
    await expectInStep();
  });

  it('subtracts a deleted entry', async () => {
    await runAs(people[0].session, DELETE, { entryId: todays });
    expect(await monthsOf(people[0].id)).toEqual({ [monthOf(today())]: ['0.50', 1] });
    await expectInStep();
  });

  it('counts every one of many registrations made at the same moment', async () => {
    await Promise.all(Array.from({ length: 12 }, () => register(1, today(), 0.25)));
    expect(await monthsOf(people[1].id)).toEqual({ [monthOf(today())]: ['4.00', 13] });
    await expectInStep();
  });

  it('follows rows written in plain SQL and the retention purge', async () => {
    const old = monthOf(inDays(-365 * 7));
    await sql(
      `insert into learning_entry (id, organisation_id, person_id, date, hours, kind)
       select gen_random_uuid(), ?, ?, ?::date + d, 1, 'OTHER' from generate_series(0, 2) d`,
      [org.organisation.id, people[1].id, old],
    );
    expect((await monthsOf(people[1].id))[monthOf(old)]).toEqual(['3.00', 3]);
    await expectInStep();
    expect(await purgeExpiredLearningTime(stack.orm.em.fork())).toBeGreaterThanOrEqual(3);
    expect(await monthsOf(people[1].id)).toEqual({ [monthOf(today())]: ['4.00', 13] });
    await expectInStep();
  });

  it('leaves no month behind when a person erases their learning data', async () => {
    expect((await runAs(people[1].session, ERASE, { confirm: true })).deleteMyLearningData.entries).toBe(13);
    expect(await monthsOf(people[1].id)).toEqual({});
    expect(await monthsOf(people[0].id)).toEqual({ [monthOf(today())]: ['0.50', 1] });
    await expectInStep();
  });
});

describe('offered hours follow the contract hours in force at each month’s end', () => {
  const year = Number(today().slice(0, 4)) - 1;
  const at = (date: string) => `${date}T00:00:00Z`;

  it('sums each member’s hours as they stood when the month ended, for a whole year', async () => {
    const offering = await createOrganisation(stack.orm.em.fork(), 'Aangeboden');
    const coordinator = await addOrganisationMember(stack.orm.em.fork(), offering.organisation, Role.ORG_LEARNING_COORDINATOR);
    const members: string[] = [];
    for (let i = 0; i < 5; i += 1) members.push((await addOrganisationMember(stack.orm.em.fork(), offering.organisation, Role.ORG_PROFESSIONAL)).id);
    const [a, b] = members;
    const [{ id: teamId }] = await sql(`insert into team (id, organisation_id, name) values (gen_random_uuid(), ?, 'Wijkteam') returning id`, [offering.organisation.id]);
    for (const m of members) await sql(`insert into team_member (id, team_id, person_id) values (gen_random_uuid(), ?, ?)`, [teamId, m]);
    await sql(`insert into learning_settings (id, created_at, organisation_id, norm_percent, min_contributors, set_by_id) values (gen_random_uuid(), ?, ?, 10, 3, ?)`, [
      at(`${year}-01-01`),
      offering.organisation.id,
      coordinator.id,
    ]);
    // a: 20 from mid-March (so also January and February: the first row stands for before it), 30 from the
    // first moment of July (not yet in force when June ends at that moment). b: 10 from the year before, 16
    // from the last evening of the year. The other three have no contract hours and offer nothing.
    const contract = [
      [a, `${year}-03-15T09:00:00Z`, 20],
      [a, at(`${year}-07-01`), 30],
      [b, at(`${year - 1}-06-01`), 10],
      [b, `${year}-12-31T23:00:00Z`, 16],
    ] as const;
    for (const [person, created, hours] of contract) {
      await sql(`insert into contract_hours (id, created_at, organisation_id, person_id, hours_per_week, set_by_id) values (gen_random_uuid(), ?, ?, ?, ?, ?)`, [
        created,
        offering.organisation.id,
        person,
        hours,
        coordinator.id,
      ]);
    }
    // Every member learns an hour on the 10th of every month, so every month shows its figures.
    await sql(
      `insert into learning_entry (id, organisation_id, person_id, date, hours, kind)
       select gen_random_uuid(), ?, m.id, make_date(?::int, n, 10), 1, 'READING' from app_user m cross join generate_series(1, 12) n where m.organisation_id = ? and m.role = 'ORG_PROFESSIONAL'`,
      [offering.organisation.id, year, offering.organisation.id],
    );

    const session = await signedIn(stack.url, coordinator.email, PASSWORD);
    const { months } = (await session.ok(OVERVIEW, { t: teamId, y: year })).learningOverview;
    const weekly = [30, 30, 30, 30, 30, 30, 40, 40, 40, 40, 40, 46];
    expect(months).toEqual(
      weekly.map((hours, i) => ({
        month: `${year}-${String(i + 1).padStart(2, '0')}`,
        shown: true,
        offeredHours: Math.round(((hours * 52) / 12) * 0.1 * 100) / 100,
        usedHours: 5,
        contributors: 5,
      })),
    );
  });
});
