import { sectorProfile } from '../../server/src/db/seeders/demo-sector';
import sector from '../../server/src/db/seeders/data/demo-sector-organisations.json';
import { REDUCED_SECTOR_SIZE as SIZE, seedReducedSector } from '../support/demo-sector-seed';
import { startStack, type Stack } from '../support/stack';

/**
 * A reduced sector: the first fourteen profiles between them reach every phase, variant and certificate state,
 * an expired and a renewed certificate among them (on the history version's durations of seconds).
 */
const names = sector.organisations.slice(0, SIZE).map((o) => o.name);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, 60_000);

afterAll(() => stack?.stop());

const seed = () => seedReducedSector(stack);
const inSector = `o.name in (${names.map(() => '?').join(', ')})`;

/** Each organisation's first cycle: the one the seed brought to its profile's station. */
async function sectorRows() {
  return stack.orm.em.getConnection().execute<{ name: string; variant: string; phase: string; step: string | null; certificate: string | null; transitions: number }[]>(
    `select o.name, c.variant, c.phase, c.step, cert.status as certificate,
            (select count(*)::int from cycle_transition t where t.cycle_id = c.id) as transitions
       from organisation o
       join cycle c on c.organisation_id = o.id and c.previous_cycle_id is null
       left join certificate cert on cert.cycle_id = c.id
      where ${inSector}
      order by o.name`,
    names,
  );
}

test('a reduced demo sector reaches every phase, variant and certificate state through the workflows, and a rerun adds nothing', async () => {
  const first = await seed();
  expect(first.failed).toEqual([]);
  // The suites share one database: the sector overview's end-to-end test may have seeded these first.
  expect(first.driven + first.skipped).toBe(SIZE);

  const rows = await sectorRows();
  expect(rows).toHaveLength(SIZE);
  const set = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))].sort();
  expect(set(rows.map((r) => r.variant))).toEqual(['COMBINED', 'EXTERNAL_AUDIT', 'PEER_REVIEW']);
  expect(set(rows.map((r) => r.phase))).toEqual(
    ['CERTIFIED', 'DECISION', 'EXPIRED', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'INTERNAL_AUDIT', 'PEER_ASSESSMENT', 'PREPARATION', 'REFUSED', 'RENEWED', 'SELF_EVALUATION', 'WITHDRAWN'].sort(),
  );
  expect(set(rows.map((r) => r.certificate))).toEqual(['EXPIRED', 'RENEWED', 'SUSPENDED', 'VALID', 'WITHDRAWN']);
  // Every organisation stands where its profile says: the steps inside the phases too.
  const byName = new Map(rows.map((r) => [r.name, r]));
  names.forEach((name, n) => {
    const profile = sectorProfile(n);
    const row = byName.get(name)!;
    expect({ name, variant: row.variant }).toEqual({ name, variant: profile.variant });
    if (profile.end === 'EXPIRED' || profile.end === 'RENEWED') expect({ name, phase: row.phase }).toEqual({ name, phase: profile.end });
  });
  expect(set(rows.map((r) => r.step))).toEqual(expect.arrayContaining(['AWAITING_DECISION', 'AUDITING', 'AWAITING_GROUP', 'DRAFTING', 'SCHEDULING', 'SUSPENDED', 'VALID']));

  // The next cycles the workflows opened for recertification: the renewed one awarded, the other in preparation.
  const next = await stack.orm.em.getConnection().execute<{ end: string; certificate: string | null; phase: string }[]>(
    `select p.phase as end, cert.status as certificate, c.phase
       from cycle c join cycle p on p.id = c.previous_cycle_id join organisation o on o.id = c.organisation_id
       left join certificate cert on cert.cycle_id = c.id
      where ${inSector} order by p.phase`,
    names,
  );
  expect(next).toHaveLength(2);
  expect(next[0]).toMatchObject({ end: 'EXPIRED', certificate: null, phase: 'PREPARATION' });
  expect(next[1]).toMatchObject({ end: 'RENEWED' });
  expect(next[1].certificate).not.toBeNull();
  // Nobody starts another cycle on the history version.
  expect(await stack.orm.em.getConnection().execute(`select status from framework_version where version = 'geschiedenis'`)).toEqual([{ status: 'RETIRED' }]);

  const again = await seed();
  expect(again).toEqual({ driven: 0, skipped: SIZE, failed: [] });
  expect(await sectorRows()).toEqual(rows);
}, 300_000);
