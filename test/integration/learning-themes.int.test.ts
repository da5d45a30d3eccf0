import { randomUUID } from 'node:crypto';
import { Role } from '../../server/src/modules/user/role';
import { inDays } from '../support/dates';
import { addOrganisationMember, createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId, runAs } from '../support/operations';
import { insertCycle, userIdOf } from '../support/read-model-rows';
import { refusalCheck } from './refusal-check';
import { startStack, type Stack } from '../support/stack';

/**
 * The learning agenda through GraphQL and PostgreSQL: anyone of an organisation proposes a theme, optionally
 * from a learning point of an internal audit or an improvement action of the organisation's own cycle, and
 * shows interest in it (once per person, and can withdraw it); the agenda lists the themes with the most
 * interest first, in pages. Another organisation and other parties see and touch none of it; each refusal
 * names its code and field and changes nothing.
 */

const THEME_FIELDS = `id title description interestCount viewerInterested mine proposedBy { id name } internalAuditFindingId improvementActionId`;
const PROPOSE = `mutation($i: ProposeLearningThemeInput!) { proposeLearningTheme(input: $i) { ${THEME_FIELDS} } }`;
const INTEREST = `mutation($i: ShowInterestInput!) { showInterest(input: $i) { id interestCount viewerInterested } }`;
const THEMES = `query($first: Int, $after: String) { learningThemes(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id title interestCount viewerInterested mine } } }`;

let stack: Stack;
let org: OrgFixture;
let pro: GqlSession;
let proId: string;
let colleague: GqlSession;
let coordinator: GqlSession;
let officer: GqlSession;
let stranger: GqlSession;
let strangerOfficer: GqlSession;
let auditor: GqlSession;
let own: { findingId: string; actionId: string };
let foreign: { findingId: string; actionId: string };

const login = (email: string): Promise<GqlSession> => signedIn(stack.url, email, PASSWORD);
const run = runAs;
const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);

const snapshot = async () =>
  (
    await sql(`select
      (select md5(coalesce(string_agg(id::text || title || description || interest_count || coalesce(internal_audit_finding_id::text, '-') || coalesce(improvement_action_id::text, '-'), ',' order by id), '')) from learning_theme) as themes,
      (select md5(coalesce(string_agg(theme_id::text || person_id::text, ',' order by theme_id, person_id), '')) from learning_theme_interest) as interests`)
  )[0];
const expectRefused = refusalCheck(snapshot);

/** A cycle of the organisation with an internal audit finding (a learning point) and an improvement action, as rows. */
async function cycleContent(o: OrgFixture): Promise<{ findingId: string; actionId: string }> {
  const officerId = await userIdOf(stack.orm.em.fork().getConnection(), o.officer);
  const [norm] = await sql(`select n.id, n.framework_version_id from norm n join framework_version v on v.id = n.framework_version_id where v.status = 'PUBLISHED' limit 1`);
  const cycleId = await insertCycle(stack.orm.em.fork().getConnection(), { organisationId: o.organisation.id, frameworkVersionId: norm.framework_version_id, startedById: officerId, phase: 'IMPROVEMENT_PLAN' });
  const [audit] = await sql(`insert into internal_audit (id, cycle_id, unit, planned_date, auditor_ids, status, planned_by_id) values (gen_random_uuid(), ?, 'Wijkteam', current_date, '{}', 'DONE', ?) returning id`, [cycleId, officerId]);
  const [finding] = await sql(
    `insert into internal_audit_finding (id, internal_audit_id, norm_id, strengths, improvement_points, recorded_by_id) values (gen_random_uuid(), ?, ?, 'Sterk', 'Feedback geven', ?) returning id`,
    [audit.id, norm.id, officerId],
  );
  const [action] = await sql(
    `insert into improvement_action (id, cycle_id, norm_id, what, owner, due_date, success_indicator, updated_by_id) values (gen_random_uuid(), ?, ?, 'Intervisie invoeren', 'Teamleider', ?, 'Elk team', ?) returning id`,
    [cycleId, norm.id, inDays(90), officerId],
  );
  return { findingId: finding.id, actionId: action.id };
}

beforeAll(async () => {
  stack = await startStack({ worker: false });
  let other: OrgFixture;
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Agenda'), await createOrganisation(stack.orm.em.fork(), 'Elders')];
  const add = (o: OrgFixture, role: Role) => addOrganisationMember(stack.orm.em.fork(), o.organisation, role);
  const [p, c, lc, sp] = [await add(org, Role.ORG_PROFESSIONAL), await add(org, Role.ORG_PROFESSIONAL), await add(org, Role.ORG_LEARNING_COORDINATOR), await add(other, Role.ORG_PROFESSIONAL)];
  proId = p.id;
  [pro, colleague, coordinator, officer, stranger, strangerOfficer, auditor] = await Promise.all([
    login(p.email),
    login(c.email),
    login(lc.email),
    login(org.officer),
    login(sp.email),
    login(other.officer),
    login(await createCiAuditor(stack.orm.em.fork())),
  ]);
  own = await cycleContent(org);
  foreign = await cycleContent(other);
});
afterAll(async () => {
  await stack?.stop();
});

