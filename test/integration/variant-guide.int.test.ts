import { FrameworkStatus, FrameworkVersion } from '../../server/src/modules/framework/framework-version.entity';
import { PLACEHOLDER_GUIDE } from '../../server/src/modules/framework/variant-guide.types';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId, START_CYCLE, startInput } from '../support/operations';
import { createFramework, secondsRules } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * The decision tree (stroomschema) through GraphQL and PostgreSQL: the sector body loads it, the screen asks
 * where answers lead, and completing preparation stores the answers, the recommendation and the choice with
 * the cycle, or refuses and changes nothing.
 */

const ADMIN = { email: 'secretariaat@swn.demo', password: 'demo-wachtwoord' };

/** A small tree of the sector body's own: one question for the variant, one for the scope. */
const OFFICIAL_TREE = {
  start: 'vorm',
  questions: [
    {
      key: 'vorm',
      text: 'Testvraag: certificaat of leren?',
      options: [
        { key: 'cert', label: 'Certificaat', variant: 'EXTERNAL_AUDIT', next: 'omvang' },
        { key: 'leren', label: 'Leren', variant: 'PEER_REVIEW', next: 'omvang' },
      ],
    },
    {
      key: 'omvang',
      text: 'Testvraag: hele organisatie?',
      help: 'Testtoelichting',
      options: [
        { key: 'heel', label: 'Heel', wholeOrganisation: true },
        { key: 'deel', label: 'Deel', wholeOrganisation: false },
      ],
    },
  ],
};

const UPDATE_GUIDE = `mutation($i: UpdateVariantGuideInput!) { updateVariantGuide(input: $i) { id variantGuide { placeholder start questions { key text help options { key label next variant wholeOrganisation } } } } }`;
const GUIDE = `query($id: ID!) { frameworkVersion(id: $id) { id variantGuide { placeholder start questions { key } } } }`;
const RECOMMEND = `query($id: ID!, $answers: [GuideAnswerInput!]!) { frameworkVersion(id: $id) { id variantRecommendation(answers: $answers) { nextQuestion variant wholeOrganisation } } }`;
const COMPLETE = `mutation($i: CompletePreparationInput!) { completePreparation(input: $i) {
  id phase variant wholeOrganisation scopeUnits
  variantChoice { answers { question questionText option optionLabel } recommendedVariant recommendedWholeOrganisation followedRecommendation guidePlaceholder } } }`;
const CYCLE = `query($id: ID!) { cycle(id: $id) { id phase variant wholeOrganisation scopeUnits variantChoice { recommendedVariant } } }`;

let stack: Stack;
let admin: GqlSession;
beforeAll(async () => {
  stack = await startStack();
  admin = new GqlSession(stack.url);
  await admin.login(ADMIN.email, ADMIN.password);
});
afterAll(() => stack?.stop());

async function versionWith(guide: unknown): Promise<FrameworkVersion> {
  const em = stack.orm.em.fork();
  const { version } = await createFramework(em, secondsRules());
  if (guide) {
    await em.nativeUpdate(FrameworkVersion, { id: version.id }, { variantGuide: guide as FrameworkVersion['variantGuide'] });
  }
  return version;
}

/** An organisation's officer with a cycle in preparation on `versionId`, started as an external audit of the whole organisation. */
async function preparing(versionId: string) {
  const org = await createOrganisation(stack.orm.em.fork(), 'Stroomschema');
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  const { startCycle } = await officer.ok(START_CYCLE, { i: startInput(versionId) });
  return { officer, cycleId: startCycle.id as string };
}

