/**
 * Runs `work` over the items with at most `limit` running at once. A test that sends hundreds of requests
 * together measures the connection pool rather than what it asserts; a few at a time still overlap.
 */
export async function atMost<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
