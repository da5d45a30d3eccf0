import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { assignTeam, createCiTeam, placeCycle, type CiTeam } from '../support/content-fixtures';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, type GqlResult, signedIn } from '../support/gql';
import { mutationId, START_CYCLE, startInput } from '../support/operations';
import { createDraftVersion, SCHEME_RULES_INPUT, secondsRules, VARIANT_GUIDE_INPUT } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * No edit is lost in silence: for every kind of shared editable content, two sessions save the same item
 * from the same revision at the same moment. Exactly one is applied; the other changes nothing and answers
 * CONFLICT with the winner's value, who saved it and when, and the revision to start again from.
 */

const SAVE_ANSWER = `mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id revision score goesWell updatedByName } }`;
const PLAN = `mutation($i: PlanInternalAuditInput!) { planInternalAudit(input: $i) { id } }`;
const RECORD_INTERNAL = `mutation($i: RecordInternalAuditFindingInput!) { recordInternalAuditFinding(input: $i) { id revision strengths improvementPoints } }`;
const RECORD_FINDING = `mutation($i: RecordAuditFindingInput!) { recordAuditFinding(input: $i) { id revision score strengths improvementPoints } }`;
const SAVE_ACTION = `mutation($i: SaveImprovementActionInput!) { saveImprovementAction(input: $i) { id revision what owner } }`;
const DELETE_ACTION = `mutation($i: DeleteImprovementActionInput!) { deleteImprovementAction(input: $i) }`;
const UPDATE_ACTION = `mutation($i: UpdateImprovementActionInput!) { updateImprovementAction(input: $i) { id revision status progressNote } }`;
const SAVE_PROGRAMME = `mutation($i: SaveAuditProgrammeInput!) { saveAuditProgramme(input: $i) { revision slots { participants } } }`;
const UPDATE_RULES = `mutation($i: UpdateSchemeRulesInput!) { updateSchemeRules(input: $i) { id rulesRevision rules { awardRule } } }`;
const UPDATE_GUIDE = `mutation($i: UpdateVariantGuideInput!) { updateVariantGuide(input: $i) { id variantGuideRevision variantGuide { start questions { key text } } } }`;
const NAME = `{ me { name } }`;

let stack: Stack;
let org: OrgFixture;
let ci: CiTeam;
let cycleId: string;
let normIds: string[];
const s = {} as Record<'officer' | 'officer2' | 'internalAuditor' | 'lead' | 'lead2' | 'co' | 'sector' | 'sector2', GqlSession>;

const conn = () => stack.orm.em.fork().getConnection();
const place = (phase: string, step: string | null = null) => placeCycle(conn(), cycleId, phase, step);

const session = (email: string, password = PASSWORD): Promise<GqlSession> => signedIn(stack.url, email, password);

interface Contender {
  who: GqlSession;
  input: Record<string, unknown>;
}

type SavedRevision = { revision?: number; rulesRevision?: number; variantGuideRevision?: number };
const savedRevision = (saved: SavedRevision) => saved.revision ?? saved.rulesRevision ?? saved.variantGuideRevision;

/**
 * Both saves at once, from the same revision; returns the winner's data and the loser's refusal. The loser's
 * refusal must carry what the winner saved (checked by the caller on `currentValue`) and the winner's name.
 */
async function race(mutation: string, root: string, a: Contender, b: Contender) {
  const results: GqlResult[] = await Promise.all(
    [a, b].map(({ who, input }) => who.request(mutation, { i: { clientMutationId: mutationId(), ...input } })),
  );
  const won = results.filter((r) => !r.errors);
  const lost = results.filter((r) => r.errors);
  expect({ won: won.length, lost: lost.length }).toEqual({ won: 1, lost: 1 });
  const winnerIndex = results.findIndex((r) => !r.errors);
  const winner = [a, b][winnerIndex];
  const refusal = lost[0].errors![0];
  expect(refusal.extensions).toMatchObject({
    code: 'CONFLICT',
    field: 'expectedRevision',
    currentRevision: savedRevision(won[0].data![root] as SavedRevision),
    changedBy: (await winner.who.ok(NAME)).me.name,
  });
  expect(Date.now() - Date.parse(refusal.extensions.changedAt as string)).toBeLessThan(60_000);
  return { winner, loser: [a, b][1 - winnerIndex], saved: won[0].data![root] as Record<string, any>, refusal };
}

