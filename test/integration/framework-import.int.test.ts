import { randomUUID } from 'node:crypto';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { START_CYCLE, mutationId, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * The sector body's scheme versions through GraphQL and PostgreSQL: import from JSON and CSV, refusals
 * that name the line and change nothing, publish and retire, and rules that only a draft may change.
 * All content is test content ("Testnorm"); names carry a random tag because test files share the database.
 */

const VERSION_FIELDS = `id name version effectiveDate status illustrative rules { placeholder }
  categories { code title norms { code title description guidance exampleEvidence competencies { code title } } }
  competencies { code title }`;
const IMPORT = `mutation($i: ImportFrameworkVersionInput!) { importFrameworkVersion(input: $i) { ${VERSION_FIELDS} } }`;
const PUBLISH = `mutation($i: FrameworkVersionCommandInput!) { publishFrameworkVersion(input: $i) { id status } }`;
const RETIRE = `mutation($i: FrameworkVersionCommandInput!) { retireFrameworkVersion(input: $i) { id status } }`;
const UPDATE_RULES = `mutation($i: UpdateSchemeRulesInput!) { updateSchemeRules(input: $i) {
  id rules { placeholder awardRule auditDaysTable { maxFte days } certificateValidity { amount unit } recertificationReminder { amount unit }
    selfEvaluationWindow { amount unit } draftReportReplyWindow { amount unit } improvementPlanDue { amount unit } } } }`;
const VERSIONS = `{ frameworkVersions { ${VERSION_FIELDS} } }`;
const CYCLE_VERSION = `query($id: ID!) { cycle(id: $id) { id frameworkVersion { id status } } }`;

const ADMIN = { email: 'secretariaat@swn.demo', password: 'demo-wachtwoord' };
const DECIDER = { email: 'commissie@swn.demo', password: 'demo-wachtwoord' };

const TEST_JSON = `{
  "categories": [
    {
      "code": "V",
      "title": "Testcategorie vakmanschap",
      "norms": [
        { "code": "V-1", "title": "Testnorm een", "description": "Testbeschrijving", "competencies": ["C1", "C2"] },
        { "code": "V-2", "title": "Testnorm twee", "description": "Testbeschrijving", "guidance": "Testtoelichting", "exampleEvidence": "Testvoorbeeld", "competencies": ["C2"] }
      ]
    },
    {
      "code": "O",
      "title": "Testcategorie organisatie",
      "norms": [{ "code": "O-1", "title": "Testnorm drie", "description": "Testbeschrijving", "competencies": ["C3"] }]
    }
  ],
  "competencies": [
    { "code": "C1", "title": "Testcompetentie een" },
    { "code": "C2", "title": "Testcompetentie twee" },
    { "code": "C3", "title": "Testcompetentie drie" }
  ]
}`;

const CSV_HEADER = 'category_code,category_title,norm_code,norm_title,description,guidance,example_evidence,competencies';
const TEST_CSV = [
  CSV_HEADER,
  'V,Testcategorie vakmanschap,V-1,Testnorm een,"Testbeschrijving, met komma",,,C1=Testcompetentie een;C2=Testcompetentie twee',
  'V,,V-2,Testnorm twee,"Testbeschrijving over',
  'twee regels met ""aanhalingstekens""",Testtoelichting,Testvoorbeeld,C2',
  'D,Testcategorie dienstverlening,D-1,Testnorm drie,Testbeschrijving,,,C1|C3=Testcompetentie drie',
  '',
].join('\r\n');

let stack: Stack;
let admin: GqlSession;
let orgUser: GqlSession;
let org: OrgFixture;
const tag = randomUUID().slice(0, 8);
let seq = 0;

const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);

/** A name of this run's own, so reruns and other test files never collide. */
function uniqueName(): string {
  seq += 1;
  return `Testkader ${tag}-${seq}`;
}

function importInput(overrides: Record<string, unknown> = {}) {
  return {
    clientMutationId: mutationId(),
    name: uniqueName(),
    version: '1.0',
    effectiveDate: '2030-01-01',
    format: 'JSON',
    content: TEST_JSON,
    ...overrides,
  };
}

/** Rows of every table an import writes, so a refused import can be shown to have written nothing. */
async function rowCounts() {
  const [row] = await sql(`select
    (select count(*)::int from framework_version) as versions,
    (select count(*)::int from framework_category) as categories,
    (select count(*)::int from norm) as norms,
    (select count(*)::int from competency) as competencies,
    (select count(*)::int from norm_competency) as links`);
  return row;
}

