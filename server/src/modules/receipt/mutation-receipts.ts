import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors';
import type { User } from '../user/user.entity';

/**
 * Applies a mutation once per (user, clientMutationId). The receipt is written in the same transaction
 * as the change: a refusal or a crash leaves neither, and a second request with the same ID waits for the
 * first (unique key) and then gets its result.
 */
export class MutationReceipts {
  async once<T>(
    em: EntityManager,
    user: User,
    operation: string,
    clientMutationId: string,
    run: (tx: EntityManager) => Promise<T>,
    resultId: (result: T) => string,
    load: (tx: EntityManager, id: string) => Promise<T>,
  ): Promise<T> {
    return em.transactional(async (tx) => {
      // em.execute runs inside the transaction; a connection's own execute would not.
      const conn = tx;
      const claimed = await conn.execute<{ operation: string }[]>(
        `insert into mutation_receipt (user_id, client_mutation_id, operation, created_at) values (?, ?, ?, now())
         on conflict do nothing returning operation`,
        [user.id, clientMutationId, operation],
      );
      if (claimed.length === 0) {
        const [earlier] = await conn.execute<{ operation: string; result_id: string | null }[]>(
          `select operation, result_id from mutation_receipt where user_id = ? and client_mutation_id = ?`,
          [user.id, clientMutationId],
        );
        if (earlier.operation !== operation || !earlier.result_id) {
          throw new DomainError('CONFLICT', `This clientMutationId was already used for ${earlier.operation}; make a new one per action.`, 'clientMutationId');
        }
        return load(tx, earlier.result_id);
      }
      const result = await run(tx);
      await conn.execute(`update mutation_receipt set result_id = ? where user_id = ? and client_mutation_id = ?`, [
        resultId(result),
        user.id,
        clientMutationId,
      ]);
      return result;
    });
  }

  /** The operation an ID was used for, or null when it is new. */
  async lookup(em: EntityManager, user: User, clientMutationId: string): Promise<string | null> {
    const [earlier] = await em.execute<{ operation: string }[]>(
      `select operation from mutation_receipt where user_id = ? and client_mutation_id = ?`,
      [user.id, clientMutationId],
    );
    return earlier?.operation ?? null;
  }

  /**
   * For commands whose result another system remembers (workflow Updates): records that this ID means this
   * operation. Returns false when a concurrent request with the same ID recorded it first.
   */
  async claim(em: EntityManager, user: User, operation: string, clientMutationId: string): Promise<boolean> {
    const claimed = await em.execute<{ operation: string }[]>(
      `insert into mutation_receipt (user_id, client_mutation_id, operation, created_at) values (?, ?, ?, now())
       on conflict do nothing returning operation`,
      [user.id, clientMutationId, operation],
    );
    return claimed.length > 0;
  }

  /** Forgets a claim whose command was refused, so a refusal leaves nothing behind. */
  async release(em: EntityManager, user: User, clientMutationId: string): Promise<void> {
    await em.execute(`delete from mutation_receipt where user_id = ? and client_mutation_id = ?`, [user.id, clientMutationId]);
  }
}
