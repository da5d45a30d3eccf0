import type { Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../../../gql';
import type { AnswerFieldsFragment, NormScore } from '../../../gql/graphql';
import { newClientMutationId } from '../../../lib/client-mutation-id';
import { toUserError, type UserError } from '../../../lib/errors';
import { refreshProgress } from './refresh-progress';

const SaveAnswerMutation = graphql(`
  mutation SaveSelfEvaluationAnswer($input: SaveSelfEvaluationAnswerInput!) {
    saveSelfEvaluationAnswer(input: $input) {
      ...AnswerFields
    }
  }
`);

/** Text waits this long after the last keystroke; a pause in typing is a natural moment to save. */
export const TEXT_SAVE_DELAY_MS = 800;
/** The server's limit per text field. */
export const ANSWER_TEXT_MAX = 10_000;

export interface AnswerValues {
  score: NormScore | null;
  goesWell: string;
  toImprove: string;
  explanation: string;
}
export type AnswerField = keyof AnswerValues;

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: UserError };

interface Options {
  cycleId: string;
  normId: string;
  answer: AnswerFieldsFragment | undefined;
}

function initialValues(answer: AnswerFieldsFragment | undefined): AnswerValues {
  return {
    score: answer?.score ?? null,
    goesWell: answer?.goesWell ?? '',
    toImprove: answer?.toImprove ?? '',
    explanation: answer?.explanation ?? '',
  };
}

/**
 * Local-first autosave for one norm. What the user typed lives in local state and is never replaced by
 * server data, so a failed save loses nothing; changed fields stay "dirty" until a save of exactly that
 * value succeeds, and the next change or blur sends them again. Saves of one norm run one after another.
 */
export function useAnswerAutosave({ cycleId, normId, answer }: Options) {
  const client = useApolloClient();
  const [values, setValues] = useState<AnswerValues>(() => initialValues(answer));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const valuesRef = useRef(values);
  const dirty = useRef(new Set<AnswerField>());
  const queue = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const mounted = useRef(true);

  const run = useCallback(async (): Promise<boolean> => {
    const fields = [...dirty.current];
    if (fields.length === 0) return true;
    const sent: Partial<AnswerValues> = {};
    for (const field of fields) Object.assign(sent, { [field]: valuesRef.current[field] });
    dirty.current.clear();
    if (mounted.current) setStatus({ kind: 'saving' });
    try {
      await client.mutate({
        mutation: SaveAnswerMutation,
        // Each save is its own action: a later save carries the newest values, never a replay of this one.
        variables: { input: { clientMutationId: newClientMutationId(), cycleId, normId, ...sent } },
        update(cache, { data }) {
          const saved = data?.saveSelfEvaluationAnswer;
          if (!saved) return;
          // A first answer on a norm is new to the cycle's list; add it so a remount shows it.
          cache.modify({
            id: cache.identify({ __typename: 'Cycle', id: cycleId }),
            fields: {
              selfEvaluationAnswers(existing: readonly Reference[] = [], { readField, toReference }) {
                if (existing.some((ref) => readField('id', ref) === saved.id)) return existing;
                const ref = toReference({ __typename: 'SelfEvaluationAnswer', id: saved.id });
                return ref ? [...existing, ref] : existing;
              },
            },
          });
        },
      });
      // A changed score moves the progress bar; ask the server, which knows what is in scope.
      if (sent.score !== undefined) refreshProgress(client, cycleId);
      if (mounted.current && dirty.current.size === 0) setStatus({ kind: 'saved' });
      return true;
    } catch (caught) {
      // Put back what did not arrive, unless the user changed it meanwhile (then it is dirty already).
      for (const field of fields) dirty.current.add(field);
      if (mounted.current) setStatus({ kind: 'error', error: toUserError(caught) });
      return false;
    }
  }, [client, cycleId, normId]);

  /** Sends every unsaved change now; resolves true when nothing is left unsaved. */
  const flush = useCallback((): Promise<boolean> => {
    window.clearTimeout(timer.current);
    const next = (queue.current ?? Promise.resolve(true)).then(run);
    queue.current = next;
    void next.finally(() => {
      if (queue.current === next) queue.current = null;
    });
    return next;
  }, [run]);

  const change = useCallback(
    <F extends AnswerField>(field: F, value: AnswerValues[F]) => {
      valuesRef.current = { ...valuesRef.current, [field]: value };
      setValues(valuesRef.current);
      dirty.current.add(field);
      window.clearTimeout(timer.current);
      if (field === 'score') void flush();
      else timer.current = window.setTimeout(() => void flush(), TEXT_SAVE_DELAY_MS);
    },
    [flush],
  );

  const blur = useCallback(() => {
    if (dirty.current.size > 0) void flush();
  }, [flush]);

  useEffect(() => {
    mounted.current = true;
    // Leaving the page with unsaved text: the browser asks first.
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0 || queue.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      mounted.current = false;
      // Leaving the screen must not drop a save that was still waiting for its debounce.
      if (dirty.current.size > 0) void flush();
    };
  }, [flush]);

  return { values, status, change, blur, flush };
}