describe('the learning agenda', () => {
  let themeId: string;
  let fromFinding: string;
  let fromAction: string;

  it('a professional proposes a theme; it is on the agenda of everyone of the organisation', async () => {
    const made = (await run(pro, PROPOSE, { title: ' Feedback geven en ontvangen ', description: ' Zoals in de intervisie besproken. ' })).proposeLearningTheme;
    themeId = made.id;
    expect(made).toMatchObject({
      title: 'Feedback geven en ontvangen',
      description: 'Zoals in de intervisie besproken.',
      interestCount: 0,
      viewerInterested: false,
      mine: true,
      proposedBy: { id: proId },
      internalAuditFindingId: null,
      improvementActionId: null,
    });
    for (const who of [colleague, coordinator, officer]) {
      const page = (await who.ok(THEMES)).learningThemes;
      expect(page).toMatchObject({ totalCount: 1, nodes: [{ id: themeId, mine: false, viewerInterested: false }] });
    }
  });

  it('a theme may come from a learning point of an internal audit or an improvement action of the own cycle', async () => {
    fromFinding = (await run(coordinator, PROPOSE, { title: 'Borgen', internalAuditFindingId: own.findingId })).proposeLearningTheme.id;
    fromAction = (await run(officer, PROPOSE, { title: 'Intervisie', improvementActionId: own.actionId })).proposeLearningTheme.id;
    const read = await sql(`select id, internal_audit_finding_id, improvement_action_id from learning_theme where id in (?, ?) order by title`, [fromFinding, fromAction]);
    expect(read).toEqual([
      { id: fromFinding, internal_audit_finding_id: own.findingId, improvement_action_id: null },
      { id: fromAction, internal_audit_finding_id: null, improvement_action_id: own.actionId },
    ]);
  });

  it('interest is one per person, counted, withdrawn, and orders the agenda', async () => {
    // Twice from the same person counts once.
    expect((await run(colleague, INTEREST, { themeId: fromAction })).showInterest).toEqual({ id: fromAction, interestCount: 1, viewerInterested: true });
    expect((await run(colleague, INTEREST, { themeId: fromAction, interested: true })).showInterest).toMatchObject({ interestCount: 1 });
    expect((await run(pro, INTEREST, { themeId: fromAction })).showInterest).toMatchObject({ interestCount: 2, viewerInterested: true });
    expect((await run(coordinator, INTEREST, { themeId })).showInterest).toMatchObject({ interestCount: 1 });
    const order = async (who: GqlSession) => (await who.ok(THEMES)).learningThemes.nodes.map((n: { id: string; interestCount: number; viewerInterested: boolean }) => [n.id, n.interestCount, n.viewerInterested]);
    // Most interest first; with equal interest the newest first.
    expect(await order(colleague)).toEqual([[fromAction, 2, true], [themeId, 1, false], [fromFinding, 0, false]]);
    // Withdrawn: the count follows, and a second withdrawal changes nothing.
    expect((await run(colleague, INTEREST, { themeId: fromAction, interested: false })).showInterest).toEqual({ id: fromAction, interestCount: 1, viewerInterested: false });
    expect((await run(colleague, INTEREST, { themeId: fromAction, interested: false })).showInterest).toMatchObject({ interestCount: 1 });
    expect(await order(pro)).toEqual([[fromAction, 1, true], [themeId, 1, false], [fromFinding, 0, false]]);
    expect(await sql(`select count(*)::int as n from learning_theme_interest where theme_id = ?`, [fromAction])).toEqual([{ n: 1 }]);
  });

  it('interest shown at the same moment by several people is counted for each of them', async () => {
    const people = [pro, colleague, coordinator, officer];
    const answers = await Promise.all(people.map((who) => run(who, INTEREST, { themeId: fromFinding })));
    expect(answers.map((a) => a.showInterest.viewerInterested)).toEqual([true, true, true, true]);
    expect(await sql(`select interest_count from learning_theme where id = ?`, [fromFinding])).toEqual([{ interest_count: 4 }]);
    await Promise.all(people.map((who) => run(who, INTEREST, { themeId: fromFinding, interested: false })));
    expect(await sql(`select interest_count from learning_theme where id = ?`, [fromFinding])).toEqual([{ interest_count: 0 }]);
  });

  it('pages through the agenda in its order with cursors, and refuses a forged cursor naming after', async () => {
    const first = (await pro.ok(THEMES, { first: 2 })).learningThemes;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = (await pro.ok(THEMES, { first: 2, after: first.pageInfo.endCursor })).learningThemes;
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect([...first.nodes, ...second.nodes].map((n: { id: string }) => n.id)).toEqual([fromAction, themeId, fromFinding]);
    for (const after of ['nonsense', Buffer.from(JSON.stringify(['x', 'y', 'z'])).toString('base64url')]) {
      const r = await pro.request(THEMES, { first: 2, after });
      expect(r.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'after' }]);
    }
  });

  it('a retry with the same clientMutationId proposes once and answers the same theme', async () => {
    const i = { clientMutationId: mutationId(), title: 'Eén keer' };
    const [a, b] = [(await pro.ok(PROPOSE, { i })).proposeLearningTheme, (await pro.ok(PROPOSE, { i })).proposeLearningTheme];
    expect(b.id).toBe(a.id);
    expect(await sql(`select count(*)::int as n from learning_theme where title = 'Eén keer'`)).toEqual([{ n: 1 }]);
    await sql(`delete from learning_theme where id = ?`, [a.id]);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    await expectRefused(pro, PROPOSE, { title: '   ' }, { code: 'BAD_USER_INPUT', field: 'title' });
    await expectRefused(pro, PROPOSE, { title: 'x'.repeat(201) }, { code: 'BAD_USER_INPUT', field: 'title' });
    await expectRefused(pro, PROPOSE, { title: 'Lang', description: 'x'.repeat(4001) }, { code: 'BAD_USER_INPUT', field: 'description' });
    await expectRefused(pro, PROPOSE, { title: 'Twee', internalAuditFindingId: own.findingId, improvementActionId: own.actionId }, { code: 'BAD_USER_INPUT', field: 'improvementActionId', message: /only one/ });
    await expectRefused(pro, PROPOSE, { title: 'Geen id', improvementActionId: 'not-an-id' }, { code: 'BAD_USER_INPUT', field: 'improvementActionId' });
    await expectRefused(pro, INTEREST, { themeId: 'not-an-id' }, { code: 'BAD_USER_INPUT', field: 'themeId' });
    await expectRefused(pro, PROPOSE, { title: 'Niets', internalAuditFindingId: randomUUID() }, { code: 'NOT_FOUND', field: 'internalAuditFindingId', message: /^Internal audit finding was not found\.$/ });
    await expectRefused(pro, INTEREST, { themeId: randomUUID() }, { code: 'NOT_FOUND', message: /^Learning theme was not found\.$/ });
  });

  it('another organisation sees none of the agenda, and its findings, actions and themes are not found, as ones of nothing', async () => {
    for (const who of [stranger, strangerOfficer]) expect((await who.ok(THEMES)).learningThemes).toEqual({ totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] });
    await expectRefused(stranger, INTEREST, { themeId }, { code: 'NOT_FOUND', message: /^Learning theme was not found\.$/ });
    await expectRefused(strangerOfficer, INTEREST, { themeId, interested: false }, { code: 'NOT_FOUND' });
    // The organisation's own people cannot name another organisation's learning point or action either.
    await expectRefused(pro, PROPOSE, { title: 'Van elders', internalAuditFindingId: foreign.findingId }, { code: 'NOT_FOUND', field: 'internalAuditFindingId' });
    await expectRefused(pro, PROPOSE, { title: 'Van elders', improvementActionId: foreign.actionId }, { code: 'NOT_FOUND', field: 'improvementActionId' });
    await expectRefused(stranger, PROPOSE, { title: 'Van elders', improvementActionId: own.actionId }, { code: 'NOT_FOUND', field: 'improvementActionId', message: /^Improvement action was not found\.$/ });
  });

  it('people of a certifying institution have no learning agenda: NOT_ALLOWED', async () => {
    const r = await auditor.request(THEMES);
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['NOT_ALLOWED']);
    await expectRefused(auditor, PROPOSE, { title: 'Van buiten' }, { code: 'NOT_ALLOWED' });
    await expectRefused(auditor, INTEREST, { themeId }, { code: 'NOT_ALLOWED' });
  });

  it('in one click: from a learning point or an improvement action alone, the theme takes its name and description from it', async () => {
    const [norm] = await sql(`select n.code from norm n join internal_audit_finding f on f.norm_id = n.id where f.id = ?`, [own.findingId]);
    const a = (await run(pro, PROPOSE, { internalAuditFindingId: own.findingId })).proposeLearningTheme;
    expect(a).toMatchObject({ title: `${norm.code} Feedback geven`, description: 'Feedback geven', internalAuditFindingId: own.findingId, mine: true });
    const b = (await run(pro, PROPOSE, { improvementActionId: own.actionId, description: 'Eigen woorden' })).proposeLearningTheme;
    expect(b).toMatchObject({ title: `${norm.code} Intervisie invoeren`, description: 'Eigen woorden', improvementActionId: own.actionId });
    // A name given is kept.
    const c = (await run(pro, PROPOSE, { title: 'Zelf bedacht', improvementActionId: own.actionId })).proposeLearningTheme;
    expect(c).toMatchObject({ title: 'Zelf bedacht', description: 'Intervisie invoeren' });
    // Without a source a name is required; a blank one is refused with a source too.
    await expectRefused(pro, PROPOSE, {}, { code: 'BAD_USER_INPUT', field: 'title' });
    await expectRefused(pro, PROPOSE, { title: '  ', improvementActionId: own.actionId }, { code: 'BAD_USER_INPUT', field: 'title' });
    await expectRefused(stranger, PROPOSE, { internalAuditFindingId: own.findingId }, { code: 'NOT_FOUND', field: 'internalAuditFindingId' });
    await sql(`delete from learning_theme where id in (?, ?, ?)`, [a.id, b.id, c.id]);
  });

  it('a theme stays when the finding or action it came from is deleted; the reference goes', async () => {
    await sql(`delete from improvement_action where id = ?`, [own.actionId]);
    const page = (await pro.ok(`{ learningThemes { nodes { id improvementActionId interestCount } } }`)).learningThemes.nodes;
    expect(page.find((n: { id: string }) => n.id === fromAction)).toEqual({ id: fromAction, improvementActionId: null, interestCount: 1 });
  });
});

