import type { DocumentNode, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { newClientMutationId } from './client-mutation-id';
import { isDefinitiveAnswer, toUserError, type UserError } from './errors';

/** A refusal as the screen shows it: `extensions.code`, the server's message, the field it names, the rest. */
export type CommandRefusal = UserError;

type IdInput = { clientMutationId: string };
/** The variables a form passes: the hook adds `input.clientMutationId` where the input has one. */
export type CommandVariables<V> = V extends { input: infer I }
  ? I extends IdInput
    ? Omit<V, 'input'> & { input: Omit<I, 'clientMutationId'> }
    : V
  : V;
type HasId<V> = V extends { input: IdInput } ? true : false;

export type CommandOptions<V> = {
  /** Queries (by operation name or document) read again before `run` resolves, so the screen shows the new state. */
  refetchQueries?: Array<string | DocumentNode>;
} & (HasId<V> extends true ? { withoutId?: never } : { /** The input has no clientMutationId. */ withoutId: true });

export interface Command<TData, TVariables> {
  /** Sends the command; resolves to the answer, or null when refused (the refusal is then in `refusal`). */
  run(variables: CommandVariables<TVariables>): Promise<TData | null>;
  pending: boolean;
  refusal: CommandRefusal | null;
  /** For a form's own check that reads like a refusal (a field the server would refuse anyway). */
  setRefusal(refusal: CommandRefusal | null): void;
  reset(): void;
}

/**
 * Keeps a `clientMutationId` per user action. A retry after a lost connection reuses it, so the server
 * applies the command at most once. After a refusal the next click is a new action with a new ID,
 * because the server remembers the outcome per ID and would repeat the old refusal.
 */
function useActionId() {
  const ref = useRef<string | null>(null);
  return useMemo(
    () => ({
      /** The ID of the action in progress; the same one until the server has given a definite answer. */
      current: () => (ref.current ??= newClientMutationId()),
      /** Success or a refusal ends the action; an unknown outcome keeps its ID. */
      settle: (error?: unknown) => {
        if (error === undefined || isDefinitiveAnswer(error)) ref.current = null;
      },
    }),
    [],
  );
}

/**
 * The one way a screen sends a mutation. A user action keeps its clientMutationId until the server gave a
 * definite answer (a retry after a lost connection is the same action, which the server applies once);
 * the refusal stays for the form to show beside the field it names, and typed text stays in the form.
 */
export function useCommand<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  ...[options]: HasId<TVariables> extends true ? [CommandOptions<TVariables>?] : [CommandOptions<TVariables>]
): Command<TData, TVariables> {
  const action = useActionId();
  const [refusal, setRefusal] = useState<CommandRefusal | null>(null);
  const [mutate, { loading }] = useMutation(document, { refetchQueries: options?.refetchQueries ?? [], awaitRefetchQueries: true });
  // Apollo's conditional tuple type for the options does not resolve for a generic TVariables.
  const send = mutate as unknown as (options: { variables: TVariables }) => Promise<{ data?: TData | null }>;
  const withId = !options?.withoutId;

  const run = useCallback(
    async (variables: CommandVariables<TVariables>): Promise<TData | null> => {
      setRefusal(null);
      const given = variables as Record<string, unknown>;
      const full = (withId ? { ...given, input: { ...(given.input as object), clientMutationId: action.current() } } : given) as TVariables;
      try {
        const result = await send({ variables: full });
        if (withId) action.settle();
        return (result.data as TData | undefined) ?? null;
      } catch (caught) {
        if (withId) action.settle(caught);
        setRefusal(toUserError(caught));
        return null;
      }
    },
    [action, send, withId],
  );
  const reset = useCallback(() => setRefusal(null), []);
  return useMemo(() => ({ run, pending: loading, refusal, setRefusal, reset }), [run, loading, refusal, reset]);
}
