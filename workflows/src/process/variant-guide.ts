import { VARIANTS, type Refusal, type Variant } from './phases';

/**
 * The scheme's decision tree (stroomschema): questions an organisation answers while preparing, whose answers
 * recommend a variant and a scope. It is data on the framework version, set by the sector body; each option
 * either leads to a next question or ends the walk. Options on the way may set the recommended variant, the
 * recommended scope, or both; the last one set on the path counts, so a scope question need not be repeated
 * under every variant branch. The organisation may choose otherwise: the answers, the recommendation and the
 * choice are stored with the cycle when preparation completes.
 */
export interface GuideOption {
  key: string;
  label: string;
  /** The question this answer leads to; absent when the walk ends here. */
  next?: string | null;
  variant?: Variant | null;
  wholeOrganisation?: boolean | null;
}

export interface GuideQuestion {
  key: string;
  text: string;
  /** Why the question matters, shown beside it. */
  help?: string | null;
  options: GuideOption[];
}

export interface VariantGuide {
  /** True while this is LabelCycle's placeholder rather than the tree the sector body loaded. */
  placeholder: boolean;
  /** The key of the first question. */
  start: string;
  questions: GuideQuestion[];
}

export interface GuideAnswer {
  question: string;
  option: string;
}

export interface GuideRecommendation {
  variant: Variant;
  wholeOrganisation: boolean;
}

/** One answered step, with the words as they were shown: the record stays readable if the tree changes. */
export interface AnsweredStep extends GuideAnswer {
  questionText: string;
  optionLabel: string;
}

export interface GuideProblem {
  field: string;
  message: string;
}

export const GUIDE_LIMITS = { questions: 50, options: 10, keyLength: 40, textLength: 1000 } as const;
const KEY = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * Every problem with a tree the sector body sends, with the input path of the field (for example
 * `guide.questions[1].options[0].next`). A tree is sound when every key is unique and well formed, every
 * `next` names a question, no walk loops back, every question can be reached from the start, and every walk
 * ends with both a variant and a scope recommended.
 */
export function guideProblems(guide: VariantGuide, prefix = 'guide'): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field: `${prefix}${field ? `.${field}` : ''}`, message });
  const { questions } = guide;
  if (questions.length === 0) add('questions', 'needs at least one question');
  if (questions.length > GUIDE_LIMITS.questions) add('questions', `may have at most ${GUIDE_LIMITS.questions} questions`);

  const byKey = new Map<string, GuideQuestion>();
  questions.forEach((q, qi) => {
    const at = `questions[${qi}]`;
    checkKey(q.key, `${at}.key`, add);
    if (byKey.has(q.key)) add(`${at}.key`, `"${q.key}" is used by another question; keys are unique`);
    byKey.set(q.key, q);
    checkText(q.text, `${at}.text`, add);
    if (q.help) checkText(q.help, `${at}.help`, add);
    if (q.options.length < 2 || q.options.length > GUIDE_LIMITS.options) add(`${at}.options`, `needs from 2 to ${GUIDE_LIMITS.options} options`);
    const optionKeys = new Set<string>();
    q.options.forEach((o, oi) => {
      const oat = `${at}.options[${oi}]`;
      checkKey(o.key, `${oat}.key`, add);
      if (optionKeys.has(o.key)) add(`${oat}.key`, `"${o.key}" is used by another option of this question`);
      optionKeys.add(o.key);
      checkText(o.label, `${oat}.label`, add);
      if (o.variant != null && !VARIANTS.includes(o.variant)) add(`${oat}.variant`, `must be one of ${VARIANTS.join(', ')}`);
    });
  });
  if (!byKey.has(guide.start)) add('start', `names no question; use the key of the first question`);
  questions.forEach((q, qi) =>
    q.options.forEach((o, oi) => {
      if (o.next && !byKey.has(o.next)) add(`questions[${qi}].options[${oi}].next`, `"${o.next}" names no question`);
    }),
  );
  if (problems.length > 0) return problems;

  const at = (key: string) => questions.findIndex((q) => q.key === key);
  // First the loops: a walk through the tree must end.
  const state = new Map<string, 'open' | 'done'>();
  const findLoops = (key: string) => {
    state.set(key, 'open');
    byKey.get(key)!.options.forEach((o, oi) => {
      if (!o.next) return;
      if (state.get(o.next) === 'open') add(`questions[${at(key)}].options[${oi}].next`, `leads back to "${o.next}"; a walk through the tree must end`);
      else if (!state.has(o.next)) findLoops(o.next);
    });
    state.set(key, 'done');
  };
  findLoops(guide.start);
  if (problems.length > 0) return problems;

  // Then every walk, carrying what is recommended so far. Walks that reach a question with the same
  // recommendation so far go on alike, so each pair is followed once, however many paths lead there.
  const followed = new Set<string>();
  const walk = (key: string, so: Partial<GuideRecommendation>) => {
    const seen = `${key}|${so.variant}|${so.wholeOrganisation}`;
    if (followed.has(seen)) return;
    followed.add(seen);
    byKey.get(key)!.options.forEach((o, oi) => {
      const option = `questions[${at(key)}].options[${oi}]`;
      const next = { variant: o.variant ?? so.variant, wholeOrganisation: o.wholeOrganisation ?? so.wholeOrganisation };
      if (o.next) return walk(o.next, next);
      if (!next.variant) add(option, 'ends the walk without a recommended variant; set one here or on an earlier answer');
      if (next.wholeOrganisation == null) add(option, 'ends the walk without a recommended scope; set wholeOrganisation here or on an earlier answer');
    });
  };
  walk(guide.start, {});
  // Report each problem once even when several walks pass through it.
  const unique = new Map(problems.map((p) => [`${p.field}|${p.message}`, p]));
  questions.forEach((q, qi) => {
    if (!state.has(q.key)) unique.set(`u${qi}`, { field: `${prefix}.questions[${qi}]`, message: `"${q.key}" cannot be reached from the start` });
  });
  return [...unique.values()];
}

