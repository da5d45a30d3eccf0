import { randomUUID } from 'node:crypto';
import { GqlSession } from '../support/gql';
import { daysFromNow, insertCertificate, insertCycle, userIdOf } from '../support/read-model-rows';
import { startStack, type Stack } from '../support/stack';

/**
 * Names sort as Dutch readers expect (the nl-NL ICU collation of the name columns, docs/data.md): case and
 * accents do not put a name elsewhere in the alphabet, so "de Boog" comes before "Zwolle" and "ábc" beside
 * "Abc". Keyset pages compare in the same collation as they sort, so paging gives every row once, also
 * across names that differ only in case or accent, and across two organisations of the same name.
 */

const ORGANISATIONS = `query($first: Int!, $after: String, $search: String) {
  organisations(first: $first, after: $after, filter: { search: $search }) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id name } } }`;
const REGISTER = `query($first: Int!, $after: String, $search: String) {
  register(first: $first, after: $after, search: $search) {
    totalCount pageInfo { endCursor hasNextPage } nodes { certificateNumber organisationName } } }`;

/** In the order a Dutch reader looks for them; a byte-wise order (capitals first) would give another. */
const DUTCH_ORDER = ["'t Veld", 'Abc', 'ábc', 'Abcoude', 'Boxtel', 'de Boog', 'de Boog', 'Émile', 'IJsselstein', 'Zwolle'];

const tag = randomUUID().slice(0, 8);
let stack: Stack;
let admin: GqlSession;
let anonymous: GqlSession;

const withoutTag = (name: string) => name.slice(0, -(tag.length + 1));
/** Each list, who reads it, and what identifies its rows. */
const LISTS = {
  organisations: { session: () => admin, query: ORGANISATIONS, key: 'id' },
  register: { session: () => anonymous, query: REGISTER, key: 'certificateNumber' },
} as const;

beforeAll(async () => {
  stack = await startStack({ worker: false });
  const conn = stack.orm.em.fork().getConnection();
  const startedById = await userIdOf(conn, 'secretariaat@swn.demo');
  const frameworkVersionId = stack.demo.framework.id;
  // Written in an order that is neither the expected one nor its reverse, each with a valid certificate.
  const shuffled = [5, 9, 0, 7, 2, 4, 8, 1, 6, 3].map((i) => DUTCH_ORDER[i]);
  for (const [i, name] of shuffled.entries()) {
    const organisationId = randomUUID();
    await conn.execute(`insert into organisation (id, name, place, fte) values (?, ?, 'Utrecht', 10)`, [organisationId, `${name} ${tag}`]);
    const cycleId = await insertCycle(conn, { organisationId, frameworkVersionId, startedById, phase: 'CERTIFIED' });
    await insertCertificate(conn, {
      number: `NL-${tag}-${String(i).padStart(2, '0')}`.toUpperCase(),
      cycleId,
      organisationId,
      frameworkVersionId,
      status: 'VALID',
      validFrom: daysFromNow(-10),
      validUntil: daysFromNow(700),
    });
  }
  admin = new GqlSession(stack.url);
  await admin.login('secretariaat@swn.demo', 'demo-wachtwoord');
  anonymous = new GqlSession(stack.url);
});

afterAll(async () => {
  await stack?.stop();
});

/** Every page from the first on, `first` at a time, as a client pages with endCursor. */
async function allPages(session: GqlSession, query: string, field: 'organisations' | 'register', first: number): Promise<any[]> {
  const rows: any[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const data: any = await session.ok(query, { first, after, search: tag });
    expect(data[field].totalCount).toBe(DUTCH_ORDER.length);
    rows.push(...data[field].nodes);
    if (!data[field].pageInfo.hasNextPage) return rows;
    after = data[field].pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('names in Dutch order', () => {
  it('lists organisations as a Dutch reader expects, capitals and accents among the rest', async () => {
    const { organisations } = await admin.ok(ORGANISATIONS, { first: 50, search: tag });
    expect(organisations.nodes.map((n: any) => withoutTag(n.name))).toEqual(DUTCH_ORDER);
  });

  it('lists the register in the same order', async () => {
    const { register } = await anonymous.ok(REGISTER, { first: 50, search: tag });
    expect(register.nodes.map((n: any) => withoutTag(n.organisationName))).toEqual(DUTCH_ORDER);
  });

  it.each([
    ['organisations', 1],
    ['organisations', 2],
    ['organisations', 3],
    ['register', 1],
    ['register', 3],
  ] as const)('pages %s %i at a time: every row once, in the same order as one page', async (field, first) => {
    const { session, query, key } = LISTS[field];
    const whole = (await session().ok(query, { first: 50, search: tag }))[field].nodes.map((n: any) => n[key]);
    const paged = (await allPages(session(), query, field, first)).map((n) => n[key]);
    expect(paged).toEqual(whole);
    expect(new Set(paged).size).toBe(DUTCH_ORDER.length);
  });

  it('finds a name in any case; an accent is a different letter', async () => {
    const found = async (search: string) =>
      (await admin.ok(ORGANISATIONS, { first: 50, search: `${search} ${tag}` })).organisations.nodes.map((n: any) => withoutTag(n.name));
    expect(await found('ÁBC')).toEqual(['ábc']);
    expect(await found('abc')).toEqual(['Abc']);
    expect(await found('DE BOOG')).toEqual(['de Boog', 'de Boog']);
  });
});