async function countsOf(versionId: string) {
  const [row] = await sql(
    `select
      (select count(*)::int from framework_category where framework_version_id = ?) as categories,
      (select count(*)::int from norm where framework_version_id = ?) as norms,
      (select count(*)::int from competency where framework_version_id = ?) as competencies,
      (select count(*)::int from norm_competency nc join norm n on n.id = nc.norm_id where n.framework_version_id = ?) as links`,
    [versionId, versionId, versionId, versionId],
  );
  return row;
}

async function login(who: { email: string; password: string }): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(who.email, who.password);
  return s;
}

async function importOk(overrides: Record<string, unknown> = {}) {
  return (await admin.ok(IMPORT, { i: importInput(overrides) })).importFrameworkVersion;
}

async function listedFor(session: GqlSession, id: string) {
  const versions: { id: string }[] = (await session.ok(VERSIONS)).frameworkVersions;
  return versions.find((v) => v.id === id);
}

beforeAll(async () => {
  stack = await startStack();
  admin = await login(ADMIN);
  org = await createOrganisation(stack.orm.em.fork(), 'Kaderimport');
  orgUser = await login({ email: org.officer, password: PASSWORD });
});
afterAll(() => stack?.stop());

describe('importing a framework version', () => {
  it('imports JSON as a draft with placeholder rules, and stores every category, norm, competency and link', async () => {
    const before = await rowCounts();
    const created = await importOk();
    expect(created).toMatchObject({ version: '1.0', effectiveDate: '2030-01-01', status: 'DRAFT', illustrative: false, rules: { placeholder: true } });

    const listed = await listedFor(admin, created.id);
    expect(listed).toMatchObject({
      categories: [
        {
          code: 'V',
          title: 'Testcategorie vakmanschap',
          norms: [
            { code: 'V-1', guidance: '', competencies: [{ code: 'C1' }, { code: 'C2' }] },
            { code: 'V-2', guidance: 'Testtoelichting', exampleEvidence: 'Testvoorbeeld', competencies: [{ code: 'C2' }] },
          ],
        },
        { code: 'O', norms: [{ code: 'O-1', competencies: [{ code: 'C3', title: 'Testcompetentie drie' }] }] },
      ],
      competencies: [{ code: 'C1' }, { code: 'C2' }, { code: 'C3' }],
    });
    expect(await countsOf(created.id)).toEqual({ categories: 2, norms: 3, competencies: 3, links: 4 });
    const after = await rowCounts();
    expect(after.versions - before.versions).toBe(1);
    expect(after.links - before.links).toBe(4);
  });

  it('imports CSV with quoted commas, doubled quotes, line breaks in a field and CRLF', async () => {
    const created = await importOk({ format: 'CSV', content: TEST_CSV, illustrative: true });
    expect(created.illustrative).toBe(true);
    const listed = await listedFor(admin, created.id);
    expect(listed).toMatchObject({
      categories: [
        {
          code: 'V',
          title: 'Testcategorie vakmanschap',
          norms: [
            { code: 'V-1', description: 'Testbeschrijving, met komma', competencies: [{ code: 'C1' }, { code: 'C2' }] },
            {
              code: 'V-2',
              description: 'Testbeschrijving over\ntwee regels met "aanhalingstekens"',
              guidance: 'Testtoelichting',
              exampleEvidence: 'Testvoorbeeld',
              competencies: [{ code: 'C2' }],
            },
          ],
        },
        { code: 'D', norms: [{ code: 'D-1', competencies: [{ code: 'C1' }, { code: 'C3' }] }] },
      ],
      competencies: [
        { code: 'C1', title: 'Testcompetentie een' },
        { code: 'C2', title: 'Testcompetentie twee' },
        { code: 'C3', title: 'Testcompetentie drie' },
      ],
    });
    expect(await countsOf(created.id)).toEqual({ categories: 2, norms: 3, competencies: 3, links: 5 });
  });

  it('imports 2,000 norms of about 1.3 MB in one request', async () => {
    const filler = 'Testbeschrijving '.repeat(36);
    const rows = Array.from({ length: 2_000 }, (_, i) => `K${i % 5},Testcategorie ${i % 5},N-${i},Testnorm ${i},${filler},,,C1=Testcompetentie`);
    const content = [CSV_HEADER, ...rows].join('\n');
    expect(content.length).toBeGreaterThan(1_200_000);
    const created = await importOk({ format: 'CSV', content });
    expect(await countsOf(created.id)).toEqual({ categories: 5, norms: 2_000, competencies: 1, links: 2_000 });
    // Test files share the database; listing a version this size for the sector body is slow for every later test.
    await sql(`delete from framework_version where id = ?`, [created.id]);
  });
});

