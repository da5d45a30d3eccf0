import { graphql } from '../../gql';

/** One document for the badge and for the page's refresh after marking, so both read the same cache entry. */
export const NotificationsUnreadCountQuery = graphql(`
  query NotificationsUnreadCount {
    unreadNotificationCount
  }
`);
