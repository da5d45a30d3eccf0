import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { componentLogger } from '../../server/src/common/logger';
import { PLACEHOLDER_RULES } from '../../server/src/modules/framework/framework-rules';
import { FrameworkCategory } from '../../server/src/modules/framework/framework-category.entity';
import { FrameworkStatus, FrameworkVersion } from '../../server/src/modules/framework/framework-version.entity';
import { Norm } from '../../server/src/modules/framework/norm.entity';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, type GqlResult } from '../support/gql';
import {
  COMPLETE_PREPARATION,
  CURRENT_CYCLE,
  LOGIN,
  SAVE_ANSWER,
  START_CYCLE,
  SUBMIT_SELF_EVALUATION,
  dbFingerprint,
  mutationId,
  startInput,
  waitForFirstProjection,
} from '../support/operations';
import { createFramework, secondsRules } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * Bad input at every mutation: each row is refused with its specific code (and, for validation errors, the
 * field), with a message a person can act on, and leaves every table exactly as it was. Where a row's input
 * would otherwise be acceptable (a real cycle, a real norm, a correct password), a missing check would
 * visibly change the database, so the "nothing changed" assertion can fail.
 */

let stack: Stack;
let anonymous: GqlSession;
/** An organisation with no cycle yet: the target of startCycle. */
let fresh: OrgFixture;
let freshOfficer: GqlSession;
/** A cycle in PREPARATION: the target of completePreparation. */
let preparing: { officer: GqlSession; cycleId: string };
/** A cycle in SELF_EVALUATION with every norm scored: submit and save would both succeed with good input. */
let evaluating: { officer: GqlSession; cycleId: string; normIds: string[] };
/** A draft framework version of this file's own, with one norm that belongs to no cycle's framework. */
let draft: { versionId: string; normId: string };
/** A retired version (anyone may see it, no one may start on it) and a published one whose norms no cycle here uses. */
let retired: { versionId: string; normId: string };

const conn = () => stack.orm.em.fork().getConnection();
const uuidOfNothing = () => randomUUID();

async function officerOf(org: OrgFixture): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(org.officer, PASSWORD);
  return s;
}

async function cycleIn(phase: 'PREPARATION' | 'SELF_EVALUATION') {
  const org = await createOrganisation(stack.orm.em.fork(), 'Foute invoer');
  const officer = await officerOf(org);
  const cycleId = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id as string;
  await waitForFirstProjection(conn(), org.organisation.id);
  const cycle = (await officer.ok(CURRENT_CYCLE, { id: org.organisation.id })).organisation.currentCycle;
  const normIds: string[] = cycle.frameworkVersion.categories.flatMap((c: { norms: { id: string }[] }) => c.norms.map((n) => n.id));
  if (phase === 'SELF_EVALUATION') {
    await officer.ok(COMPLETE_PREPARATION, { i: { cycleId, clientMutationId: mutationId() } });
    for (const normId of normIds) await officer.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId, score: 'MEETS' } });
  }
  return { officer, cycleId, normIds };
}

beforeAll(async () => {
  stack = await startStack();
  anonymous = new GqlSession(stack.url);
  fresh = await createOrganisation(stack.orm.em.fork(), 'Zonder cyclus');
  freshOfficer = await officerOf(fresh);
  [preparing, evaluating] = await Promise.all([cycleIn('PREPARATION'), cycleIn('SELF_EVALUATION')]);

  const em = stack.orm.em.fork();
  const version = em.create(FrameworkVersion, {
    name: `Conceptkader ${randomUUID().slice(0, 8)}`,
    version: '0.1',
    effectiveDate: '2030-01-01',
    status: FrameworkStatus.DRAFT,
    illustrative: true,
    rules: PLACEHOLDER_RULES,
  });
  const category = em.create(FrameworkCategory, { frameworkVersion: version, code: 'X', title: 'Elders', position: 1 });
  const norm = em.create(Norm, { frameworkVersion: version, category, code: 'X-1', title: 'Elders', description: '-', position: 1 });
  await em.flush();
  draft = { versionId: version.id, normId: norm.id };
  const old = await createFramework(stack.orm.em.fork(), secondsRules(), 1);
  await conn().execute(`update framework_version set status = 'RETIRED' where id = ?`, [old.version.id]);
  retired = { versionId: old.version.id, normId: old.normIds[0] };
});

