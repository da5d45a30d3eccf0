import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type ComponentType, type ReactNode } from 'react';
import { Link } from 'wouter';
import { Button } from '../../components/ui/button';
import { Refusal } from '../../components/ui/refusal';
import { LoadMore } from '../../components/ui/load-more';
import { PendingQuery } from '../../components/ui/pending-query';
import { graphql } from '../../gql';
import type { NoticeCategory, NotificationsListQuery, PartyKind } from '../../gql/graphql';
import { useCommand } from '../../lib/use-command';
import { formatDateTime } from '../../lib/format';
import { nextPage } from '../../lib/next-page';
import { notificationLink, type NotificationLink } from './notification-link';
import { kindOf, useNotificationTexts } from './notifications-texts';
import { NotificationsUnreadCountQuery } from './unread-count';
import './notifications.css';

const NotificationsListQuery = graphql(`
  query NotificationsList($first: Int!, $after: String, $unreadOnly: Boolean, $category: NoticeCategory) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly, category: $category) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        category
        topic
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
const CATEGORIES: NoticeCategory[] = ['ACTION_NEEDED', 'PROGRESS', 'DEADLINE'];

/** A party's page around the list: its sections (tabs), the one <h1> and the tab title. */
export type NotificationsFrame = ComponentType<{ title: string; lead: string; children: ReactNode }>;

/**
 * `/notifications`, inside each party's own page (so its sections stay in view): newest first, unread ones
 * marked, filtered by category, marked read one by one or all shown, each linking to the screen of its step.
 */
export function NotificationsPage({ partyKind, frame: Frame }: { partyKind: PartyKind; frame: NotificationsFrame }) {
  const { n, locale } = useNotificationTexts();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [category, setCategory] = useState<NoticeCategory | null>(null);
  const [marked, setMarked] = useState<number | null>(null);
  const { data, loading, error: readError, refetch, fetchMore } = useQuery(NotificationsListQuery, {
    variables: { first: PAGE, unreadOnly, category },
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
        {category ? n('emptyCategory') : unreadOnly ? n('emptyUnread') : n('empty')}
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
              link={notificationLink(partyKind, item.topic, item.cycleId)}
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
    <Frame title={n('title')} lead={n('intro')}>
      <div data-testid="notifications-page">
        <fieldset className="choice notifications-filter">
          <legend>{n('categoryFilter')}</legend>
          {[null, ...CATEGORIES].map((option) => (
            <label key={option ?? 'ALL'} className="choice__option">
              <input type="radio" name="notification-category" checked={category === option} onChange={() => setCategory(option)} />
              <span>{option ? n(`category.${option}`) : n('allCategories')}</span>
            </label>
          ))}
        </fieldset>
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
    </Frame>
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
    <li
      className={unread ? 'notification notification--unread' : 'notification'}
      data-testid="notification"
      data-unread={unread}
      data-id={item.id}
      data-category={item.category}
    >
      <div className="notification__head">
        <span className={`tag notification__category notification__category--${item.category}`}>{n(`category.${item.category}`)}</span>
        {/* A step's notice is progress or asks to act, as its category says; other kinds add what they are. */}
        {item.kind !== 'TRANSITION' && <span className="tag">{n(`kind.${kindOf(item.kind)}`)}</span>}
        {unread ? <strong className="notification__new">{n('unread')}</strong> : <span className="muted">{n('read')}</span>}
      </div>
      <h2 className="notification__title">{item.title}</h2>
      {item.body && <p className="pre-wrap">{item.body}</p>}
      <p className="muted notification__date">{n('received', { date: formatDateTime(item.createdAt, locale) })}</p>
      <div className="actions notification__actions">
        {link?.to === 'step' && (
          <Link href={link.href} aria-label={n('openStepLabel', { title: item.title })}>
            {n('openStep')}
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
