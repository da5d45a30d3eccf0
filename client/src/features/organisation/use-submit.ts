import { useCallback, useState } from 'react';
import { toUserError, type UserError } from '../../lib/errors';
import { useActionId } from '../../lib/use-action-id';

/**
 * One user action that sends a mutation: its clientMutationId (kept for a retry after a lost connection,
 * new after a definite answer), and the refusal to show. `run` resolves true when the server accepted.
 */
export function useSubmit() {
  const action = useActionId();
  const [error, setError] = useState<UserError | null>(null);
  const run = useCallback(
    async (send: (clientMutationId: string) => Promise<unknown>): Promise<boolean> => {
      setError(null);
      try {
        await send(action.current());
        action.settle();
        return true;
      } catch (caught) {
        action.settle(caught);
        setError(toUserError(caught));
        return false;
      }
    },
    [action],
  );
  return { error, setError, run };
}