afterAll(async () => {
  if (draft) await conn().execute(`delete from framework_version where id = ?`, [draft.versionId]);
  await stack?.stop();
});

interface Expected {
  code: string;
  /** extensions.field: set for refusals from class-validator or a service, absent for graphql-js coercion errors. */
  field?: string;
  message: RegExp;
}

/** The first error, its code, field, message and HTTP status, as expected; no internals. */
function expectRefused(r: GqlResult, expected: Expected) {
  expect(r.errors).toBeDefined();
  const err = r.errors![0];
  expect(err.extensions.code).toBe(expected.code);
  expect(err.extensions.field).toBe(expected.field);
  expect(err.message).toMatch(expected.message);
  // Never anything from inside the server.
  expect(err.extensions).not.toHaveProperty('stacktrace');
  expect(err.extensions).not.toHaveProperty('exception');
  // A refused mutation answers no data for it.
  expect(r.data === null || Object.values(r.data).every((v) => v === null)).toBe(true);
  // graphql-js refuses ill-typed input before any resolver runs, with 400 (these rows name no field); a
  // refusal from a resolver (class-validator or a service) is a GraphQL answer with 200.
  const beforeResolvers = expected.field === undefined && expected.code !== 'NOT_FOUND';
  expect(r.status).toBe(beforeResolvers ? 400 : 200);
  if (!beforeResolvers) expect((err as { path?: unknown }).path).toBeDefined();
}

async function expectNothingChanged(run: () => Promise<GqlResult>, expected: Expected): Promise<GqlResult> {
  const before = await dbFingerprint(conn());
  const r = await run();
  expectRefused(r, expected);
  expect(await dbFingerprint(conn())).toEqual(before);
  return r;
}

const long = (n: number) => 'x'.repeat(n);

const settled = (organisationId: string) => waitForFirstProjection(conn(), organisationId);

