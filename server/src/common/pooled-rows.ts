import type { EntityManager } from '@mikro-orm/postgresql';

/** pg's client as the ORM's pool (knex over tarn) lends it out. */
interface PooledClient {
  __knexUid?: string;
  query(text: string): Promise<{ rows: unknown[] }>;
}

/** The knex client behind the ORM: its pool, and the events it announces each statement with. */
interface Pool {
  acquireConnection(): Promise<PooledClient>;
  releaseConnection(client: PooledClient): Promise<unknown>;
  emit(event: 'query', statement: { __knexUid?: string; sql: string; bindings: unknown[]; method: 'raw' }): boolean;
}

/**
 * Runs a statement outside any transaction on a connection borrowed from the ORM's own pool and returns its
 * rows. The statement is exactly the one `em.execute` would send (the ORM's own formatting puts the values in
 * the text) and errors are converted as the ORM converts them, so callers see no difference; what is skipped
 * is the path in between (knex's query runner, the ORM's query log with its timing and context objects),
 * which measured about a quarter of a millisecond of CPU per statement, a sizeable share of a list request.
 * The statement is still announced on knex's `query` event.
 */
export async function pooledRows<T>(em: EntityManager, text: string, params: readonly unknown[]): Promise<T[]> {
  const statement = em.getPlatform().formatQuery(text, [...params]);
  const pool = em.getConnection().getKnex().client as Pool;
  const client = await pool.acquireConnection();
  try {
    // Announced as knex announces each statement it runs, so whatever listens (a query log, the tests' statement
    // counter) still sees every statement.
    pool.emit('query', { __knexUid: client.__knexUid, sql: statement, bindings: [], method: 'raw' });
    return (await client.query(statement)).rows as T[];
  } catch (err) {
    throw em.getDriver().convertException(err as Error);
  } finally {
    await pool.releaseConnection(client);
  }
}
