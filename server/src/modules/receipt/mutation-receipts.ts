import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, notFound } from '../../common/errors';
import type { User } from '../user/user.entity';
import { queryRows, sql } from '../../common/sql-fragment';

/** How a mutation's result is remembered by its receipt, and found again for a retry. */
export interface Remember<T> {
  id(result: T): string;
  load(tx: EntityManager, id: string): Promise<T>;
}

/** The result is an ID and is answered as such (deletes, unlinks). */
export const REMEMBER_ID: Remember<string> = { id: (id) => id, load: async (_tx, id) => id };

/** The result is an entity, read again for a retry; gone since (deleted by a later action): not found. */
export function rememberEntity<T extends { id: string }>(entity: new (...args: never[]) => T, what: string): Remember<T> {
  return {
    id: (row) => row.id,
    load: async (tx, id) => ((await tx.findOne(entity, { id } as never)) as T | null) ?? Promise.reject(notFound(what)),
  };
}

export interface Once<T> {
  /** The mutation's name: an ID used for another mutation is a CONFLICT, never a silent no-op. */
  operation: string;
  clientMutationId: string;
  run(tx: EntityManager): Promise<T>;
  remember: Remember<T>;
}

/**
 * The one way every mutation is applied once per (user, clientMutationId); an ID belongs to the caller that
 * first used it and to one operation, anything else is a CONFLICT. content writes and process
 * commands alike. The receipt is written in the same transaction as the change: a refusal or a crash leaves
 * neither, and a second request with the same ID waits for the first (unique key) and then gets its result.
 * For a process command the transaction spans the workflow Update, whose ID is the same clientMutationId,
 * so even a crash between the Update and the commit is answered once: the retried Update is deduplicated.
 */
export class MutationReceipts {
  async once<T>(em: EntityManager, user: User, { operation, clientMutationId, run, remember }: Once<T>): Promise<T> {
    return em.transactional(async (tx) => {
      // One ID, one caller: a reused ID answers only to whoever made it, whatever the operation.
      const [foreign] = await queryRows<{ one: number }>(tx, sql`select 1 as one from mutation_receipt where client_mutation_id = ${clientMutationId} and user_id <> ${user.id} limit 1`);
      if (foreign) throw new DomainError('CONFLICT', 'This clientMutationId was already used by another caller; make a new one per action.', 'clientMutationId');
      // em.execute runs inside the transaction; a connection's own execute would not.
      const claimed = await queryRows<{ operation: string }>(tx, sql`insert into mutation_receipt (user_id, client_mutation_id, operation, created_at) values (${user.id}, ${clientMutationId}, ${operation}, now())
         on conflict do nothing returning operation`);
      if (claimed.length === 0) {
        const [earlier] = await queryRows<{ operation: string; result_id: string | null }>(tx, sql`select operation, result_id from mutation_receipt where user_id = ${user.id} and client_mutation_id = ${clientMutationId}`);
        if (earlier.operation !== operation || !earlier.result_id) {
          throw new DomainError('CONFLICT', `This clientMutationId was already used for ${earlier.operation}; make a new one per action.`, 'clientMutationId');
        }
        return remember.load(tx, earlier.result_id);
      }
      const result = await run(tx);
      await queryRows(tx, sql`update mutation_receipt set result_id = ${remember.id(result)} where user_id = ${user.id} and client_mutation_id = ${clientMutationId}`);
      return result;
    });
  }
}
