import { useMemo, useRef } from 'react';
import { newClientMutationId } from './client-mutation-id';
import { isDefinitiveAnswer } from './errors';

export interface ActionId {
  /** The ID of the action in progress; the same one until the server has given a definite answer. */
  current(): string;
  /** Call with the outcome: success or a refusal ends the action, an unknown outcome keeps its ID. */
  settle(error?: unknown): void;
}

/**
 * Keeps a `clientMutationId` per user action. A retry after a lost connection reuses it, so the server
 * applies the command at most once. After a refusal the next click is a new action with a new ID,
 * because the server remembers the outcome per ID and would repeat the old refusal.
 */
export function useActionId(): ActionId {
  const ref = useRef<string | null>(null);
  return useMemo(
    () => ({
      current: () => (ref.current ??= newClientMutationId()),
      settle: (error?: unknown) => {
        if (error === undefined || isDefinitiveAnswer(error)) ref.current = null;
      },
    }),
    [],
  );
}
