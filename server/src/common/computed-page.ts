import type { Page } from './pagination';

/**
 * One page of a list computed whole in memory (match proposals, say), in the list's order: the nodes after
 * the cursor's position, found by `isAfter` rather than by an index, so a page stays in place when rows
 * before it come or go between requests, like a keyset page of a table.
 */
export function computedPage<T>(sorted: readonly T[], first: number, isAfter: ((node: T) => boolean) | null, cursorOf: (node: T) => string): Page<T> {
  const start = isAfter ? sorted.findIndex(isAfter) : 0;
  const rest = start < 0 ? [] : sorted.slice(start);
  const nodes = rest.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount: sorted.length, pageInfo: { endCursor: last === undefined ? null : cursorOf(last), hasNextPage: rest.length > first } };
}