describe('a refused import names the line and writes nothing', () => {
  async function refusedImport(overrides: Record<string, unknown>) {
    const before = await rowCounts();
    const err = await admin.refused(IMPORT, { i: importInput(overrides) });
    expect(await rowCounts()).toEqual(before);
    return err;
  }

  it('a CSV whose fourth line has no norm code: line 4, field norm_code', async () => {
    const content = [
      CSV_HEADER,
      'V,Testcategorie,V-1,Testnorm een,Testbeschrijving,,,C1=Testcompetentie',
      'V,Testcategorie,V-2,Testnorm twee,Testbeschrijving,,,C1',
      'V,Testcategorie,,Testnorm drie,Testbeschrijving,,,C1',
    ].join('\n');
    const err = await refusedImport({ format: 'CSV', content });
    expect(err.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content',
      importErrors: [{ line: 4, field: 'norm_code', message: 'norm code is missing or empty', problem: 'missing', params: { what: 'norm code' } }],
      importErrorCount: 1,
    });
    expect(err.message).toBe('line 4, field norm_code: norm code is missing or empty. Nothing was imported.');
  });

  it('JSON with a syntax error on line 3', async () => {
    const content = '{\n  "categories": [\n    { "code": "V", "title": "Testcategorie", "norms": [ }\n  ]\n}';
    const err = await refusedImport({ content });
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.importErrors).toEqual([{ line: 3, field: '', message: expect.stringContaining('not valid JSON'), problem: 'notJson', params: expect.any(Object) }]);
    expect(err.message).toMatch(/^line 3: not valid JSON/);
  });

  it('an unknown competency code, on the line where it is named, after valid rows', async () => {
    const content = TEST_JSON.replace('"competencies": ["C3"]', '"competencies": ["C9"]');
    const err = await refusedImport({ content });
    expect(err.extensions.importErrors).toEqual([
      { line: 14, field: 'categories[1].norms[0].competencies[0]', message: expect.stringContaining('unknown competency code C9'), problem: 'unknownCompetency', params: { code: 'C9' } },
    ]);
  });

  it('every problem of a CSV at once, sorted by line, with the first in the message', async () => {
    const content = [
      CSV_HEADER,
      'V,Testcategorie,V-1,Testnorm,Testbeschrijving,,,C1=Testcompetentie',
      'V,Andere titel,V-1,Testnorm,Testbeschrijving,,,C7',
      'V,Testcategorie,V-3,,Testbeschrijving,,,',
    ].join('\n');
    const err = await refusedImport({ format: 'CSV', content });
    // Each with the kind of problem and its data, so a screen words it in its reader's language.
    expect(err.extensions.importErrors).toEqual([
      {
        line: 3,
        field: 'category_title',
        message: expect.stringContaining('titled "Testcategorie" on line 2'),
        problem: 'categoryTitles',
        params: { code: 'V', line: 2, first: 'Testcategorie', here: 'Andere titel' },
      },
      { line: 3, field: 'norm_code', message: expect.stringContaining('used twice (also on line 2)'), problem: 'normTwice', params: { code: 'V-1', line: 2 } },
      { line: 3, field: 'competencies', message: expect.stringContaining('unknown competency code C7'), problem: 'unknownCompetency', params: { code: 'C7' } },
      { line: 4, field: 'norm_title', message: 'norm title is missing or empty', problem: 'missing', params: { what: 'norm title' } },
    ]);
    expect(err.message).toMatch(/^line 3, field category_title: .* \(and 3 more problems\)\. Nothing was imported\.$/);
  });

  it('a wrong CSV header, on line 1', async () => {
    const err = await refusedImport({ format: 'CSV', content: 'code,title\nV-1,Testnorm\n' });
    expect(err.extensions.importErrors).toEqual(
      expect.arrayContaining([{ line: 1, field: 'code', message: expect.stringContaining('unknown column "code"'), problem: 'unknownColumn', params: expect.objectContaining({ column: 'code' }) }]),
    );
  });

  it('a name and version that exist already: CONFLICT', async () => {
    const first = importInput();
    await admin.ok(IMPORT, { i: first });
    const err = await refusedImport({ name: first.name, version: first.version });
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(err.message).toContain('already exists');
  });

  it('two imports of one name and version at once: one is stored, the other is CONFLICT and leaves no rows', async () => {
    const before = await rowCounts();
    const input = importInput();
    const results = await Promise.all([
      admin.request(IMPORT, { i: { ...input, clientMutationId: mutationId() } }),
      admin.request(IMPORT, { i: { ...input, clientMutationId: mutationId() } }),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const after = await rowCounts();
    expect({
      versions: after.versions - before.versions,
      categories: after.categories - before.categories,
      norms: after.norms - before.norms,
      competencies: after.competencies - before.competencies,
      links: after.links - before.links,
    }).toEqual({ versions: 1, categories: 2, norms: 3, competencies: 3, links: 4 });
  });

  it.each([
    ['effectiveDate', { effectiveDate: '2030-02-30' }],
    ['effectiveDate', { effectiveDate: '1-1-2030' }],
    ['name', { name: '   ' }],
    ['format', { format: 'XML' }],
    ['clientMutationId', { clientMutationId: 'x' }],
  ])('bad %s: refused by the input rules', async (field, overrides) => {
    const err = await refusedImport(overrides);
    expect(err.extensions.code).toMatch(/BAD_USER_INPUT/);
    if (field !== 'format') expect(err.extensions.field).toBe(field);
  });
});