beforeAll(async () => {
  stack = await startStack();
  const em = stack.orm.em.fork();
  org = await createOrganisation(em, 'Revisies');
  ci = await createCiTeam(em);
  Object.assign(s, {
    officer: await session(org.officer),
    officer2: await session(org.officer),
    internalAuditor: await session(org.internalAuditor),
    lead: await session(ci.lead.email),
    lead2: await session(ci.lead.email),
    co: await session(ci.co.email),
    sector: await session('secretariaat@swn.demo', DEMO_PASSWORD),
    sector2: await session('secretariaat@swn.demo', DEMO_PASSWORD),
  });
  cycleId = (await s.officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  normIds = (
    await conn().execute<{ id: string }[]>(
      `select n.id from norm n join framework_category c on c.id = n.category_id where n.framework_version_id = ? order by c.position, n.position`,
      [stack.demo.framework.id],
    )
  ).map((n) => n.id);
  await assignTeam(conn(), cycleId, ci);
});
afterAll(() => stack?.stop());

describe('consolidated self-evaluation answers', () => {
  beforeAll(() => place('SELF_EVALUATION'));

  it('two saves of one norm from the same revision: one is kept, the other is told whose it is and keeps nothing', async () => {
    const first = (await s.officer.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[0], expectedRevision: 0, goesWell: 'begin' } }))
      .saveSelfEvaluationAnswer;
    expect(first.revision).toBe(1);
    const { saved, refusal, winner } = await race(
      SAVE_ANSWER,
      'saveSelfEvaluationAnswer',
      { who: s.officer, input: { cycleId, normId: normIds[0], expectedRevision: 1, score: 'MEETS', goesWell: 'versie A' } },
      { who: s.internalAuditor, input: { cycleId, normId: normIds[0], expectedRevision: 1, score: 'DOES_NOT_MEET', goesWell: 'versie B' } },
    );
    expect(saved.revision).toBe(2);
    expect(refusal.extensions.currentValue).toEqual({ score: saved.score, goesWell: saved.goesWell, explanation: '', toImprove: '' });
    const [row] = await conn().execute(`select revision, score, goes_well from self_evaluation_answer where cycle_id = ? and norm_id = ?`, [cycleId, normIds[0]]);
    expect(row).toEqual({ revision: 2, score: saved.score, goes_well: winner.input.goesWell });
  });

  it('two first saves of a norm nobody answered yet: one creates it, the other is refused', async () => {
    const { saved, refusal } = await race(
      SAVE_ANSWER,
      'saveSelfEvaluationAnswer',
      { who: s.officer, input: { cycleId, normId: normIds[1], expectedRevision: 0, goesWell: 'eerste A' } },
      { who: s.internalAuditor, input: { cycleId, normId: normIds[1], expectedRevision: 0, goesWell: 'eerste B' } },
    );
    expect(saved.revision).toBe(1);
    expect(refusal.extensions.currentValue).toMatchObject({ goesWell: saved.goesWell });
  });

  it('a save without expectedRevision is not compared; a negative one is bad input; one from a revision that never was is CONFLICT', async () => {
    const r = (await s.internalAuditor.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[1], goesWell: 'zonder revisie' } }))
      .saveSelfEvaluationAnswer;
    expect(r).toMatchObject({ revision: 2, goesWell: 'zonder revisie' });
    const err = await s.officer.refused(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[1], expectedRevision: -1, goesWell: 'x' } });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedRevision' });
    const [row] = await conn().execute(`select revision, goes_well from self_evaluation_answer where cycle_id = ? and norm_id = ?`, [cycleId, normIds[1]]);
    expect(row).toEqual({ revision: 2, goes_well: 'zonder revisie' });

    const gone = await s.officer.refused(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[2], expectedRevision: 3, goesWell: 'x' } });
    expect(gone.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedRevision', currentRevision: 0, currentValue: null });
    expect(await conn().execute(`select id from self_evaluation_answer where cycle_id = ? and norm_id = ?`, [cycleId, normIds[2]])).toEqual([]);
  });
});

