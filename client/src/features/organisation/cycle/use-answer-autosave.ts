import type { Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../../../gql';
import type { AnswerFieldsFragment, NormScore } from '../../../gql/graphql';
import { newClientMutationId } from '../../../lib/client-mutation-id';
import { toUserError, type UserError } from '../../../lib/errors';
import { combineTexts, revisionConflict } from '../../../lib/revision-conflict';
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

/** Someone else saved this norm after this person started: their version, from which revision, by whom and when. */
export interface AnswerConflict {
  revision: number;
  theirs: AnswerValues;
  changedBy: string | null;
  changedAt: string | null;
}

const FIELDS: readonly AnswerField[] = ['score', 'goesWell', 'toImprove', 'explanation'];

interface Options {
  cycleId: string;
  normId: string;
  answer: AnswerFieldsFragment | undefined;
}

function initialValues(answer: Partial<AnswerValues> | null | undefined): AnswerValues {
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
 *
 * Each save names the revision the values started from. Another person's save comes in two ways: the
 * page's polling brings a newer answer (taken over at once when nothing here is unsaved, else shown as a
 * conflict), or the server refuses a save with CONFLICT. A conflict stops autosaving until the person
 * chooses: keep theirs, save mine, or combine both texts in the fields.
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
  /** The revision the values here started from; 0 while nothing is saved. */
  const base = useRef(answer?.revision ?? 0);
  const [conflict, setConflict] = useState<AnswerConflict | null>(null);
  const conflictRef = useRef<AnswerConflict | null>(null);
  const showConflict = useCallback((next: AnswerConflict | null) => {
    conflictRef.current = next;
    if (mounted.current) setConflict(next);
  }, []);

  /**
   * Another person's saved version arrives. Fields this person did not change take it; only fields both
   * changed, to different values, are a conflict for the person to resolve. Returns whether there is one.
   */
  const receiveTheirs = useCallback(
    (next: AnswerConflict): boolean => {
      const merged = { ...valuesRef.current };
      for (const field of FIELDS) {
        if (!dirty.current.has(field)) Object.assign(merged, { [field]: next.theirs[field] });
        else if (merged[field] === next.theirs[field]) dirty.current.delete(field);
      }
      valuesRef.current = merged;
      if (mounted.current) setValues(merged);
      if (dirty.current.size === 0 || FIELDS.every((f) => !dirty.current.has(f) || merged[f] === next.theirs[f])) {
        base.current = next.revision;
        return false;
      }
      showConflict(next);
      return true;
    },
    [showConflict],
  );
  // run and flush call each other (a conflict that needs no choice is sent again at once).
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  const flush = useCallback(() => flushRef.current(), []);

  const run = useCallback(async (): Promise<boolean> => {
    const fields = [...dirty.current];
    if (fields.length === 0) return true;
    // Nothing is sent while the person has not chosen how to resolve a conflict.
    if (conflictRef.current) return false;
    const sent: Partial<AnswerValues> = {};
    for (const field of fields) Object.assign(sent, { [field]: valuesRef.current[field] });
    dirty.current.clear();
    if (mounted.current) setStatus({ kind: 'saving' });
    try {
      await client.mutate({
        mutation: SaveAnswerMutation,
        // Each save is its own action: a later save carries the newest values, never a replay of this one.
        variables: { input: { clientMutationId: newClientMutationId(), cycleId, normId, expectedRevision: base.current, ...sent } },
        update(cache, { data }) {
          const saved = data?.saveSelfEvaluationAnswer;
          if (!saved) return;
          base.current = saved.revision;
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
      const error = toUserError(caught);
      const found = revisionConflict(error);
      if (found) {
        if (mounted.current) setStatus({ kind: 'idle' });
        // Only other fields changed: nothing to choose, send this person's fields again from the new revision.
        if (!receiveTheirs({ revision: found.revision, theirs: initialValues(found.value), changedBy: found.changedBy, changedAt: found.changedAt })) void flush();
      } else if (mounted.current) setStatus({ kind: 'error', error });
      return false;
    }
  }, [client, cycleId, normId, receiveTheirs, flush]);

  /** Sends every unsaved change now; resolves true when nothing is left unsaved. */
  flushRef.current = () => {
    window.clearTimeout(timer.current);
    const next = (queue.current ?? Promise.resolve(true)).then(run);
    queue.current = next;
    void next.finally(() => {
      if (queue.current === next) queue.current = null;
    });
    return next;
  };

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

  // Another person's save, brought by the page's polling: taken over when nothing here waits to be saved,
  // shown as a conflict when something does (the save would be refused anyway).
  const revision = answer?.revision ?? 0;
  useEffect(() => {
    if (!answer || revision <= base.current || queue.current || conflictRef.current) return;
    receiveTheirs({ revision, theirs: initialValues(answer), changedBy: answer.updatedByName, changedAt: answer.updatedAt });
  }, [answer, revision, receiveTheirs]);

  const resolve = useCallback(
    (how: 'theirs' | 'mine' | 'combine') => {
      const open = conflictRef.current;
      if (!open) return;
      base.current = open.revision;
      showConflict(null);
      const mine = valuesRef.current;
      if (how === 'theirs') {
        dirty.current.clear();
        valuesRef.current = open.theirs;
      } else if (how === 'combine') {
        // The score cannot be combined: this person's stays, and is theirs to change.
        valuesRef.current = {
          score: mine.score ?? open.theirs.score,
          goesWell: combineTexts(mine.goesWell, open.theirs.goesWell),
          toImprove: combineTexts(mine.toImprove, open.theirs.toImprove),
          explanation: combineTexts(mine.explanation, open.theirs.explanation),
        };
      }
      setValues(valuesRef.current);
      setStatus({ kind: 'idle' });
      // The fields this person changed go to the server from the revision they now start from.
      void flush();
    },
    [flush, showConflict],
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

  return { values, status, change, blur, flush, conflict, resolve };
}