describe('publishing and retiring', () => {
  it('publishes a draft, which organisations are then offered; only once', async () => {
    const created = await importOk();
    expect(await listedFor(orgUser, created.id)).toBeUndefined();

    const published = await admin.ok(PUBLISH, { i: { clientMutationId: mutationId(), frameworkVersionId: created.id } });
    expect(published.publishFrameworkVersion).toEqual({ id: created.id, status: 'PUBLISHED' });
    expect(await listedFor(orgUser, created.id)).toMatchObject({ status: 'PUBLISHED', categories: [{ code: 'V' }, { code: 'O' }] });

    const again = await admin.refused(PUBLISH, { i: { clientMutationId: mutationId(), frameworkVersionId: created.id } });
    expect(again.extensions.code).toBe('WRONG_PHASE');
    expect(again.message).toContain('Only a draft version can be published; this version is PUBLISHED');
  });

  it('refuses to publish a version without norms (INCOMPLETE) and leaves it a draft', async () => {
    const empty = await importOk({ format: 'CSV', content: `${CSV_HEADER}\n` });
    const err = await admin.refused(PUBLISH, { i: { clientMutationId: mutationId(), frameworkVersionId: empty.id } });
    expect(err.extensions.code).toBe('INCOMPLETE');
    expect(await listedFor(admin, empty.id)).toMatchObject({ status: 'DRAFT' });
  });

  it('retires a published version: no longer offered, while a cycle that pinned it keeps it', async () => {
    const created = await importOk();
    await admin.ok(PUBLISH, { i: { clientMutationId: mutationId(), frameworkVersionId: created.id } });
    const cycleId = (await orgUser.ok(START_CYCLE, { i: startInput(created.id) })).startCycle.id;

    const retired = await admin.ok(RETIRE, { i: { clientMutationId: mutationId(), frameworkVersionId: created.id } });
    expect(retired.retireFrameworkVersion.status).toBe('RETIRED');
    expect(await listedFor(orgUser, created.id)).toBeUndefined();
    const cycle = (await orgUser.ok(CYCLE_VERSION, { id: cycleId })).cycle;
    expect(cycle.frameworkVersion).toEqual({ id: created.id, status: 'RETIRED' });

    for (const op of [RETIRE, PUBLISH]) {
      const err = await admin.refused(op, { i: { clientMutationId: mutationId(), frameworkVersionId: created.id } });
      expect(err.extensions.code).toBe('WRONG_PHASE');
    }
  });

  it('refuses to retire a draft, and answers NOT_FOUND for a version that does not exist', async () => {
    const draft = await importOk();
    expect((await admin.refused(RETIRE, { i: { clientMutationId: mutationId(), frameworkVersionId: draft.id } })).extensions.code).toBe('WRONG_PHASE');
    const missing = await admin.refused(PUBLISH, { i: { clientMutationId: mutationId(), frameworkVersionId: randomUUID() } });
    expect(missing.extensions.code).toBe('NOT_FOUND');
  });
});