describe('internal-audit findings', () => {
  it('two auditors recording the same norm from one revision: one finding text wins, the other sees it', async () => {
    await place('INTERNAL_AUDIT');
    const ids = await conn().execute<{ id: string }[]>(`select id from app_user where email = ?`, [org.internalAuditor]);
    const auditId = (await s.officer.ok(PLAN, { i: { clientMutationId: mutationId(), cycleId, unit: 'Team Oost', plannedDate: inDays(14), auditorIds: [ids[0].id] } }))
      .planInternalAudit.id;
    const base = { internalAuditId: auditId, normId: normIds[0] };
    await s.officer.ok(RECORD_INTERNAL, { i: { clientMutationId: mutationId(), ...base, expectedRevision: 0, strengths: 'eerst' } });
    const { saved, refusal } = await race(
      RECORD_INTERNAL,
      'recordInternalAuditFinding',
      { who: s.officer, input: { ...base, expectedRevision: 1, strengths: 'sterk A', improvementPoints: 'punt A' } },
      { who: s.internalAuditor, input: { ...base, expectedRevision: 1, strengths: 'sterk B', improvementPoints: 'punt B' } },
    );
    expect(saved.revision).toBe(2);
    expect(refusal.extensions.currentValue).toEqual({ strengths: saved.strengths, improvementPoints: saved.improvementPoints });
  });
});

describe('audit findings', () => {
  it('lead and co-auditor recording one norm from one revision: one is kept', async () => {
    await place('EXTERNAL_AUDIT', 'AUDITING');
    const base = { cycleId, normId: normIds[0] };
    await s.lead.ok(RECORD_FINDING, { i: { clientMutationId: mutationId(), ...base, expectedRevision: 0, score: 'MEETS', strengths: 'eerst', improvementPoints: '' } });
    const { saved, refusal } = await race(
      RECORD_FINDING,
      'recordAuditFinding',
      { who: s.lead, input: { ...base, expectedRevision: 1, score: 'MEETS', strengths: 'lead', improvementPoints: 'a' } },
      { who: s.co, input: { ...base, expectedRevision: 1, score: 'PARTLY_MEETS', strengths: 'co', improvementPoints: 'b' } },
    );
    expect(refusal.extensions.currentValue).toEqual({ score: saved.score, strengths: saved.strengths, improvementPoints: saved.improvementPoints });
  });
});

describe('the audit programme', () => {
  it('two saves of the slots from one revision: one programme is kept', async () => {
    await place('EXTERNAL_AUDIT', 'SCHEDULING');
    const slot = (participants: string) => ({ day: 1, startTime: '09:00', endTime: '10:00', group: 'SOCIAL_WORKERS', participants, normIds: [normIds[0]], auditorIds: [ci.lead.id] });
    await s.lead.ok(SAVE_PROGRAMME, { i: { clientMutationId: mutationId(), cycleId, expectedRevision: 0, slots: [slot('eerst')] } });
    const { saved, refusal } = await race(
      SAVE_PROGRAMME,
      'saveAuditProgramme',
      { who: s.lead, input: { cycleId, expectedRevision: 1, slots: [slot('Team A')] } },
      { who: s.lead2, input: { cycleId, expectedRevision: 1, slots: [slot('Team B')] } },
    );
    expect(saved.revision).toBe(2);
    expect((refusal.extensions.currentValue as { slots: { participants: string }[] }).slots[0].participants).toBe(saved.slots[0].participants);
  });
});