describe('startCycle refuses bad input and starts nothing', () => {
  const cases: [string, () => Record<string, unknown>, Expected][] = [
    ['fte 0', () => startInput(stack.demo.framework.id, { fte: 0 }), { code: 'BAD_USER_INPUT', field: 'fte', message: /^fte: fte must not be less than 0\.1$/ }],
    ['fte -1', () => startInput(stack.demo.framework.id, { fte: -1 }), { code: 'BAD_USER_INPUT', field: 'fte', message: /fte must not be less than 0\.1/ }],
    ['fte 0.05 (under the minimum)', () => startInput(stack.demo.framework.id, { fte: 0.05 }), { code: 'BAD_USER_INPUT', field: 'fte', message: /fte must not be less than 0\.1/ }],
    ['fte huge (1e9)', () => startInput(stack.demo.framework.id, { fte: 1e9 }), { code: 'BAD_USER_INPUT', field: 'fte', message: /fte must not be greater than 100000/ }],
    ['fte a string', () => startInput(stack.demo.framework.id, { fte: 'veertig' }), { code: 'BAD_USER_INPUT', message: /\$i.*fte.*Float cannot represent non numeric value/ }],
    ['fte missing', () => { const i = startInput(stack.demo.framework.id); delete (i as Record<string, unknown>).fte; return i; }, { code: 'BAD_USER_INPUT', message: /Field "fte" of required type "Float!" was not provided/ }],
    ['no units and not the whole organisation', () => startInput(stack.demo.framework.id, { wholeOrganisation: false, scopeUnits: [] }), { code: 'BAD_USER_INPUT', field: 'scopeUnits', message: /Name at least one unit, or choose the whole organisation/ }],
    ['an empty unit name', () => startInput(stack.demo.framework.id, { wholeOrganisation: false, scopeUnits: ['Team Noord', ''] }), { code: 'BAD_USER_INPUT', field: 'scopeUnits', message: /^scopeUnits: a unit name may not be empty or only spaces$/ }],
    ['a unit name over 200 characters', () => startInput(stack.demo.framework.id, { wholeOrganisation: false, scopeUnits: [long(201)] }), { code: 'BAD_USER_INPUT', field: 'scopeUnits', message: /each value in scopeUnits must be shorter than or equal to 200 characters/ }],
    ['more than 100 units', () => startInput(stack.demo.framework.id, { wholeOrganisation: false, scopeUnits: Array.from({ length: 101 }, (_, i) => `Team ${i}`) }), { code: 'BAD_USER_INPUT', field: 'scopeUnits', message: /scopeUnits must contain no more than 100 elements/ }],
    ['frameworkVersionId not a UUID', () => startInput('kader-2025'), { code: 'BAD_USER_INPUT', field: 'frameworkVersionId', message: /^frameworkVersionId: frameworkVersionId must be a UUID$/ }],
    // An ID of nothing and a draft (the sector body's) answer alike; a retired version is seen, but not started on.
    ['frameworkVersionId of no framework', () => startInput(uuidOfNothing()), { code: 'NOT_FOUND', field: 'frameworkVersionId', message: /^Framework version was not found\.$/ }],
    ['frameworkVersionId of a draft framework', () => startInput(draft.versionId), { code: 'NOT_FOUND', field: 'frameworkVersionId', message: /^Framework version was not found\.$/ }],
    ['frameworkVersionId of a retired framework', () => startInput(retired.versionId), { code: 'BAD_USER_INPUT', field: 'frameworkVersionId', message: /^Choose a published framework version\.$/ }],
    ['variant not in the enum (variable)', () => startInput(stack.demo.framework.id, { variant: 'SELF_CERTIFICATION' }), { code: 'BAD_USER_INPUT', message: /Value "SELF_CERTIFICATION" does not exist in "CycleVariant" enum/ }],
    ['wholeOrganisation not a boolean', () => startInput(stack.demo.framework.id, { wholeOrganisation: 'ja' }), { code: 'BAD_USER_INPUT', message: /Boolean cannot represent a non boolean value/ }],
    ['an unknown input field', () => startInput(stack.demo.framework.id, { organisationId: fresh.organisation.id }), { code: 'BAD_USER_INPUT', message: /Field "organisationId" is not defined by type "StartCycleInput"/ }],
  ];

  it.each(cases)('%s', async (_label, input, expected) => {
    await expectNothingChanged(() => freshOfficer.request(START_CYCLE, { i: input() }), expected);
    const open = await conn().execute(`select count(*)::int as n from cycle where organisation_id = ?`, [fresh.organisation.id]);
    expect(open[0].n).toBe(0);
  });

  it('variant not in the enum, written in the query text: refused by validation before execution', async () => {
    const query = `mutation { startCycle(input: { clientMutationId: "${mutationId()}", variant: SELF_CERTIFICATION, wholeOrganisation: true, fte: 40,
      frameworkVersionId: "${stack.demo.framework.id}" }) { id } }`;
    const r = await expectNothingChanged(() => freshOfficer.request(query), {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /Value "SELF_CERTIFICATION" does not exist in "CycleVariant" enum/,
    });
    expect(r.status).toBe(400);
    expect(r.data).toBeNull();
  });

  it('reports every invalid field at once, the first one as the field', async () => {
    const r = await expectNothingChanged(
      () => freshOfficer.request(START_CYCLE, { i: startInput('geen-uuid', { fte: 0 }) }),
      { code: 'BAD_USER_INPUT', field: 'fte', message: /^fte: / },
    );
    const fields = (r.errors![0].extensions.fieldErrors as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['fte', 'frameworkVersionId']));
  });

  // Clients word refusals in the reader's language from the rule and its number, not from the English message.
  it.each([
    ['a unit name over 200 characters', { wholeOrganisation: false, scopeUnits: [long(201)] }, 'scopeUnits', { rule: 'maxLength', limit: 200 }],
    ['an empty unit name (a rule of its own on a general one)', { wholeOrganisation: false, scopeUnits: [''] }, 'scopeUnits', { rule: 'notBlank' }],
    ['fte 0', { fte: 0 }, 'fte', { rule: 'min', limit: 0.1 }],
  ])('names the broken rule of %s, and its number', async (_label, change, field, rule) => {
    const refused = { code: 'BAD_USER_INPUT', field, message: /./ };
    const r = await expectNothingChanged(() => freshOfficer.request(START_CYCLE, { i: startInput(stack.demo.framework.id, change) }), refused);
    const { extensions } = r.errors![0];
    expect({ rule: extensions.rule, limit: extensions.limit }).toEqual({ limit: undefined, ...rule });
    expect((extensions.fieldErrors as { rule: string }[])[0]).toMatchObject(rule);
  });

  // The service trims unit names, so a name of only spaces must be refused before it becomes ''.
  it('a unit name of only spaces is refused', async () => {
    const org = await createOrganisation(stack.orm.em.fork(), 'Spaties');
    const officer = await officerOf(org);
    try {
      await expectNothingChanged(
        () => officer.request(START_CYCLE, { i: startInput(stack.demo.framework.id, { wholeOrganisation: false, scopeUnits: ['   '] }) }),
        { code: 'BAD_USER_INPUT', field: 'scopeUnits', message: /unit name may not be empty or only spaces/ },
      );
    } finally {
      await settled(org.organisation.id);
    }
  });

  it('positive control: the same organisation can start a cycle with good input', async () => {
    // Run last, so the rows above were refused for their input, not because starting was broken.
    const before = await dbFingerprint(conn());
    const started = await freshOfficer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) });
    expect(started.startCycle.phase).toBe('PREPARATION');
    expect((await dbFingerprint(conn())).cycles).toBe((before.cycles as number) + 1);
    await settled(fresh.organisation.id);
  });
});

