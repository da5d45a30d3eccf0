import type { SectorPeerGroupFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/format';
import { useSectorPeerReviewTexts } from './peer-review-texts';

/** A group's organisations, smallest first as the server sends them, each with place and size. */
export function PeerGroupMembers({ members }: { members: SectorPeerGroupFragment['members'] }) {
  const { p, locale } = useSectorPeerReviewTexts();
  return (
    <ul>
      {members.map((m) => (
        <li key={m.organisationId}>{p('member', { name: m.organisationName, place: m.place, fte: formatNumber(m.fte, locale) })}</li>
      ))}
    </ul>
  );
}

/** The names of a group's organisations in one line, for button labels that say which group they act on. */
export function memberNames(group: SectorPeerGroupFragment): string {
  return group.members.map((m) => m.organisationName).join(', ');
}