describe('the sector body loads its decision tree', () => {
  it('replaces the placeholder on a published version, and everyone signed in reads it', async () => {
    const version = await versionWith(PLACEHOLDER_GUIDE);
    const r = await admin.ok(UPDATE_GUIDE, { i: { frameworkVersionId: version.id, guide: OFFICIAL_TREE, clientMutationId: mutationId() } });
    expect(r.updateVariantGuide.variantGuide).toEqual({
      placeholder: false,
      start: 'vorm',
      questions: [
        { key: 'vorm', text: 'Testvraag: certificaat of leren?', help: null, options: [
          { key: 'cert', label: 'Certificaat', next: 'omvang', variant: 'EXTERNAL_AUDIT', wholeOrganisation: null },
          { key: 'leren', label: 'Leren', next: 'omvang', variant: 'PEER_REVIEW', wholeOrganisation: null },
        ] },
        { key: 'omvang', text: 'Testvraag: hele organisatie?', help: 'Testtoelichting', options: [
          { key: 'heel', label: 'Heel', next: null, variant: null, wholeOrganisation: true },
          { key: 'deel', label: 'Deel', next: null, variant: null, wholeOrganisation: false },
        ] },
      ],
    });
    const { officer } = await preparing(version.id);
    expect((await officer.ok(GUIDE, { id: version.id })).frameworkVersion.variantGuide).toEqual({ placeholder: false, start: 'vorm', questions: [{ key: 'vorm' }, { key: 'omvang' }] });
  });

  it('refuses an unsound tree, naming every problem, and keeps the old one', async () => {
    const version = await versionWith(PLACEHOLDER_GUIDE);
    const broken = structuredClone(OFFICIAL_TREE);
    (broken.questions[1].options[0] as { next?: string }).next = 'vorm';
    delete (broken.questions[0].options[1] as { variant?: string }).variant;
    const e = await admin.refused(UPDATE_GUIDE, { i: { frameworkVersionId: version.id, guide: broken, clientMutationId: mutationId() } });
    expect(e.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'guide.questions[1].options[0].next' }));
    expect(e.message).toMatch(/leads back to "vorm"/);
    expect((await admin.ok(GUIDE, { id: version.id })).frameworkVersion.variantGuide.placeholder).toBe(true);
  });

  it('refuses organisations (their role), a retired version (WRONG_PHASE) and an unknown one (NOT_FOUND)', async () => {
    const version = await versionWith(PLACEHOLDER_GUIDE);
    const { officer } = await preparing(version.id);
    const input = (frameworkVersionId: string) => ({ i: { frameworkVersionId, guide: OFFICIAL_TREE, clientMutationId: mutationId() } });
    expect((await officer.refused(UPDATE_GUIDE, input(version.id))).extensions?.code).toBe('NOT_ALLOWED');
    expect((await admin.refused(UPDATE_GUIDE, input('00000000-0000-4000-8000-000000000000'))).extensions?.code).toBe('NOT_FOUND');
    await stack.orm.em.fork().nativeUpdate(FrameworkVersion, { id: version.id }, { status: FrameworkStatus.RETIRED });
    expect((await admin.refused(UPDATE_GUIDE, input(version.id))).extensions?.code).toBe('WRONG_PHASE');
    expect((await admin.ok(GUIDE, { id: version.id })).frameworkVersion.variantGuide.placeholder).toBe(true);
  });
});

describe('the screen asks where the answers lead', () => {
  it('gives the next question, then the recommendation, and names an answer that does not fit', async () => {
    const version = await versionWith({ placeholder: false, ...OFFICIAL_TREE });
    const { officer } = await preparing(version.id);
    const ask = async (answers: { question: string; option: string }[]) => (await officer.ok(RECOMMEND, { id: version.id, answers })).frameworkVersion.variantRecommendation;
    expect(await ask([])).toEqual({ nextQuestion: 'vorm', variant: null, wholeOrganisation: null });
    expect(await ask([{ question: 'vorm', option: 'leren' }])).toEqual({ nextQuestion: 'omvang', variant: null, wholeOrganisation: null });
    expect(await ask([{ question: 'vorm', option: 'leren' }, { question: 'omvang', option: 'deel' }])).toEqual({ nextQuestion: null, variant: 'PEER_REVIEW', wholeOrganisation: false });
    const e = await officer.refused(RECOMMEND, { id: version.id, answers: [{ question: 'vorm', option: 'misschien' }] });
    expect(e.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'answers[0].option' }));
  });
});

