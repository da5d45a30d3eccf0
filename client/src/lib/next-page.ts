interface Connection {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly unknown[];
}

type Append<TData> = (previous: TData, options: { fetchMoreResult: TData }) => TData;
type FetchMore<TData> = (options: { variables: { after?: string | null }; updateQuery: Append<TData> }) => Promise<unknown>;

/**
 * "Load more" for a paged list at the root of a query: fetches the page after the last one shown and
 * appends its nodes to the first page's cache entry, so these lists need no field policy in the shared
 * cache. Null while there is no next page.
 */
export function nextPage<TData extends Record<K, Connection>, K extends keyof TData>(
  data: TData | undefined,
  fetchMore: FetchMore<TData>,
  field: K,
): (() => void) | null {
  const page = data?.[field];
  if (!page?.pageInfo.hasNextPage) return null;
  return () =>
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        [field]: { ...fetchMoreResult[field], nodes: [...previous[field].nodes, ...fetchMoreResult[field].nodes] },
      }),
    });
}
