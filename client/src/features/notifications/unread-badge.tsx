import { useQuery } from '@apollo/client/react';
import { useNotificationTexts } from './notifications-texts';
import { NotificationsUnreadCountQuery } from './unread-count';
import './notifications.css';

const POLL_MS = 60_000;

/**
 * The number of unread notifications, asked every minute (not while the tab is hidden). The number is
 * for the eye; its words ("3 ongelezen meldingen") are the element's name and what a screen reader reads,
 * also when the badge sits inside a link.
 */
export function UnreadBadge() {
  const { n } = useNotificationTexts();
  const { data } = useQuery(NotificationsUnreadCountQuery, {
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
  });
  const count = data?.unreadNotificationCount ?? 0;
  const words = count > 0 ? n('badge', { count }) : n('badgeNone');
  return (
    <span role="status" aria-label={words} className={count > 0 ? 'unread-badge' : 'unread-badge unread-badge--none'} data-testid="unread-badge" data-count={count}>
      <span aria-hidden="true">{count > 0 ? count : ''}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