describe.each([
  ['completePreparation', COMPLETE_PREPARATION, () => preparing],
  ['submitSelfEvaluation', SUBMIT_SELF_EVALUATION, () => evaluating],
])('%s refuses bad command input and sends nothing to the workflow', (_name, mutation, target) => {
  const cases: [string, () => Record<string, unknown>, Expected][] = [
    ['clientMutationId too short', () => ({ cycleId: target().cycleId, clientMutationId: 'abc1234' }), { code: 'BAD_USER_INPUT', field: 'clientMutationId', message: /^clientMutationId: clientMutationId must be 8–100 letters, digits, - or _$/ }],
    ['clientMutationId empty', () => ({ cycleId: target().cycleId, clientMutationId: '' }), { code: 'BAD_USER_INPUT', field: 'clientMutationId', message: /clientMutationId must be 8–100 letters/ }],
    ['clientMutationId with spaces and punctuation', () => ({ cycleId: target().cycleId, clientMutationId: 'klik op knop!' }), { code: 'BAD_USER_INPUT', field: 'clientMutationId', message: /clientMutationId must be 8–100 letters/ }],
    ['clientMutationId with a slash', () => ({ cycleId: target().cycleId, clientMutationId: '../../etc/passwd' }), { code: 'BAD_USER_INPUT', field: 'clientMutationId', message: /clientMutationId must be 8–100 letters/ }],
    ['clientMutationId over 100 characters', () => ({ cycleId: target().cycleId, clientMutationId: long(101) }), { code: 'BAD_USER_INPUT', field: 'clientMutationId', message: /clientMutationId must be 8–100 letters/ }],
    ['cycleId not a UUID', () => ({ cycleId: 'cyclus-1', clientMutationId: mutationId() }), { code: 'BAD_USER_INPUT', field: 'cycleId', message: /^cycleId: cycleId must be a UUID$/ }],
    ['cycleId of no cycle', () => ({ cycleId: uuidOfNothing(), clientMutationId: mutationId() }), { code: 'NOT_FOUND', message: /^Cycle was not found\.$/ }],
    ['clientMutationId missing', () => ({ cycleId: target().cycleId }), { code: 'BAD_USER_INPUT', message: /Field "clientMutationId" of required type "String!" was not provided/ }],
  ];

  it.each(cases)('%s', async (_label, input, expected) => {
    await expectNothingChanged(() => target().officer.request(mutation, { i: input() }), expected);
  });
});

