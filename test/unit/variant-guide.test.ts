import 'reflect-metadata';
import { followGuide, guideProblems, isRefusal, type VariantGuide } from '../../workflows/src/rules';
import { PLACEHOLDER_GUIDE } from '../../server/src/modules/framework/variant-guide.types';

/** A copy to break in one place per test. */
const tree = (): VariantGuide => structuredClone(PLACEHOLDER_GUIDE);

describe('the decision tree (stroomschema)', () => {
  it('the placeholder tree is sound and marked as a placeholder', () => {
    expect(guideProblems(PLACEHOLDER_GUIDE)).toEqual([]);
    expect(PLACEHOLDER_GUIDE.placeholder).toBe(true);
  });

  it.each([
    [[['doel', 'certificaat'], ['samen-leren', 'nee'], ['omvang', 'heel']], 'EXTERNAL_AUDIT', true],
    [[['doel', 'certificaat'], ['samen-leren', 'ja'], ['omvang', 'deel']], 'COMBINED', false],
    [[['doel', 'leren'], ['omvang', 'heel']], 'PEER_REVIEW', true],
  ])('answers %j recommend %s (whole organisation: %s)', (answers, variant, wholeOrganisation) => {
    const followed = followGuide(PLACEHOLDER_GUIDE, answers.map(([question, option]) => ({ question, option })));
    if (isRefusal(followed)) throw new Error(followed.message);
    expect(followed.recommendation).toEqual({ variant, wholeOrganisation });
    // The steps keep the words the organisation saw.
    expect(followed.steps[0]).toEqual(expect.objectContaining({ question: 'doel', questionText: 'Wat wilt u met deze toetsing bereiken?' }));
  });

  it.each([
    ['an answer to another question than the walk stands at', [['omvang', 'heel']], 'choice.answers[0].question'],
    ['an option the question does not have', [['doel', 'misschien']], 'choice.answers[0].option'],
    ['a walk that stops halfway', [['doel', 'leren']], 'choice.answers'],
    ['answers after the end', [['doel', 'leren'], ['omvang', 'heel'], ['omvang', 'deel']], 'choice.answers[2]'],
    ['no answers at all', [], 'choice.answers'],
  ])('refuses %s, naming the answer', (_label, answers, field) => {
    const followed = followGuide(PLACEHOLDER_GUIDE, answers.map(([question, option]) => ({ question, option })));
    expect(followed).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it.each<[string, (g: VariantGuide) => void, string, RegExp]>([
    ['an unknown start', (g) => (g.start = 'nergens'), 'guide.start', /names no question/],
    ['a duplicate question key', (g) => (g.questions[1].key = 'doel'), 'guide.questions[1].key', /unique/],
    ['a badly formed key', (g) => (g.questions[0].options[0].key = 'Met Spatie'), 'guide.questions[0].options[0].key', /lower-case/],
    ['a next that names nothing', (g) => (g.questions[0].options[0].next = 'weg'), 'guide.questions[0].options[0].next', /names no question/],
    ['a loop', (g) => (g.questions[2].options[0].next = 'doel'), 'guide.questions[2].options[0].next', /leads back/],
    ['a single option', (g) => g.questions[2].options.pop(), 'guide.questions[2].options', /from 2/],
    ['an empty text', (g) => (g.questions[0].text = '  '), 'guide.questions[0].text', /1 to/],
    ['a walk without a variant', (g) => delete g.questions[0].options[1].variant, 'guide.questions[2].options[0]', /without a recommended variant/],
    ['a walk without a scope', (g) => delete g.questions[2].options[1].wholeOrganisation, 'guide.questions[2].options[1]', /without a recommended scope/],
    ['a question nobody reaches', (g) => g.questions.push({ key: 'los', text: 'Los?', options: [{ key: 'a', label: 'A', variant: 'PEER_REVIEW', wholeOrganisation: true }, { key: 'b', label: 'B', variant: 'PEER_REVIEW', wholeOrganisation: true }] }), 'guide.questions[3]', /cannot be reached/],
  ])('a tree with %s is refused, naming the field', (_label, breakIt, field, message) => {
    const g = tree();
    breakIt(g);
    expect(guideProblems(g)).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]));
  });

  it('follows each question once however many walks lead to it, so a deep tree is checked at once', () => {
    // 40 questions in a row, each with two options leading to the next: 2^40 walks, 80 steps to check.
    const questions = Array.from({ length: 40 }, (_, i) => ({
      key: `q${i}`,
      text: `Vraag ${i}`,
      options: ['a', 'b'].map((key) => (i < 39 ? { key, label: key, next: `q${i + 1}` } : { key, label: key, variant: 'COMBINED' as const, wholeOrganisation: key === 'a' })),
    }));
    expect(guideProblems({ placeholder: false, start: 'q0', questions })).toEqual([]);
  });
});
