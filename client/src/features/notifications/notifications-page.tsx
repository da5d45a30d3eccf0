import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'wouter';
import { Button } from '../../components/ui/button';
import { Refusal } from '../../components/ui/refusal';
import { LoadMore } from '../../components/ui/load-more';
import { PendingQuery } from '../../components/ui/pending-query';
import { graphql } from '../../gql';
import type { NotificationsListQuery, PartyKind } from '../../gql/graphql';
import { useCommand } from '../../lib/use-command';
import { formatDateTime } from '../../lib/format';
import { nextPage } from '../../lib/next-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { notificationLink, type NotificationLink } from './cycle-href';
import { kindOf, useNotificationTexts } from './notifications-texts';
import { NotificationsUnreadCountQuery } from './unread-count';
import './notifications.css';

const NotificationsListQuery = graphql(`
  query NotificationsList($first: Int!, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        title
        body
        createdAt
        readAt
        cycleId
      }
    }
  }
`);

const NotificationsMarkReadMutation = graphql(`
  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

const PAGE = 20;
type Item = NotificationsListQuery['notifications']['nodes'][number];

/**
 * `/notifications` for every party: newest first, unread ones marked, marked read one by one or all shown,
 * each about a cycle linking to where the party works on it.
 */
export function NotificationsPage({ partyKind }: { partyKind: PartyKind }) {
  const { n, locale } = useNotificationTexts();
  useDocumentTitle(n('title'));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [marked, setMarked] = useState<number | null>(null);
  const { data, loading, error: readError, refetch, fetchMore } = useQuery(NotificationsListQuery, {
    variables: { first: PAGE, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const { cache } = useApolloClient();
  const markRead = useCommand(NotificationsMarkReadMutation, { withoutId: true, refetchQueries: [NotificationsUnreadCountQuery] });
  const { pending: marking, refusal: error } = markRead;

  const page = data?.notifications;
  const unread = (page?.nodes ?? []).filter((item) => !item.readAt);

  async function mark(ids: string[]) {
    setMarked(null);
    if ((await markRead.run({ input: { ids } })) === null) return;
    // The server set readAt; the list shows it at once without reading every loaded page again.
    const now = new Date().toISOString();
    for (const id of ids) {
      cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { readAt: (old: string | null) => old ?? now } });
    }
    setMarked(ids.length);
  }

  let body;
  if (!page) {
    body = <PendingQuery error={readError} loading={loading} onRetry={() => void refetch()} />;
  } else if (page.nodes.length === 0) {
    body = (
      <p className="card muted" data-testid="notifications-empty">
        {unreadOnly ? n('emptyUnread') : n('empty')}
      </p>
    );
  } else {
    body = (
      <>
        <p className="muted">{n('caption', { shown: page.nodes.length, count: page.totalCount })}</p>
        <ol className="notifications" data-testid="notifications">
          {page.nodes.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              locale={locale}
              link={notificationLink(partyKind, item.kind, item.cycleId)}
              busy={marking}
              onMark={() => void mark([item.id])}
            />
          ))}
        </ol>
        <LoadMore onLoad={nextPage(data, fetchMore, 'notifications')} busy={loading} label={n('loadMore')} />
      </>
    );
  }

  return (
    <div className="page" data-testid="notifications-page">
      <div className="page__head">
        <h1>{n('title')}</h1>
        <p className="muted">{n('intro')}</p>
      </div>
      <div className="notifications-tools">
        <label className="choice__option">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          <span>{n('unreadOnly')}</span>
        </label>
        {unread.length > 0 && (
          <Button variant="secondary" busy={marking} busyLabel={n('marking')} onClick={() => void mark(unread.map((item) => item.id))}>
            {n('markAllRead')}
          </Button>
        )}
      </div>
      <p role="status" className="muted notifications-status">
        {marked !== null ? n('marked', { count: marked }) : ''}
      </p>
      {error && <Refusal refusal={error} />}
      {body}
    </div>
  );
}

interface ItemProps {
  item: Item;
  locale: string;
  link: NotificationLink | null;
  busy: boolean;
  onMark(): void;
}

function NotificationItem({ item, locale, link, busy, onMark }: ItemProps) {
  const { n } = useNotificationTexts();
  const unread = !item.readAt;
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'} data-testid="notification" data-unread={unread} data-id={item.id}>
      <div className="notification__head">
        <span className="tag">{n(`kind.${kindOf(item.kind)}`)}</span>
        {unread ? <strong className="notification__new">{n('unread')}</strong> : <span className="muted">{n('read')}</span>}
      </div>
      <h2 className="notification__title">{item.title}</h2>
      {item.body && <p className="pre-wrap">{item.body}</p>}
      <p className="muted notification__date">{n('received', { date: formatDateTime(item.createdAt, locale) })}</p>
      <div className="actions notification__actions">
        {link?.to === 'cycle' && (
          <Link href={link.href} aria-label={n('openCycleLabel', { title: item.title })}>
            {n('openCycle')}
          </Link>
        )}
        {link?.to === 'questionnaire' && (
          <Link href={link.href} aria-label={n('openQuestionnaireLabel', { title: item.title })}>
            {n('openQuestionnaire')}
          </Link>
        )}
        {unread && (
          <Button variant="secondary" busy={busy} aria-label={n('markReadLabel', { title: item.title })} onClick={onMark}>
            {n('markRead')}
          </Button>
        )}
      </div>
    </li>
  );
}
