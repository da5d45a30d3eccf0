import type { ApolloCache, Reference, StoreObject } from '@apollo/client';

/**
 * Adds a saved item to a list field of an object in the cache, once: a first answer on a norm is new to
 * its owner's list, and a remount of the screen should show it. `owner` is the object as cache.identify
 * takes it; nothing happens when it is not in the cache.
 */
export function addToCachedList(cache: ApolloCache, owner: StoreObject, field: string, item: { __typename: string; id: string }): void {
  cache.modify({
    id: cache.identify(owner),
    fields: {
      [field](existing: readonly Reference[] = [], { readField, toReference }) {
        if (existing.some((ref) => readField('id', ref) === item.id)) return existing;
        const ref = toReference(item);
        return ref ? [...existing, ref] : existing;
      },
    },
  });
}
