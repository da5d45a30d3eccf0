import { LockMode, type Ref } from '@mikro-orm/core';
import type { EntityManager, FindOneOptions } from '@mikro-orm/postgresql';
import { entityById } from '../../common/entity-by-id';
import { badInput, notFound } from '../../common/errors';
import { Cycle } from '../cycle/cycle.entity';
import { Norm } from '../framework/norm.entity';
import type { User } from '../user/user.entity';
import type { AccessPolicy } from './access-policy';

/*
 * Existence and visibility, in the order of checks of docs/error-codes.md: after the shape of the input and
 * before any rule, each ID a request names must be of something the caller may see. Anything else is NOT_FOUND,
 * the same for an ID of nothing, so no later check can tell the caller that an ID exists. `field` is given
 * when the ID is a reference inside an input rather than the thing the operation is about.
 */

/** The row when it exists and the caller may see it; otherwise NOT_FOUND. */
export function seen<T>(row: T | null | undefined, visible: (row: T) => boolean, what: string, field?: string): T {
  if (!row || !visible(row)) throw notFound(what, field);
  return row;
}

/** The row when it exists, where whether the caller may see it was settled before (or is not in question). */
export function present<T>(row: T | null | undefined, what: string, field?: string): T {
  return seen(row, () => true, what, field);
}

/** A row an answer refers to, loaded; gone meanwhile (deleted by a request that committed first) is NOT_FOUND. */
export async function loaded<T extends object>(ref: Ref<T>, what: string): Promise<T> {
  return present((await ref.load()) as T | null, what);
}

/** A cycle the caller may see (locked or refreshed as `options` says). */
export async function visibleCycle(
  em: EntityManager,
  policy: AccessPolicy,
  user: User,
  cycleId: string,
  options: FindOneOptions<Cycle> = {},
  field?: string,
): Promise<Cycle> {
  // A plain read (every command and most reads) takes the short way; a lock or anything else goes through findOne.
  const plain = Object.keys(options).every((k) => k === 'refresh');
  const cycle = plain ? await entityById(em, Cycle, cycleId, { refresh: options.refresh === true }) : await em.findOne(Cycle, { id: cycleId }, options);
  return seen(cycle, (c) => policy.canReadCycle(user, c), 'Cycle', field);
}

/**
 * An item of a cycle that is the operation's target (an action, an internal audit…), with its cycle row
 * locked, if the caller may see it. Deleted meanwhile, also while waiting for the lock, is NOT_FOUND too.
 */
export async function lockedItemOfCycle<T extends { cycle: Ref<Cycle> }>(
  tx: EntityManager,
  policy: AccessPolicy,
  user: User,
  entity: new (...args: never[]) => T,
  id: string,
  what: string,
): Promise<{ item: T; cycle: Cycle }> {
  const found = (await tx.findOne(entity, { id } as never)) as T | null;
  const cycle = seen(
    found && (await tx.findOne(Cycle, { id: found.cycle.id }, { lockMode: LockMode.PESSIMISTIC_WRITE })),
    (c) => policy.canReadCycle(user, c),
    what,
  );
  // Read again under the lock: a change that committed while we waited for it is seen.
  const item = present((await tx.findOne(entity, { id } as never, { refresh: true })) as T | null, what);
  return { item, cycle };
}

/** A norm of a framework version the caller may see; whether it fits the cycle is a rule, checked later. */
export async function visibleNorm(em: EntityManager, policy: AccessPolicy, user: User, normId: string): Promise<Norm> {
  const norm = await em.findOne(Norm, { id: normId }, { populate: ['frameworkVersion'] });
  return seen(norm, (n) => policy.canSeeFrameworkVersion(user, n.frameworkVersion.getEntity()), 'Norm', 'normId');
}

/** The rule after visibility: a norm another cycle's framework version holds is BAD_USER_INPUT. */
export function assertNormOfCycle(norm: Norm, cycle: Cycle): void {
  if (norm.frameworkVersion.id !== cycle.frameworkVersion.id) throw badInput('normId', "This norm is not part of the cycle's framework version.", 'normNotOfCycle');
}
