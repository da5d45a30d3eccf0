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
  /** The result's ID when it is known before the mutation runs (a command answers its cycle): written with the claim. */
  resultId?: string;
  /**
   * The transaction holds the receipt alone: the change itself is a workflow's, which Temporal keeps (a process
   * command). Its commit then does not wait for the disk: a receipt lost in a database crash only means a retry
   * sends the Update again, which Temporal answers once by its ID.
   */
  receiptOnly?: boolean;
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
  async once<T>(em: EntityManager, user: User, { operation, clientMutationId, run, remember, resultId, receiptOnly }: Once<T>): Promise<T> {
    return em.transactional(async (tx) => {
      // One statement checks that the ID is not another caller's and claims it (em.execute runs inside the
      // transaction; a connection's own execute would not). Nothing is claimed when the ID is another's.
      const [claim] = await queryRows<{ foreign: boolean; claimed: boolean }>(
        tx,
        sql`with foreign_use as (select 1 from mutation_receipt where client_mutation_id = ${clientMutationId} and user_id <> ${user.id} limit 1),
                 claimed as (insert into mutation_receipt (user_id, client_mutation_id, operation, result_id, created_at)
                             select ${user.id}, ${clientMutationId}, ${operation}, ${resultId ?? null}, now() where not exists (select 1 from foreign_use)
                             on conflict do nothing returning 1)
            select exists (select 1 from foreign_use) as foreign, exists (select 1 from claimed) as claimed${
              receiptOnly ? sql`, set_config('synchronous_commit', 'off', true) as commit_wait` : sql``
            }`,
      );
      if (claim.foreign) throw foreignId();
      if (!claim.claimed) return (await this.earlier(tx, user, { operation, clientMutationId, remember }))!;
      const result = await run(tx);
      if (remember.id(result) !== resultId) {
        await queryRows(tx, sql`update mutation_receipt set result_id = ${remember.id(result)} where user_id = ${user.id} and client_mutation_id = ${clientMutationId}`);
      }
      return result;
    });
  }

  /**
   * For an operation that is idempotent by itself and must not run inside a transaction: starting a cycle
   * waits for its workflow, which writes the cycle through its own connections and would wait for this
   * transaction forever. A receipt answers a retry; otherwise the operation runs and its receipt follows.
   * Two requests racing with one ID both run it and get one result, as the operation itself guarantees.
   */
  async onceOutside<T>(em: EntityManager, user: User, { operation, clientMutationId, run, remember }: Once<T>): Promise<T> {
    await this.assertOwnId(em, user, clientMutationId);
    const earlier = await this.earlier(em, user, { operation, clientMutationId, remember });
    if (earlier !== null) return earlier;
    const result = await run(em);
    await queryRows(em, sql`insert into mutation_receipt (user_id, client_mutation_id, operation, result_id, created_at) values (${user.id}, ${clientMutationId}, ${operation}, ${remember.id(result)}, now())
       on conflict do nothing`);
    return result;
  }

  /**
   * The result of the caller's earlier request with this ID for this operation, or null: for a retry that
   * can no longer pass the checks the first request passed (the command itself took away the caller's access).
   */
  async earlierResult<T>(em: EntityManager, user: User, operation: string, clientMutationId: string, remember: Remember<T>): Promise<T | null> {
    return this.earlier(em, user, { operation, clientMutationId, remember });
  }

  /** One ID, one caller: a reused ID answers only to whoever made it, whatever the operation. */
  private async assertOwnId(em: EntityManager, user: User, clientMutationId: string): Promise<void> {
    const [foreign] = await queryRows<{ one: number }>(em, sql`select 1 as one from mutation_receipt where client_mutation_id = ${clientMutationId} and user_id <> ${user.id} limit 1`);
    if (foreign) throw foreignId();
  }

  /** The result the caller's earlier request with this ID gave, null when there was none; another operation's ID is a CONFLICT. */
  private async earlier<T>(em: EntityManager, user: User, { operation, clientMutationId, remember }: Omit<Once<T>, 'run'>): Promise<T | null> {
    const [found] = await queryRows<{ operation: string; result_id: string | null }>(em, sql`select operation, result_id from mutation_receipt where user_id = ${user.id} and client_mutation_id = ${clientMutationId}`);
    if (!found) return null;
    if (found.operation !== operation || !found.result_id) {
      throw new DomainError('CONFLICT', `This clientMutationId was already used for ${found.operation}; make a new one per action.`, 'clientMutationId');
    }
    return remember.load(em, found.result_id);
  }
}

const foreignId = () => new DomainError('CONFLICT', 'This clientMutationId was already used by another caller; make a new one per action.', 'clientMutationId');

/** What a resolver hands over: its request's entity manager, the signed-in caller and the receipts. */
interface ReceiptCaller {
  em: EntityManager;
  user: User | null;
  services: { receipts: MutationReceipts };
}

/**
 * A mutation applied once per `input.clientMutationId` of the signed-in caller, as resolvers write it:
 * `applyOnce(ctx, 'operation', input, { run: (tx, user) => …, remember })`. `outside` is for an operation
 * that must not run inside the receipt's transaction (see MutationReceipts.onceOutside).
 */
export function applyOnce<T>(
  ctx: ReceiptCaller,
  operation: string,
  input: { clientMutationId: string },
  how: { run(tx: EntityManager, user: User): Promise<T>; remember: Remember<T>; outside?: boolean },
): Promise<T> {
  const user = ctx.user!;
  const once = { operation, clientMutationId: input.clientMutationId, run: (tx: EntityManager) => how.run(tx, user), remember: how.remember };
  return how.outside ? ctx.services.receipts.onceOutside(ctx.em, user, once) : ctx.services.receipts.once(ctx.em, user, once);
}