describe('improvement actions', () => {
  let actionId: string;

  it('two edits of one action from one revision: one is kept', async () => {
    await place('IMPROVEMENT_PLAN', 'DRAFTING');
    const form = { cycleId, owner: 'Teamleider', dueDate: inDays(30), successIndicator: 'Gemeten in de teams' };
    actionId = (await s.officer.ok(SAVE_ACTION, { i: { clientMutationId: mutationId(), ...form, what: 'eerst' } })).saveImprovementAction.id;
    const { saved, refusal } = await race(
      SAVE_ACTION,
      'saveImprovementAction',
      { who: s.officer, input: { ...form, actionId, expectedRevision: 1, what: 'actie A' } },
      { who: s.officer2, input: { ...form, actionId, expectedRevision: 1, what: 'actie B' } },
    );
    expect(saved.revision).toBe(2);
    expect(refusal.extensions.currentValue).toMatchObject({ what: saved.what, owner: 'Teamleider', status: 'OPEN' });
  });

  it('a delete from an older revision deletes nothing and says who changed the action; from the current one it deletes', async () => {
    const stale = await s.officer2.request(DELETE_ACTION, { i: { clientMutationId: mutationId(), actionId, expectedRevision: 1 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedRevision', currentRevision: 2, changedBy: expect.any(String) });
    expect(await conn().execute(`select revision from improvement_action where id = ?`, [actionId])).toEqual([{ revision: 2 }]);

    const form = { cycleId, owner: 'Kwaliteit', dueDate: inDays(20), successIndicator: 'Besproken', what: 'weg ermee' };
    const other = (await s.officer.ok(SAVE_ACTION, { i: { clientMutationId: mutationId(), ...form } })).saveImprovementAction.id;
    await s.officer2.ok(DELETE_ACTION, { i: { clientMutationId: mutationId(), actionId: other, expectedRevision: 1 } });
    expect(await conn().execute(`select id from improvement_action where id = ?`, [other])).toEqual([]);
  });

  it('two progress updates from one revision: one is kept', async () => {
    await place('CERTIFIED', 'VALID');
    const { saved, refusal } = await race(
      UPDATE_ACTION,
      'updateImprovementAction',
      { who: s.officer, input: { actionId, expectedRevision: 2, status: 'IN_PROGRESS', progressNote: 'voortgang A' } },
      { who: s.internalAuditor, input: { actionId, expectedRevision: 2, status: 'DONE', progressNote: 'voortgang B' } },
    );
    expect(saved.revision).toBe(3);
    expect(refusal.extensions.currentValue).toMatchObject({ status: saved.status, progressNote: saved.progressNote });
  });
});

describe('scheme rules', () => {
  it('two saves of a draft version’s rules from one revision: one is kept', async () => {
    const draft = await createDraftVersion(stack.orm.em.fork(), secondsRules());
    const { saved, refusal } = await race(
      UPDATE_RULES,
      'updateSchemeRules',
      { who: s.sector, input: { frameworkVersionId: draft.id, expectedRevision: 1, rules: SCHEME_RULES_INPUT } },
      { who: s.sector2, input: { frameworkVersionId: draft.id, expectedRevision: 1, rules: { ...SCHEME_RULES_INPUT, awardRule: 'NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION' } } },
    );
    expect(saved.rulesRevision).toBe(2);
    expect((refusal.extensions.currentValue as { rules: { awardRule: string } }).rules.awardRule).toBe(saved.rules.awardRule);
  });

  it('two saves of a version’s decision tree from one revision: one tree is kept', async () => {
    const draft = await createDraftVersion(stack.orm.em.fork(), secondsRules());
    const retitled = (text: string) => ({ ...VARIANT_GUIDE_INPUT, questions: VARIANT_GUIDE_INPUT.questions.map((q, i) => (i === 0 ? { ...q, text } : q)) });
    const { saved, refusal } = await race(
      UPDATE_GUIDE,
      'updateVariantGuide',
      { who: s.sector, input: { frameworkVersionId: draft.id, expectedRevision: 1, guide: retitled('Vraag A') } },
      { who: s.sector2, input: { frameworkVersionId: draft.id, expectedRevision: 1, guide: retitled('Vraag B') } },
    );
    expect(saved.variantGuideRevision).toBe(2);
    const kept = (refusal.extensions.currentValue as { guide: { questions: { text: string }[] } }).guide.questions[0].text;
    expect(kept).toBe(saved.variantGuide.questions[0].text);
    expect(['Vraag A', 'Vraag B']).toContain(kept);
  });
});

