import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../../common/sql-fragment';

/**
 * A transaction-scoped PostgreSQL advisory lock on one content address. The upload (move the file to its
 * address, insert the row) and the sweeper (is the address referenced? then remove the file) both hold it,
 * so the sweeper can never remove a file between an upload's move and its insert. Released at commit or
 * rollback, also when the process dies.
 */
export async function lockContent(tx: EntityManager, key: string): Promise<void> {
  await advisoryLock(tx, `evidence:${key}`);
}

/** A transaction-scoped advisory lock on a name; whoever takes the same name waits until this transaction ends. */
export async function advisoryLock(tx: EntityManager, name: string): Promise<void> {
  await queryRows(tx, sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
}

/** Removes the stored bytes at `key` unless a row refers to them; safe against a concurrent upload. */
export async function removeIfUnreferenced(
  em: EntityManager,
  key: string,
  remove: (key: string) => Promise<void>,
): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    await lockContent(tx, key);
    const [row] = await queryRows<{ id: string }>(tx, sql`select id from evidence where storage_key = ${key} limit 1`);
    if (row) return false;
    await remove(key);
    return true;
  });
}
