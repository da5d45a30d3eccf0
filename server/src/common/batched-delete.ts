import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlFragment } from './sql-fragment';

/** Rows per statement: each delete holds its locks for milliseconds, however much has piled up. */
export const DELETE_BATCH = 1000;
/** Statements per run: a backlog larger than this is finished by the next runs. */
const MAX_BATCHES = 100;

/**
 * Repeats a delete of at most DELETE_BATCH rows (its statement limits itself, with `for update skip locked` so
 * that two runs at once pass each other's rows) until less than a batch went; answers how many went in all.
 */
export async function deleteInBatches(em: EntityManager, statement: SqlFragment): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const { affectedRows } = await em.execute<QueryResult>(statement.text, [...statement.params], 'run');
    total += affectedRows;
    if (affectedRows < DELETE_BATCH) break;
  }
  return total;
}