describe("a person's learning data and the agenda", () => {
  const EXPORT = `query { exportMyLearningData { json } }`;
  const DELETE_ALL = `mutation($i: DeleteMyLearningDataInput!) { deleteMyLearningData(input: $i) { entries goals interests themes } }`;
  const THEME = `query($first: Int) { learningThemes(first: $first) { nodes { id interestCount mine proposedBy { id name } } } }`;

  it('exports the themes one proposed and the interest one shows; deleting withdraws the interest and keeps the themes without the name', async () => {
    const leaver = await addOrganisationMember(stack.orm.em.fork(), org.organisation, Role.ORG_PROFESSIONAL);
    const person = await login(leaver.email);
    const theirs = (await run(person, PROPOSE, { title: 'Motiverende gespreksvoering', description: '' })).proposeLearningTheme.id;
    const others = (await run(colleague, PROPOSE, { title: 'Schuldhulp in de wijk', description: '' })).proposeLearningTheme.id;
    await run(person, INTEREST, { themeId: others, interested: true });
    await run(colleague, INTEREST, { themeId: theirs, interested: true });
    await run(person, INTEREST, { themeId: theirs, interested: true });

    const exported = JSON.parse((await person.ok(EXPORT)).exportMyLearningData.json);
    expect(exported.proposedThemes).toEqual([expect.objectContaining({ id: theirs, title: 'Motiverende gespreksvoering' })]);
    expect(exported.interestShown.map((i: { themeId: string }) => i.themeId).sort()).toEqual([theirs, others].sort());

    const i = { clientMutationId: mutationId(), confirm: true };
    expect((await person.ok(DELETE_ALL, { i })).deleteMyLearningData).toEqual({ entries: 0, goals: 0, interests: 2, themes: 1 });
    // A retry answers the same, and nothing more goes.
    expect((await person.ok(DELETE_ALL, { i })).deleteMyLearningData).toEqual({ entries: 0, goals: 0, interests: 2, themes: 1 });

    expect(await sql(`select count(*)::int as n from learning_theme_interest where person_id = ?`, [leaver.id])).toEqual([{ n: 0 }]);
    const seen = (await colleague.ok(THEME, { first: 100 })).learningThemes.nodes as { id: string; interestCount: number; mine: boolean; proposedBy: { id: string } | null }[];
    // The theme stays for the colleague who showed interest, without the proposer's name; the counts went down.
    expect(seen.find((t) => t.id === theirs)).toEqual({ id: theirs, interestCount: 1, mine: false, proposedBy: null });
    expect(seen.find((t) => t.id === others)).toMatchObject({ interestCount: 0, mine: true, proposedBy: { id: expect.any(String) } });
    expect(await sql(`select interests, themes from learning_data_erasure where person_id = ?`, [leaver.id])).toEqual([{ interests: 2, themes: 1 }]);
  });
});