describe('scheme rules', () => {
  const rules = () => ({
    certificateValidity: { amount: 36, unit: 'MONTHS' },
    recertificationReminder: { amount: 3, unit: 'MONTHS' },
    selfEvaluationWindow: { amount: 10, unit: 'WEEKS' },
    draftReportReplyWindow: { amount: 21, unit: 'DAYS' },
    improvementPlanDue: { amount: 6, unit: 'WEEKS' },
    awardRule: 'NO_DOES_NOT_MEET',
    auditDaysTable: [
      { maxFte: 50, days: 1.5 },
      { maxFte: 200, days: 2.5 },
      { maxFte: null, days: 4 },
    ],
  });
  const update = (frameworkVersionId: string, r: unknown) => ({ i: { clientMutationId: mutationId(), frameworkVersionId, rules: r } });
  const storedRules = async (id: string) => (await sql(`select rules from framework_version where id = ?`, [id]))[0].rules;

  it('sets the rules of a draft, no longer marked as placeholders', async () => {
    const draft = await importOk();
    const updated = (await admin.ok(UPDATE_RULES, update(draft.id, rules()))).updateSchemeRules;
    expect(updated.rules).toEqual({ placeholder: false, ...rules() });
    expect(await storedRules(draft.id)).toMatchObject({ placeholder: false, awardRule: 'NO_DOES_NOT_MEET', auditDaysTable: rules().auditDaysTable });
  });

  it('refuses a bad audit-days table or duration, naming every field, and changes nothing', async () => {
    const draft = await importOk();
    const before = await storedRules(draft.id);
    const bad = { ...rules(), improvementPlanDue: { amount: 0, unit: 'WEEKS' }, auditDaysTable: [{ maxFte: 50, days: 1 }, { maxFte: 40, days: 0 }, { maxFte: null, days: 3 }] };
    const err = await admin.refused(UPDATE_RULES, update(draft.id, bad));
    expect(err.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rules.improvementPlanDue.amount',
      fieldErrors: [
        { field: 'rules.improvementPlanDue.amount', message: expect.any(String) },
        { field: 'rules.auditDaysTable[1].days', message: expect.any(String) },
        { field: 'rules.auditDaysTable[1].maxFte', message: expect.stringContaining('previous') },
      ],
    });
    const noOpenBand = await admin.refused(UPDATE_RULES, update(draft.id, { ...rules(), auditDaysTable: [{ maxFte: 50, days: 1 }] }));
    expect(noOpenBand.extensions.field).toBe('rules.auditDaysTable[0].maxFte');
    const empty = await admin.refused(UPDATE_RULES, update(draft.id, { ...rules(), auditDaysTable: [] }));
    expect(empty.extensions.field).toBe('rules.auditDaysTable');
    const badEnum = await admin.request(UPDATE_RULES, update(draft.id, { ...rules(), awardRule: 'ALWAYS' }));
    expect(badEnum.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await storedRules(draft.id)).toEqual(before);
  });

  it('refuses a duration in seconds: tests run cycles in seconds, a scheme cannot', async () => {
    const draft = await importOk();
    const before = await storedRules(draft.id);
    const inSeconds = await admin.request(UPDATE_RULES, update(draft.id, { ...rules(), selfEvaluationWindow: { amount: 4, unit: 'SECONDS' } }));
    expect(inSeconds.data ?? null).toBeNull();
    expect(inSeconds.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('SECONDS') });
    expect(await storedRules(draft.id)).toEqual(before);
  });

  it('refuses to change the rules of a published version (WRONG_PHASE)', async () => {
    const created = await importOk();
    await admin.ok(PUBLISH, { i: { clientMutationId: mutationId(), frameworkVersionId: created.id } });
    const before = await storedRules(created.id);
    const err = await admin.refused(UPDATE_RULES, update(created.id, rules()));
    expect(err.extensions.code).toBe('WRONG_PHASE');
    expect(err.message).toContain('cycles rely on them');
    expect(await storedRules(created.id)).toEqual(before);
  });
});

describe('who may manage scheme versions', () => {
  it('only the secretariat: an organisation user, the decision committee and an anonymous caller are refused', async () => {
    const draft = await importOk();
    const decider = await login(DECIDER);
    const anonymous = new GqlSession(stack.url);
    const before = await rowCounts();
    for (const [session, code] of [
      [orgUser, 'NOT_ALLOWED'],
      [decider, 'NOT_ALLOWED'],
      [anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      expect((await session.refused(IMPORT, { i: importInput() })).extensions.code).toBe(code);
      expect((await session.refused(PUBLISH, { i: { clientMutationId: mutationId(), frameworkVersionId: draft.id } })).extensions.code).toBe(code);
      expect((await session.refused(RETIRE, { i: { clientMutationId: mutationId(), frameworkVersionId: draft.id } })).extensions.code).toBe(code);
    }
    expect(await rowCounts()).toEqual(before);
    expect(await listedFor(admin, draft.id)).toMatchObject({ status: 'DRAFT' });
  });

  it('the service checks the role too, for callers that bypass the GraphQL gate', async () => {
    const em = stack.orm.em.fork();
    const user = await em.findOneOrFail('User', { email: org.officer });
    await expect(
      stack.services.frameworks.importVersion(em, user as never, importInput() as never),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
  });
});
