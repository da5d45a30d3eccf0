import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Counts the SQL statements the api really sends to PostgreSQL, in this process: every statement the ORM
 * runs (its own queries and raw ones) goes through its knex client, which emits 'query' once per statement
 * handed to the driver; raw reads on a pooled connection (common/pooled-rows.ts) emit it themselves. The api and the test share the ORM (startStack), so nothing else may run meanwhile;
 * jest runs the integration files in band and these tests start no worker.
 */
export async function statementsDuring<T>(orm: MikroORM, work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const knex = orm.em.getConnection().getKnex();
  const statements: string[] = [];
  const onQuery = (q: { sql: string }) => statements.push(q.sql);
  knex.on('query', onQuery);
  try {
    const result = await work();
    return { result, statements };
  } finally {
    knex.off('query', onQuery);
  }
}
