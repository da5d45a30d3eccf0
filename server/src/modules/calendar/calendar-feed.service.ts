import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import type { AccessPolicy } from '../access/access-policy';
import { hashToken, newToken } from '../auth/session-token';
import type { Locale } from '../cycle/process-texts';
import { appUrlOf } from '../notification/mailer';
import type { User } from '../user/user.entity';
import { calendarEventsFor } from './calendar-events';
import { CalendarFeed } from './calendar-feed.entity';
import { calendarIcs } from './calendar-ics';

/** The secret in a feed address: newToken()'s 256 bits, base64url. Anything else is no feed, unlooked-up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Today in the Netherlands, where the cycles' days are. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/**
 * Personal calendar feeds: a secret address per person that a calendar program subscribes to without
 * signing in. Only its hash is stored, so the address is shown once, when made; renewing makes a new one
 * and the old one stops working in the same statement.
 */
export class CalendarFeedService {
  constructor(
    private readonly config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>,
    private readonly policy: AccessPolicy,
  ) {}

  async current(em: EntityManager, user: User): Promise<CalendarFeed | null> {
    return em.findOne(CalendarFeed, { user: user.id });
  }

  async renew(em: EntityManager, user: User, locale: Locale): Promise<{ url: string; feed: CalendarFeed }> {
    const token = newToken();
    const feed = em.create(CalendarFeed, { user: user.id, tokenHash: hashToken(token), locale });
    // One row per person: the old secret goes with the row it was in, in the same transaction.
    await em.transactional(async (tx) => {
      await tx.nativeDelete(CalendarFeed, { user: user.id });
      await tx.persistAndFlush(feed);
    });
    return { url: this.addressOf(token), feed };
  }

  async stop(em: EntityManager, user: User): Promise<boolean> {
    return (await em.nativeDelete(CalendarFeed, { user: user.id })) > 0;
  }

  /** The feed's iCalendar text for the secret in its address, or null when no feed has it. */
  async ics(em: EntityManager, token: string): Promise<string | null> {
    if (!TOKEN.test(token)) return null;
    const feed = await em.findOne(CalendarFeed, { tokenHash: hashToken(token) }, { populate: ['user'] });
    if (!feed) return null;
    const user = feed.user.getEntity();
    const events = await calendarEventsFor(em, this.policy, user, today());
    const appUrl = appUrlOf(this.config);
    return calendarIcs(events, { locale: feed.locale, party: user.partyKind, appUrl, host: new URL(appUrl).hostname });
  }

  private addressOf(token: string): string {
    return new URL(`/calendar/${token}.ics`, appUrlOf(this.config)).toString();
  }
}