describe('saveSelfEvaluationAnswer refuses bad input and saves nothing', () => {
  const base = () => ({ clientMutationId: mutationId(), cycleId: evaluating.cycleId, normId: evaluating.normIds[0] });
  const cases: [string, () => Record<string, unknown>, Expected][] = [
    ['no field to change', () => base(), { code: 'BAD_USER_INPUT', field: 'score', message: /^Give at least one of score, explanation, goesWell or toImprove\.$/ }],
    ['explanation over 10000 characters', () => ({ ...base(), explanation: long(10_001) }), { code: 'BAD_USER_INPUT', field: 'explanation', message: /^explanation: explanation must be shorter than or equal to 10000 characters$/ }],
    ['goesWell over 10000 characters', () => ({ ...base(), goesWell: long(10_001) }), { code: 'BAD_USER_INPUT', field: 'goesWell', message: /goesWell must be shorter than or equal to 10000 characters/ }],
    ['toImprove over 10000 characters', () => ({ ...base(), toImprove: long(10_001) }), { code: 'BAD_USER_INPUT', field: 'toImprove', message: /toImprove must be shorter than or equal to 10000 characters/ }],
    ['normId not a UUID', () => ({ ...base(), normId: 'N-1', score: 'MEETS' }), { code: 'BAD_USER_INPUT', field: 'normId', message: /^normId: normId must be a UUID$/ }],
    // Not found: nothing, a norm of a draft (the sector body's), an ID of something else. Seen but not usable: a norm of another version.
    ['normId of no norm', () => ({ ...base(), normId: uuidOfNothing(), score: 'MEETS' }), { code: 'NOT_FOUND', field: 'normId', message: /^Norm was not found\.$/ }],
    ['normId of a norm in a draft framework version', () => ({ ...base(), normId: draft.normId, score: 'MEETS' }), { code: 'NOT_FOUND', field: 'normId', message: /^Norm was not found\.$/ }],
    ['normId of a framework version, not a norm', () => ({ ...base(), normId: stack.demo.framework.id, score: 'MEETS' }), { code: 'NOT_FOUND', field: 'normId', message: /^Norm was not found\.$/ }],
    ['normId of a norm in another framework version', () => ({ ...base(), normId: retired.normId, score: 'MEETS' }), { code: 'BAD_USER_INPUT', field: 'normId', message: /^This norm is not part of the cycle's framework version\.$/ }],
    ['cycleId not a UUID', () => ({ ...base(), cycleId: '42', score: 'MEETS' }), { code: 'BAD_USER_INPUT', field: 'cycleId', message: /^cycleId: cycleId must be a UUID$/ }],
    ['cycleId of no cycle', () => ({ ...base(), cycleId: uuidOfNothing(), score: 'MEETS' }), { code: 'NOT_FOUND', message: /^Cycle was not found\.$/ }],
    ['score not in the enum', () => ({ ...base(), score: 'EXCELLENT' }), { code: 'BAD_USER_INPUT', message: /Value "EXCELLENT" does not exist in "NormScore" enum/ }],
    ['score in lower case', () => ({ ...base(), score: 'meets' }), { code: 'BAD_USER_INPUT', message: /"meets" does not exist in "NormScore" enum/ }],
    ['explanation not a string', () => ({ ...base(), explanation: 5 }), { code: 'BAD_USER_INPUT', message: /String cannot represent a non string value: 5/ }],
  ];

  it.each(cases)('%s', async (_label, input, expected) => {
    await expectNothingChanged(() => evaluating.officer.request(SAVE_ANSWER, { i: input() }), expected);
  });

  it('score not in the enum, written in the query text: refused by validation with status 400', async () => {
    const query = `mutation { saveSelfEvaluationAnswer(input: { clientMutationId: "${mutationId()}", cycleId: "${evaluating.cycleId}",
      normId: "${evaluating.normIds[0]}", score: EXCELLENT }) { id } }`;
    const r = await expectNothingChanged(() => evaluating.officer.request(query), {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /Value "EXCELLENT" does not exist in "NormScore" enum/,
    });
    expect(r.status).toBe(400);
  });

  // PostgreSQL cannot store U+0000 in text; validation refuses it first, naming the field.
  it('a NUL character in a text field is BAD_USER_INPUT, not an internal error', async () => {
    // An internal error would be logged by the api; a refusal is not.
    const logged = jest.spyOn(componentLogger('api'), 'error').mockImplementation(() => undefined);
    try {
      await expectNothingChanged(
        () => evaluating.officer.request(SAVE_ANSWER, { i: { ...base(), explanation: 'a\u0000b' } }),
        { code: 'BAD_USER_INPUT', field: 'explanation', message: /explanation/ },
      );
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('positive control: a good save on the same norm changes the answer (so the rows above could have)', async () => {
    const before = await dbFingerprint(conn());
    const saved = await evaluating.officer.ok(SAVE_ANSWER, { i: { ...base(), explanation: long(10_000) } });
    expect(saved.saveSelfEvaluationAnswer.explanation).toHaveLength(10_000);
    expect((await dbFingerprint(conn())).answer_digest).not.toBe(before.answer_digest);
  });
});

describe('login refuses bad input before looking anything up', () => {
  // The e-mail and password of a real account, so a row that slipped through validation could log in
  // (a session row) or count as a failure (a login_failure row).
  const good = () => ({ email: fresh.officer, password: PASSWORD });
  const cases: [string, () => Record<string, unknown>, Expected][] = [
    ['not an e-mail address', () => ({ ...good(), email: 'kwaliteit-at-voorbeeldstad' }), { code: 'BAD_USER_INPUT', field: 'email', message: /^email: email must be an e-mail address$/ }],
    ['an empty e-mail address', () => ({ ...good(), email: '' }), { code: 'BAD_USER_INPUT', field: 'email', message: /email must be an e-mail address/ }],
    ['an e-mail address over 320 characters', () => ({ ...good(), email: `${long(64)}@${Array.from({ length: 5 }, () => long(60)).join('.')}.nl` }), { code: 'BAD_USER_INPUT', field: 'email', message: /email must be shorter than or equal to 320 characters/ }],
    ['an empty password', () => ({ ...good(), password: '' }), { code: 'BAD_USER_INPUT', field: 'password', message: /^password: password is required$/ }],
    ['a password over 1000 characters', () => ({ ...good(), password: long(1001) }), { code: 'BAD_USER_INPUT', field: 'password', message: /password must be shorter than or equal to 1000 characters/ }],
    ['no password', () => ({ email: fresh.officer }), { code: 'BAD_USER_INPUT', message: /Field "password" of required type "String!" was not provided/ }],
    ['the e-mail address not a string', () => ({ ...good(), email: ['a@b.nl'] }), { code: 'BAD_USER_INPUT', message: /String cannot represent a non string value/ }],
  ];

  it.each(cases)('%s', async (_label, input, expected) => {
    const r = await expectNothingChanged(() => anonymous.request(LOGIN, { i: input() }), expected);
    expect(anonymous.sessionCookie).toBeNull();
    expect(r.data).toBeNull();
  });

  it('an empty e-mail address names the isEmail rule, which the screens word in Dutch or English', async () => {
    const r = await expectNothingChanged(() => anonymous.request(LOGIN, { i: { ...good(), email: '' } }), { code: 'BAD_USER_INPUT', field: 'email', message: /e-mail address/ });
    expect(r.errors![0].extensions).toMatchObject({ rule: 'isEmail' });
  });

  it('positive control: the good e-mail and password log in, adding a session row', async () => {
    const before = await dbFingerprint(conn());
    const s = new GqlSession(stack.url);
    await s.ok(LOGIN, { i: good() });
    expect(s.sessionCookie).toMatch(/^lc_session=/);
    expect((await dbFingerprint(conn())).sessions).toBe((before.sessions as number) + 1);
  });
});
