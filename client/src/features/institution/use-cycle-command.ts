import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toUserError, type UserError } from '../../lib/errors';
import { useActionId } from '../../lib/use-action-id';

type CommandVariables = { input: { clientMutationId: string } };

/**
 * One process command of the cycle: sends it with one clientMutationId per user action (a retry after a
 * lost answer is the same action), and keeps the refusal for the form to show beside its field.
 */
export function useCycleCommand<TData, TVariables extends CommandVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  refetchQueries: string[] = [],
) {
  const action = useActionId();
  const [error, setError] = useState<UserError | null>(null);
  const [mutate, { loading }] = useMutation(document, { refetchQueries, awaitRefetchQueries: true });
  // Apollo's conditional tuple type for the options does not resolve for a generic TVariables.
  const send = mutate as unknown as (options: { variables: TVariables }) => Promise<{ data?: TData | null }>;

  async function run(input: Omit<TVariables['input'], 'clientMutationId'>): Promise<TData | null> {
    setError(null);
    try {
      const variables = { input: { ...input, clientMutationId: action.current() } } as unknown as TVariables;
      const result = await send({ variables });
      action.settle();
      return (result.data as TData | undefined) ?? null;
    } catch (caught) {
      action.settle(caught);
      setError(toUserError(caught));
      return null;
    }
  }

  return { run, loading, error, setError };
}
