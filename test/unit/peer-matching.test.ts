import { commonPeriod, proposePeerGroups, type MatchableSignUp } from '../../server/src/modules/peer-review/peer-matching';

let n = 0;
const signUp = (region: string, fte: number, over: Partial<MatchableSignUp> = {}): MatchableSignUp => ({
  id: `s${String(++n).padStart(2, '0')}`,
  region,
  fte,
  periodFrom: '2027-01-01',
  periodUntil: '2027-06-30',
  partnersKnown: false,
  ...over,
});
const sizesOf = (all: MatchableSignUp[], ids: string[]) => ids.map((id) => all.find((s) => s.id === id)!.fte);

describe('match proposals for peer groups', () => {
  it('groups three open sign-ups of one region, whatever the case and spaces of the region', () => {
    const all = [signUp('Drenthe', 40), signUp(' drenthe', 12), signUp('DRENTHE ', 25)];
    const { proposals, unmatched } = proposePeerGroups(all);
    expect(unmatched).toEqual([]);
    expect(proposals).toHaveLength(1);
    // Smallest first, the region as the first of them wrote it.
    expect(sizesOf(all, proposals[0].signUpIds)).toEqual([12, 25, 40]);
    expect(proposals[0].region).toBe('drenthe');
  });

  it('never mixes regions, and leaves a region with fewer than three unmatched', () => {
    const all = [signUp('Drenthe', 1), signUp('Drenthe', 2), signUp('Drenthe', 3), signUp('Utrecht', 4), signUp('Utrecht', 5)];
    const { proposals, unmatched } = proposePeerGroups(all);
    expect(proposals.map((p) => p.region)).toEqual(['Drenthe']);
    expect(unmatched).toEqual([
      { signUpId: all[3].id, reason: 'TOO_FEW_IN_REGION' },
      { signUpId: all[4].id, reason: 'TOO_FEW_IN_REGION' },
    ]);
  });

  it.each([
    [3, [3]],
    [4, [4]],
    [5, [5]],
    [6, [3, 3]],
    [7, [3, 4]],
    [8, [4, 4]],
    [11, [3, 4, 4]],
  ])('cuts %i sign-ups of one region into groups of %j, neighbours in size together', (count, sizes) => {
    const all = Array.from({ length: count }, (_, i) => signUp('Gelderland', 100 - i * 7));
    const { proposals } = proposePeerGroups(all);
    expect(proposals.map((p) => p.signUpIds.length)).toEqual(sizes);
    // Every sign-up once, and each group's sizes below the next group's.
    const flat = proposals.flatMap((p) => sizesOf(all, p.signUpIds));
    expect(flat).toEqual([...all.map((s) => s.fte)].sort((a, b) => a - b));
  });

  it('leaves out sign-ups whose partners are known: they propose their own group', () => {
    const all = [signUp('Zeeland', 1), signUp('Zeeland', 2), signUp('Zeeland', 3, { partnersKnown: true })];
    const { proposals, unmatched } = proposePeerGroups(all);
    expect(proposals).toEqual([]);
    expect(unmatched).toEqual(
      expect.arrayContaining([
        { signUpId: all[2].id, reason: 'PARTNERS_KNOWN' },
        { signUpId: all[0].id, reason: 'TOO_FEW_IN_REGION' },
      ]),
    );
    expect(unmatched).toHaveLength(3);
  });

  it('gives the period every member named, or none when the periods do not overlap', () => {
    expect(commonPeriod([
      { periodFrom: '2027-01-01', periodUntil: '2027-06-30' },
      { periodFrom: '2027-03-01', periodUntil: '2027-12-31' },
    ])).toEqual({ from: '2027-03-01', until: '2027-06-30' });
    expect(commonPeriod([
      { periodFrom: '2027-01-01', periodUntil: '2027-02-28' },
      { periodFrom: '2027-03-01', periodUntil: '2027-12-31' },
    ])).toBeNull();
    const all = [signUp('Limburg', 1), signUp('Limburg', 2), signUp('Limburg', 3, { periodFrom: '2027-07-01', periodUntil: '2027-09-30' })];
    expect(proposePeerGroups(all).proposals[0].commonPeriod).toBeNull();
  });

  it('proposes nothing from nothing', () => {
    expect(proposePeerGroups([])).toEqual({ proposals: [], unmatched: [] });
  });
});
