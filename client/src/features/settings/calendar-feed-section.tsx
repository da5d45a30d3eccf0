import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { PendingQuery } from '../../components/ui/pending-query';
import { Refusal } from '../../components/ui/refusal';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { useCommand } from '../../lib/use-command';
import { useSettingsTexts } from './settings-texts';

const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      createdAt
      locale
    }
  }
`);

const RenewCalendarFeedMutation = graphql(`
  mutation RenewCalendarFeed {
    renewCalendarFeed {
      url
      createdAt
    }
  }
`);

const StopCalendarFeedMutation = graphql(`
  mutation StopCalendarFeed {
    stopCalendarFeed
  }
`);

/**
 * The personal calendar feed: made, renewed or stopped here. The address is shown once, right after it is
 * made (only its hash is kept), with a copy button; afterwards the page only says since when one exists.
 */
export function CalendarFeedSection() {
  const { s, locale } = useSettingsTexts();
  const { data, loading, error, refetch } = useQuery(CalendarFeedQuery, { fetchPolicy: 'cache-and-network' });
  const renew = useCommand(RenewCalendarFeedMutation, { withoutId: true, refetchQueries: [CalendarFeedQuery] });
  const stop = useCommand(StopCalendarFeedMutation, { withoutId: true, refetchQueries: [CalendarFeedQuery] });
  const [address, setAddress] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);

  async function make() {
    setSaid(null);
    const result = await renew.run({});
    if (result) setAddress(result.renewCalendarFeed.url);
  }
  async function end() {
    setSaid(null);
    if ((await stop.run({})) !== null) {
      setAddress(null);
      setSaid(s('calendar.stopped'));
    }
  }
  async function copy() {
    if (!address) return;
    await navigator.clipboard.writeText(address);
    setSaid(s('calendar.copied'));
  }

  const feed = data?.calendarFeed;
  return (
    <section className="card" aria-labelledby="calendar-heading" data-testid="calendar-feed">
      <h2 id="calendar-heading">{s('calendar.heading')}</h2>
      <p>{s('calendar.intro')}</p>
      {data === undefined ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : (
        <p className="muted">{feed ? s('calendar.since', { date: formatDateTime(feed.createdAt, locale) }) : s('calendar.none')}</p>
      )}
      {address && (
        <div className="field">
          <label htmlFor="calendar-address">{s('calendar.address')}</label>
          <input id="calendar-address" type="text" readOnly value={address} aria-describedby="calendar-address-hint" onFocus={(e) => e.target.select()} />
          <p id="calendar-address-hint" className="field__hint">
            {s('calendar.addressHint')}
          </p>
          <Button variant="secondary" onClick={() => void copy()}>
            {s('calendar.copy')}
          </Button>
        </div>
      )}
      {renew.refusal && <Refusal refusal={renew.refusal} />}
      {stop.refusal && <Refusal refusal={stop.refusal} />}
      <p role="status">{said}</p>
      <div className="actions">
        <Button onClick={() => void make()} busy={renew.pending} busyLabel={s('calendar.making')} aria-describedby={feed ? 'calendar-renew-hint' : undefined}>
          {feed ? s('calendar.renew') : s('calendar.make')}
        </Button>
        {feed && (
          <Button variant="secondary" onClick={() => void end()} busy={stop.pending} busyLabel={s('calendar.stopping')}>
            {s('calendar.stop')}
          </Button>
        )}
      </div>
      {feed && (
        <p id="calendar-renew-hint" className="field__hint">
          {s('calendar.renewHint')}
        </p>
      )}
    </section>
  );
}
