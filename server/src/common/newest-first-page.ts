import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, pageFrom, type Page } from './pagination';

/**
 * One page of the rows `scope` selects, newest first, with a keyset cursor over (createdAt, id): the
 * count and the page read the same scope, so totalCount always matches what paging through would give.
 */
export async function newestFirstPage<T extends { createdAt: Date; id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  scope: FilterQuery<T>,
  first: number,
  after: string | null | undefined,
): Promise<Page<T>> {
  const cursor = after ? decodeCursor(after) : null;
  const keyset = cursor ? { $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }] } : {};
  const [rows, total] = await Promise.all([
    em.find(entity, { $and: [scope, keyset] } as FilterQuery<T>, { orderBy: { createdAt: 'desc', id: 'desc' } as never, limit: first + 1 }),
    em.count(entity, scope),
  ]);
  return pageFrom(rows as T[], first, total);
}
