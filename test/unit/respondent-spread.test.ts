import { normCounts, poolLayers, type ScoredAnswer } from '../../server/src/modules/respondent/respondent-spread';
import type { RespondentLayer, Score } from '../../workflows/src/rules';

const counts = (entries: [RespondentLayer, number][]) => new Map(entries);
const answers = (layer: RespondentLayer, ...scores: Score[]): ScoredAnswer[] => scores.map((score) => ({ layer, score }));

describe('pooling layers', () => {
  it('keeps every layer with three or more answers on its own', () => {
    expect(poolLayers(counts([['PROFESSIONAL', 3], ['TEAM_LEAD', 4], ['BOARD', 5]]))).toEqual([['PROFESSIONAL'], ['TEAM_LEAD'], ['BOARD']]);
  });

  it('merges a small layer into the next one up', () => {
    expect(poolLayers(counts([['VOLUNTEER', 2], ['PROFESSIONAL', 5], ['BOARD', 3]]))).toEqual([['VOLUNTEER', 'PROFESSIONAL'], ['BOARD']]);
  });

  it('merges several small layers until the group holds three', () => {
    expect(poolLayers(counts([['VOLUNTEER', 1], ['PROFESSIONAL', 1], ['SUPPORT_STAFF', 1], ['TEAM_LEAD', 3]]))).toEqual([
      ['VOLUNTEER', 'PROFESSIONAL', 'SUPPORT_STAFF'],
      ['TEAM_LEAD'],
    ]);
  });

  it('merges a small top layer into the group below it', () => {
    expect(poolLayers(counts([['PROFESSIONAL', 3], ['TEAM_LEAD', 3], ['BOARD', 1]]))).toEqual([['PROFESSIONAL'], ['TEAM_LEAD', 'BOARD']]);
  });

  it('puts everyone in one group when fewer than three answered', () => {
    expect(poolLayers(counts([['PROFESSIONAL', 1], ['BOARD', 1]]))).toEqual([['PROFESSIONAL', 'BOARD']]);
    expect(poolLayers(counts([['MANAGEMENT', 2]]))).toEqual([['MANAGEMENT']]);
    expect(poolLayers(counts([]))).toEqual([]);
  });

  it('walks the layers in their order, whatever order the counts come in', () => {
    expect(poolLayers(counts([['BOARD', 3], ['VOLUNTEER', 1], ['MANAGEMENT', 2]]))).toEqual([['VOLUNTEER', 'MANAGEMENT'], ['BOARD']]);
  });
});

describe('the spread of one norm', () => {
  it('counts the scores per group and in total, marking pooled groups', () => {
    const spread = normCounts([
      ...answers('PROFESSIONAL', 'MEETS', 'MEETS', 'PARTLY_MEETS'),
      ...answers('TEAM_LEAD', 'DOES_NOT_MEET', 'DOES_NOT_MEET', 'MEETS'),
      ...answers('BOARD', 'NOT_APPLICABLE'),
    ]);
    expect(spread.total).toEqual({ layers: ['PROFESSIONAL', 'TEAM_LEAD', 'BOARD'], pooled: false, answerCount: 7, meets: 3, partlyMeets: 1, doesNotMeet: 2, notApplicable: 1 });
    expect(spread.groups).toEqual([
      { layers: ['PROFESSIONAL'], pooled: false, answerCount: 3, meets: 2, partlyMeets: 1, doesNotMeet: 0, notApplicable: 0 },
      { layers: ['TEAM_LEAD', 'BOARD'], pooled: true, answerCount: 4, meets: 1, partlyMeets: 0, doesNotMeet: 2, notApplicable: 1 },
    ]);
    expect(spread.layersDiffer).toBe(true);
  });

  it('does not call layers different when their most common scores agree, or when there is one group', () => {
    expect(normCounts([...answers('PROFESSIONAL', 'MEETS', 'MEETS', 'DOES_NOT_MEET'), ...answers('BOARD', 'MEETS', 'MEETS', 'MEETS')]).layersDiffer).toBe(false);
    expect(normCounts(answers('PROFESSIONAL', 'MEETS', 'DOES_NOT_MEET')).layersDiffer).toBe(false);
  });

  it('treats a tie as agreeing where the tied scores overlap', () => {
    const tie = [...answers('PROFESSIONAL', 'MEETS', 'DOES_NOT_MEET', 'PARTLY_MEETS'), ...answers('BOARD', 'DOES_NOT_MEET', 'DOES_NOT_MEET', 'MEETS')];
    expect(normCounts(tie).layersDiffer).toBe(false);
  });
});