function checkKey(key: string, field: string, add: (field: string, message: string) => void): void {
  if (!KEY.test(key) || key.length > GUIDE_LIMITS.keyLength) {
    add(field, `must be 1 to ${GUIDE_LIMITS.keyLength} lower-case letters, digits, - or _, starting with a letter or digit`);
  }
}

function checkText(text: string, field: string, add: (field: string, message: string) => void): void {
  if (text.trim() === '' || text.length > GUIDE_LIMITS.textLength) add(field, `must be 1 to ${GUIDE_LIMITS.textLength} characters`);
}

/** Where a walk through the tree stands after some answers: the steps taken, what is recommended so far, the next question. */
export interface GuideWalk {
  steps: AnsweredStep[];
  so: Partial<GuideRecommendation>;
  /** The question to answer next; null once the walk has ended. */
  next: string | null;
}

/**
 * Follows the answers as far as they go: each must answer the question the walk stands at. A refusal names
 * the answer that does not fit; a walk that has not ended yet is not a refusal here (the screen asks for the
 * next question), only in `followGuide`.
 */
export function walkGuide(guide: VariantGuide, answers: readonly GuideAnswer[], field = 'choice.answers'): GuideWalk | Refusal {
  const byKey = new Map(guide.questions.map((q) => [q.key, q]));
  const steps: AnsweredStep[] = [];
  const so: Partial<GuideRecommendation> = {};
  let at: string | null = guide.start;
  for (const [i, answer] of answers.entries()) {
    const question: GuideQuestion | undefined = at === null ? undefined : byKey.get(at);
    if (!question) return badAnswer(`${field}[${i}]`, 'The decision tree ended at the previous answer; leave out the answers after it.');
    if (answer.question !== question.key) {
      return badAnswer(`${field}[${i}].question`, `Answer "${question.text}" (question "${question.key}") here; the answers follow the tree in order.`);
    }
    const option: GuideOption | undefined = question.options.find((o) => o.key === answer.option);
    if (!option) {
      return badAnswer(`${field}[${i}].option`, `"${answer.option}" is not an answer to "${question.text}"; choose one of ${question.options.map((o) => o.key).join(', ')}.`);
    }
    steps.push({ ...answer, questionText: question.text, optionLabel: option.label });
    so.variant = option.variant ?? so.variant;
    so.wholeOrganisation = option.wholeOrganisation ?? so.wholeOrganisation;
    at = option.next ?? null;
  }
  return { steps, so, next: at };
}

/**
 * Follows the answers through the whole tree: the walk must end exactly at the last answer. Answers the
 * recommendation, with the steps in the tree's words, or a refusal naming what does not fit.
 */
export function followGuide(
  guide: VariantGuide,
  answers: readonly GuideAnswer[],
  field = 'choice.answers',
): { recommendation: GuideRecommendation; steps: AnsweredStep[] } | Refusal {
  const walk = walkGuide(guide, answers, field);
  if (isRefusal(walk)) return walk;
  const { steps, so, next } = walk;
  if (next !== null) {
    const question = guide.questions.find((q) => q.key === next);
    return badAnswer(field, `The decision tree is not finished: answer "${question?.text ?? next}" as well.`);
  }
  // A sound tree (guideProblems) always recommends both at the end of a walk.
  if (!so.variant || so.wholeOrganisation == null) return badAnswer(field, 'The decision tree gives no recommendation for these answers; ask the sector body to correct it.');
  return { recommendation: { variant: so.variant, wholeOrganisation: so.wholeOrganisation }, steps };
}

const badAnswer = (field: string, message: string): Refusal => ({ code: 'BAD_USER_INPUT', field, message });

export const isRefusal = (r: object): r is Refusal => 'code' in r;

/** What an organisation chose while preparing, stored with the cycle when preparation completes. */
export interface VariantChoiceRecord {
  steps: AnsweredStep[];
  recommendation: GuideRecommendation;
  /** Whether the tree answered was LabelCycle's placeholder. */
  guidePlaceholder: boolean;
  /** Whether the chosen variant and scope are the ones recommended. */
  followed: boolean;
}

/** The variant and scope chosen at the end of preparation, with how they were arrived at. */
export interface PreparationChoice {
  variant: Variant;
  wholeOrganisation: boolean;
  scopeUnits: string[];
  record: VariantChoiceRecord;
}
