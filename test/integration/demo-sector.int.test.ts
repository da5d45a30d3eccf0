import { seedDemoSector, sectorProfile } from '../../server/src/db/seeders/demo-sector';
import sector from '../../server/src/db/seeders/data/demo-sector-organisations.json';
import { startStack, type Stack } from '../support/stack';

/** A reduced sector: the first twelve profiles between them reach every phase, variant and certificate state. */
const SIZE = 12;
const names = sector.organisations.slice(0, SIZE).map((o) => o.name);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, 60_000);

afterAll(() => stack?.stop());

const seed = () => seedDemoSector(() => stack.orm.em.fork(), stack.services, stack.demo.framework, { size: SIZE, concurrency: 3 });

async function sectorRows() {
  return stack.orm.em.getConnection().execute<{ name: string; variant: string; phase: string; step: string | null; certificate: string | null; transitions: number }[]>(
    `select o.name, c.variant, c.phase, c.step, cert.status as certificate,
            (select count(*)::int from cycle_transition t where t.cycle_id = c.id) as transitions
       from organisation o
       join cycle c on c.organisation_id = o.id
       left join certificate cert on cert.cycle_id = c.id
      where o.name in (${names.map(() => '?').join(', ')})
      order by o.name`,
    names,
  );
}

test('a reduced demo sector reaches every phase, variant and certificate state through the workflows, and a rerun adds nothing', async () => {
  const first = await seed();
  expect(first.failed).toEqual([]);
  // The suites share one database: the sector overview's end-to-end test may have seeded these twelve first.
  expect(first.driven + first.skipped).toBe(SIZE);

  const rows = await sectorRows();
  expect(rows).toHaveLength(SIZE);
  const set = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))].sort();
  expect(set(rows.map((r) => r.variant))).toEqual(['COMBINED', 'EXTERNAL_AUDIT', 'PEER_REVIEW']);
  expect(set(rows.map((r) => r.phase))).toEqual(
    ['CERTIFIED', 'DECISION', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'INTERNAL_AUDIT', 'PEER_ASSESSMENT', 'PREPARATION', 'REFUSED', 'SELF_EVALUATION', 'WITHDRAWN'].sort(),
  );
  expect(set(rows.map((r) => r.certificate))).toEqual(['SUSPENDED', 'VALID', 'WITHDRAWN']);
  // Every organisation stands where its profile says: the steps inside the phases too.
  const byName = new Map(rows.map((r) => [r.name, r]));
  names.forEach((name, n) => {
    const profile = sectorProfile(n);
    const row = byName.get(name)!;
    expect({ name, variant: row.variant }).toEqual({ name, variant: profile.variant });
  });
  expect(set(rows.map((r) => r.step))).toEqual(expect.arrayContaining(['AWAITING_DECISION', 'AUDITING', 'AWAITING_GROUP', 'DRAFTING', 'SCHEDULING', 'SUSPENDED', 'VALID']));

  const again = await seed();
  expect(again).toEqual({ driven: 0, skipped: SIZE, failed: [] });
  expect(await sectorRows()).toEqual(rows);
}, 240_000);
