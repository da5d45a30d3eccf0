import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../common/errors';
import { decodeCursor, pageFrom, type Page } from '../../common/pagination';
import type { User } from '../user/user.entity';
import { categoryFilter, type NoticeCategory } from './notice-category';
import { Notification } from './notification.entity';

export interface ListFilter {
  first: number;
  after?: string | null;
  unreadOnly: boolean;
  category?: NoticeCategory | null;
}

/**
 * A person's own notifications. Every query is filtered on the signed-in user, never on an id from the
 * request alone, so no one reads or marks another person's messages.
 */
export class NotificationService {
  /** Newest first; a notice replaced by a newer one on the same occasion is left out (see `supersededAt`). */
  async list(em: EntityManager, user: User, filter: ListFilter): Promise<Page<Notification>> {
    const { first, after, unreadOnly, category } = filter;
    const scope = {
      user: user.id,
      supersededAt: null,
      ...(unreadOnly ? { readAt: null } : {}),
      ...(category ? categoryFilter(category) : {}),
    };
    const cursor = after ? decodeCursor(after) : null;
    const keyset = cursor
      ? { $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }] }
      : {};
    const [rows, total] = await Promise.all([
      em.find(Notification, { $and: [scope, keyset] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
      em.count(Notification, scope),
    ]);
    return pageFrom(rows, first, total);
  }

  unreadCount(em: EntityManager, user: User): Promise<number> {
    return em.count(Notification, { user: user.id, readAt: null, supersededAt: null });
  }

  /**
   * Marks the unread ones among `ids`; returns how many changed. A read one keeps its first read time. Every id
   * must be one of the user's: someone else's is not found, like an id of nothing (notifications are never deleted).
   */
  async markRead(em: EntityManager, user: User, ids: string[]): Promise<number> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return 0;
    if ((await em.count(Notification, { id: { $in: unique }, user: user.id })) !== unique.length) throw notFound('Notification');
    return em.nativeUpdate(Notification, { id: { $in: unique }, user: user.id, readAt: null }, { readAt: new Date() });
  }
}
