import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../../../../workflows/src/rules';
import type { Organisation } from '../../modules/organisation/organisation.entity';
import { PeerReviewSignUp } from '../../modules/peer-review/peer-review-sign-up.entity';
import { User } from '../../modules/user/user.entity';
import type { DemoOrganisationKey } from './demo-accounts';

const DAY_MS = 86_400_000;

/**
 * Peer-review sign-ups, so the sector body's matching screen shows something: three organisations of one
 * region make a suggested group, the fourth is alone in its region and waits unmatched. The regions carry
 * "(demo)" so a person trying the screen can tell them from regions they type themselves.
 */
const SIGN_UPS: { organisation: DemoOrganisationKey; officer: string; region: string; preferences: string; startsInDays: number; days: number }[] = [
  { organisation: 'voorbeeldstad', officer: 'kwaliteit@voorbeeldstad.demo', region: 'Midden-Nederland (demo)', preferences: 'Liefst een bezoek op dinsdag of donderdag.', startsInDays: 30, days: 180 },
  { organisation: 'rivierenland', officer: 'kwaliteit@rivierenland.demo', region: 'Midden-Nederland (demo)', preferences: '', startsInDays: 45, days: 150 },
  { organisation: 'heuvelrug', officer: 'kwaliteit@heuvelrug.demo', region: 'Midden-Nederland (demo)', preferences: 'Graag organisaties die ook outreachend werken.', startsInDays: 20, days: 200 },
  { organisation: 'kustwijk', officer: 'kwaliteit@kustwijk.demo', region: 'Noord-Holland Noord (demo)', preferences: '', startsInDays: 60, days: 120 },
];

/**
 * Open sign-ups of the demo organisations, with their size as registered. Seeded per organisation once: one
 * that has ever signed up (in the demo, say, and since grouped) gets no new sign-up.
 */
export async function seedDemoPeerReview(em: EntityManager, organisations: ReadonlyMap<string, Organisation>): Promise<void> {
  const today = Date.now();
  for (const s of SIGN_UPS) {
    const organisation = organisations.get(s.organisation)!;
    if (await em.count(PeerReviewSignUp, { organisation })) continue;
    const officer = await em.findOneOrFail(User, { email: s.officer });
    em.create(PeerReviewSignUp, {
      organisation,
      periodFrom: calendarDate(today + s.startsInDays * DAY_MS),
      periodUntil: calendarDate(today + (s.startsInDays + s.days) * DAY_MS),
      fte: organisation.fte,
      region: s.region,
      preferences: s.preferences,
      partnersKnown: false,
      signedUpBy: officer,
    });
  }
  await em.flush();
}