describe('completing preparation with the tree', () => {
  const answers = [{ question: 'vorm', option: 'leren' }, { question: 'omvang', option: 'heel' }];

  it('stores the answers in the words shown, the recommendation and a choice that differs from it', async () => {
    const version = await versionWith({ placeholder: false, ...OFFICIAL_TREE });
    const { officer, cycleId } = await preparing(version.id);
    const choice = { answers, variant: 'COMBINED', wholeOrganisation: false, scopeUnits: [' Team Noord ', 'Wijkteams'] };
    const done = (await officer.ok(COMPLETE, { i: { cycleId, choice, clientMutationId: mutationId() } })).completePreparation;
    expect(done).toEqual({
      id: cycleId,
      phase: 'SELF_EVALUATION',
      variant: 'COMBINED',
      wholeOrganisation: false,
      scopeUnits: ['Team Noord', 'Wijkteams'],
      variantChoice: {
        answers: [
          { question: 'vorm', questionText: 'Testvraag: certificaat of leren?', option: 'leren', optionLabel: 'Leren' },
          { question: 'omvang', questionText: 'Testvraag: hele organisatie?', option: 'heel', optionLabel: 'Heel' },
        ],
        recommendedVariant: 'PEER_REVIEW',
        recommendedWholeOrganisation: true,
        followedRecommendation: false,
        guidePlaceholder: false,
      },
    });
  });

  it.each<[string, Record<string, unknown> | null, string]>([
    ['without a choice while the tree is the sector body\'s own', null, 'choice'],
    ['with a walk that stops halfway', { answers: answers.slice(0, 1), variant: 'PEER_REVIEW', wholeOrganisation: true }, 'choice.answers'],
    ['with an answer the question does not have', { answers: [answers[0], { question: 'omvang', option: 'half' }], variant: 'PEER_REVIEW', wholeOrganisation: true }, 'choice.answers[1].option'],
    ['with a partial scope that names no unit', { answers, variant: 'PEER_REVIEW', wholeOrganisation: false, scopeUnits: [] }, 'choice.scopeUnits'],
    ['with a unit name of only spaces', { answers, variant: 'PEER_REVIEW', wholeOrganisation: false, scopeUnits: ['  '] }, 'choice.scopeUnits'],
  ])('refuses %s, naming the field, and changes nothing', async (_label, choice, field) => {
    const version = await versionWith({ placeholder: false, ...OFFICIAL_TREE });
    const { officer, cycleId } = await preparing(version.id);
    const e = await officer.refused(COMPLETE, { i: { cycleId, choice, clientMutationId: mutationId() } });
    expect(e.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
    expect((await officer.ok(CYCLE, { id: cycleId })).cycle).toEqual({ id: cycleId, phase: 'PREPARATION', variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], variantChoice: null });
  });

  it('may skip the placeholder tree: the start\'s variant and scope stand and no choice is stored', async () => {
    const version = await versionWith(PLACEHOLDER_GUIDE);
    const { officer, cycleId } = await preparing(version.id);
    const done = (await officer.ok(COMPLETE, { i: { cycleId, clientMutationId: mutationId() } })).completePreparation;
    expect(done).toEqual(expect.objectContaining({ phase: 'SELF_EVALUATION', variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, variantChoice: null }));
  });

  it('answers the placeholder tree too, marked as such, and another organisation cannot read the choice', async () => {
    const version = await versionWith(PLACEHOLDER_GUIDE);
    const { officer, cycleId } = await preparing(version.id);
    const choice = { answers: [{ question: 'doel', option: 'leren' }, { question: 'omvang', option: 'heel' }], variant: 'PEER_REVIEW', wholeOrganisation: true };
    const done = (await officer.ok(COMPLETE, { i: { cycleId, choice, clientMutationId: mutationId() } })).completePreparation;
    expect(done.variantChoice).toEqual(expect.objectContaining({ recommendedVariant: 'PEER_REVIEW', followedRecommendation: true, guidePlaceholder: true }));
    const other = await preparing(version.id);
    expect((await other.officer.refused(CYCLE, { id: cycleId })).extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a choice on a version without a tree', async () => {
    const version = await versionWith(null);
    const { officer, cycleId } = await preparing(version.id);
    const e = await officer.refused(COMPLETE, { i: { cycleId, choice: { answers, variant: 'PEER_REVIEW', wholeOrganisation: true }, clientMutationId: mutationId() } });
    expect(e.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'choice' }));
  });
});
