import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../../gql';

const CycleProgressQuery = graphql(`
  query CycleProgress($id: ID!) {
    cycle(id: $id) {
      id
      progress {
        done
        total
        percent
      }
    }
  }
`);

const refreshing = new Map<string, { again: boolean }>();

/**
 * Re-reads the cycle's progress after a score was saved. Scores on several norms can be saved close
 * together; the reads run one at a time and one more runs after the last save, so an older answer can
 * never overwrite a newer count in the cache.
 */
export function refreshProgress(client: ApolloClient, cycleId: string): void {
  const running = refreshing.get(cycleId);
  if (running) {
    running.again = true;
    return;
  }
  const state = { again: false };
  refreshing.set(cycleId, state);
  const read = (): Promise<void> =>
    client
      .query({ query: CycleProgressQuery, variables: { id: cycleId }, fetchPolicy: 'network-only' })
      .then(
        () => undefined,
        () => undefined, // the bar catches up with the next save; the answer itself was saved
      )
      .then(() => {
        if (!state.again) return;
        state.again = false;
        return read();
      });
  void read().finally(() => refreshing.delete(cycleId));
}
