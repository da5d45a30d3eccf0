import { RESPONDENT_LAYERS, SCORES, type RespondentLayer, type Score } from '../../../../workflows/src/rules';

/**
 * How submitted respondents' scores on one norm spread over the layers of the organisation. Pure: the
 * service reads the answers, this counts them. Fewer than three answers from a layer would let anyone who
 * knows who answered read individual scores, so such a layer is pooled with its neighbour (see poolLayers).
 */

/** The smallest group shown on its own. */
export const MIN_GROUP = 3;

export interface ScoredAnswer {
  layer: RespondentLayer;
  score: Score;
}

export interface LayerCounts {
  layers: RespondentLayer[];
  pooled: boolean;
  answerCount: number;
  meets: number;
  partlyMeets: number;
  doesNotMeet: number;
  notApplicable: number;
}

export interface NormCounts {
  total: LayerCounts;
  groups: LayerCounts[];
  layersDiffer: boolean;
}

/**
 * The groups the layers form, given how many answered from each: walking the layers from the work floor up,
 * a layer with one or two answers is merged into the next one up until the group holds at least three; what
 * is left at the top (fewer than three) joins the group below it. When fewer than three answered in all, one
 * group holds them all. Layers without answers are left out.
 */
export function poolLayers(counts: ReadonlyMap<RespondentLayer, number>): RespondentLayer[][] {
  const groups: { layers: RespondentLayer[]; count: number }[] = [];
  let open: { layers: RespondentLayer[]; count: number } = { layers: [], count: 0 };
  for (const layer of RESPONDENT_LAYERS) {
    const count = counts.get(layer) ?? 0;
    if (count === 0) continue;
    open.layers.push(layer);
    open.count += count;
    if (open.count >= MIN_GROUP) {
      groups.push(open);
      open = { layers: [], count: 0 };
    }
  }
  if (open.count > 0) {
    const below = groups[groups.length - 1];
    if (below) below.layers.push(...open.layers);
    else groups.push(open);
  }
  return groups.map((g) => g.layers);
}

function counted(answers: readonly ScoredAnswer[], layers: RespondentLayer[], pooled: boolean): LayerCounts {
  const of = (score: Score) => answers.filter((a) => a.score === score).length;
  return {
    layers,
    pooled,
    answerCount: answers.length,
    meets: of('MEETS'),
    partlyMeets: of('PARTLY_MEETS'),
    doesNotMeet: of('DOES_NOT_MEET'),
    notApplicable: of('NOT_APPLICABLE'),
  };
}

/** The scores a group gave most often (several on a tie). */
function mostCommon(answers: readonly ScoredAnswer[]): Set<Score> {
  const counts = SCORES.map((s) => answers.filter((a) => a.score === s).length);
  const top = Math.max(...counts);
  return new Set(SCORES.filter((_, i) => counts[i] === top));
}

/**
 * The spread of one norm's submitted answers: the total, the pooled groups, and whether the groups disagree
 * (no score is among the most common of every group; a tie counts as agreeing where it overlaps).
 */
export function normCounts(answers: readonly ScoredAnswer[]): NormCounts {
  const present = RESPONDENT_LAYERS.filter((l) => answers.some((a) => a.layer === l));
  const byLayer = new Map(present.map((l) => [l, answers.filter((a) => a.layer === l).length]));
  const groupLayers = poolLayers(byLayer);
  const groupAnswers = groupLayers.map((layers) => answers.filter((a) => layers.includes(a.layer)));
  const groups = groupLayers.map((layers, i) => counted(groupAnswers[i], layers, layers.length > 1 || groupAnswers[i].length < MIN_GROUP));
  const modes = groupAnswers.map(mostCommon);
  const shared = SCORES.some((s) => modes.every((m) => m.has(s)));
  return { total: counted(answers, present, false), groups, layersDiffer: groups.length > 1 && !shared };
}
