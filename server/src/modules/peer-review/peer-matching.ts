/**
 * Match proposals for the peer advisory assessment: pure, so the sector body's screen and the unit tests
 * judge the same thing. Open sign-ups of organisations that did not agree partners themselves are grouped by
 * region (compared without case or surrounding spaces), and within a region by size, so that organisations of
 * a like size visit each other. A proposal is only a suggestion: the sector body forms the group.
 */

/** At least the organisation and two colleague organisations (docs/peer-review.md). */
export const MIN_GROUP_SIZE = 3;

export interface MatchableSignUp {
  id: string;
  region: string;
  fte: number;
  periodFrom: string;
  periodUntil: string;
  partnersKnown: boolean;
}

export interface MatchProposal {
  /** The region as the first sign-up of the group wrote it. */
  region: string;
  signUpIds: string[];
  /** The period all members named, or null when their periods do not overlap. */
  commonPeriod: { from: string; until: string } | null;
}

export type UnmatchedReason = 'TOO_FEW_IN_REGION' | 'PARTNERS_KNOWN';

export interface MatchResult {
  proposals: MatchProposal[];
  unmatched: { signUpId: string; reason: UnmatchedReason }[];
}

export const regionKey = (region: string) => region.trim().toLocaleLowerCase('nl-NL');

export function proposePeerGroups(signUps: readonly MatchableSignUp[]): MatchResult {
  const unmatched: MatchResult['unmatched'] = [];
  const byRegion = new Map<string, MatchableSignUp[]>();
  for (const s of signUps) {
    if (s.partnersKnown) {
      unmatched.push({ signUpId: s.id, reason: 'PARTNERS_KNOWN' });
      continue;
    }
    const key = regionKey(s.region);
    byRegion.set(key, [...(byRegion.get(key) ?? []), s]);
  }
  const proposals: MatchProposal[] = [];
  for (const key of [...byRegion.keys()].sort()) {
    const members = [...byRegion.get(key)!].sort((a, b) => a.fte - b.fte || a.id.localeCompare(b.id));
    if (members.length < MIN_GROUP_SIZE) {
      for (const s of members) unmatched.push({ signUpId: s.id, reason: 'TOO_FEW_IN_REGION' });
      continue;
    }
    for (const group of cut(members)) {
      proposals.push({ region: group[0].region.trim(), signUpIds: group.map((s) => s.id), commonPeriod: commonPeriod(group) });
    }
  }
  return { proposals, unmatched };
}

/**
 * Consecutive groups from a list ordered by size, as many of at least three as fit and as even as possible
 * (seven become three and four), so neighbours in size stay together. Three to five form one group.
 */
function cut<T>(ordered: T[]): T[][] {
  const count = Math.floor(ordered.length / MIN_GROUP_SIZE);
  const base = Math.floor(ordered.length / count);
  const larger = ordered.length % count;
  const groups: T[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = base + (i >= count - larger ? 1 : 0);
    groups.push(ordered.slice(at, at + size));
    at += size;
  }
  return groups;
}

/** ISO dates compare as text. */
export function commonPeriod(signUps: readonly Pick<MatchableSignUp, 'periodFrom' | 'periodUntil'>[]): MatchProposal['commonPeriod'] {
  const from = signUps.map((s) => s.periodFrom).reduce((a, b) => (a > b ? a : b));
  const until = signUps.map((s) => s.periodUntil).reduce((a, b) => (a < b ? a : b));
  return from <= until ? { from, until } : null;
}
