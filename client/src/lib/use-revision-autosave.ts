import { useCallback, useEffect, useRef, useState } from 'react';
import { toUserError, type UserError } from './errors';
import { revisionConflict } from './revision-conflict';

/** The values of one autosaved answer, by field: texts, and at most a few coded fields (a score). */
export type AutosaveValues = Record<string, string | null>;

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: UserError };

/** Someone else saved this after this person started: their version, from which revision, by whom and when. */
export interface AutosaveConflict<V extends AutosaveValues> {
  revision: number;
  theirs: V;
  changedBy: string | null;
  changedAt: string | null;
}

/** The saved answer as the screen has it (from the cache): its revision, and when and by whom it was saved. */
export interface SavedVersion {
  revision: number;
  updatedAt: string;
}

export interface RevisionAutosaveOptions<V extends AutosaveValues, S extends SavedVersion> {
  /** The saved answer, or undefined while nothing is saved. */
  saved: S | undefined;
  fields: readonly (keyof V & string)[];
  /** The values of a saved answer, or of the saved value a conflict carries; empty fields for none. */
  toValues(raw: object | null | undefined): V;
  /** Who saved `saved`, in words; null when that is this person or unknown. */
  changedBy(saved: S): string | null;
  /** A change of this field is sent at once; text waits for a pause in typing. */
  immediate?: keyof V & string;
  /** Both versions in one, for "combine". */
  combine(mine: V, theirs: V): V;
  /** Sends the changed fields from `expectedRevision`; resolves to the revision saved, or throws the refusal. */
  send(changed: Partial<V>, expectedRevision: number): Promise<number>;
}

/** One field of a saved answer or of a conflict's saved value: a text ('' when absent) or a code (null). */
export function savedText(raw: object | null | undefined, field: string): string {
  const value = (raw as Record<string, unknown> | null | undefined)?.[field];
  return typeof value === 'string' ? value : '';
}
export function savedCode<C extends string>(raw: object | null | undefined, field: string): C | null {
  const value = (raw as Record<string, unknown> | null | undefined)?.[field];
  return typeof value === 'string' && value ? (value as C) : null;
}

/** Text (and a choice made with arrow keys) waits this long after the last keystroke; a pause is a natural moment to save. */
export const TEXT_SAVE_DELAY_MS = 800;

/**
 * Local-first autosave for one answer. What the user typed lives in local state and is never replaced by
 * server data, so a failed save loses nothing; changed fields stay "dirty" until a save of exactly that
 * value succeeds, and the next change or blur sends them again. Saves of one answer run one after another.
 *
 * Each save names the revision the values started from. Another save comes in two ways: the page's data
 * brings a newer answer (taken over at once when nothing here is unsaved, else shown as a conflict), or
 * the server refuses a save with CONFLICT. A conflict stops autosaving until the person chooses: keep
 * theirs, save mine, or combine both texts in the fields.
 */
export function useRevisionAutosave<V extends AutosaveValues, S extends SavedVersion>(options: RevisionAutosaveOptions<V, S>) {
  const { saved, fields, immediate } = options;
  // The callbacks may be new on every render; the hook reads the latest ones.
  const opts = useRef(options);
  opts.current = options;

  const [values, setValues] = useState<V>(() => options.toValues(saved));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const valuesRef = useRef(values);
  const dirty = useRef(new Set<keyof V & string>());
  const queue = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const mounted = useRef(true);
  /** The revision the values here started from; 0 while nothing is saved. */
  const base = useRef(saved?.revision ?? 0);
  const [conflict, setConflict] = useState<AutosaveConflict<V> | null>(null);
  const conflictRef = useRef<AutosaveConflict<V> | null>(null);
  const showConflict = useCallback((next: AutosaveConflict<V> | null) => {
    conflictRef.current = next;
    if (mounted.current) setConflict(next);
  }, []);

  /**
   * Another saved version arrives. Fields this person did not change take it; only fields both changed,
   * to different values, are a conflict for the person to resolve. Returns whether there is one.
   */
  const receiveTheirs = useCallback(
    (next: AutosaveConflict<V>): boolean => {
      const merged = { ...valuesRef.current };
      for (const field of opts.current.fields) {
        if (!dirty.current.has(field)) merged[field] = next.theirs[field];
        else if (merged[field] === next.theirs[field]) dirty.current.delete(field);
      }
      valuesRef.current = merged;
      if (mounted.current) setValues(merged);
      if (opts.current.fields.every((f) => !dirty.current.has(f) || merged[f] === next.theirs[f])) {
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
    const changed = [...dirty.current];
    if (changed.length === 0) return true;
    // Nothing is sent while the person has not chosen how to resolve a conflict.
    if (conflictRef.current) return false;
    const sent: Partial<V> = {};
    for (const field of changed) sent[field] = valuesRef.current[field];
    dirty.current.clear();
    if (mounted.current) setStatus({ kind: 'saving' });
    try {
      // Each save is its own action: a later save carries the newest values, never a replay of this one.
      base.current = await opts.current.send(sent, base.current);
      if (mounted.current && dirty.current.size === 0) setStatus({ kind: 'saved' });
      return true;
    } catch (caught) {
      // Put back what did not arrive, unless the user changed it meanwhile (then it is dirty already).
      for (const field of changed) dirty.current.add(field);
      const error = toUserError(caught);
      const found = revisionConflict(error);
      if (found) {
        if (mounted.current) setStatus({ kind: 'idle' });
        const theirs = opts.current.toValues(found.value);
        // Only other fields changed: nothing to choose, send this person's fields again from the new revision.
        if (!receiveTheirs({ revision: found.revision, theirs, changedBy: found.changedBy, changedAt: found.changedAt })) void flush();
      } else if (mounted.current) setStatus({ kind: 'error', error });
      return false;
    }
  }, [receiveTheirs, flush]);

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

  /**
   * A changed value. The `immediate` field is sent at once, unless the change is `settling`: one step of a
   * choice still being made (arrow keys through radios), which waits for a pause like typing does. Either
   * way the value is dirty until saved, so blur, flush and leaving the screen still send it.
   */
  const change = useCallback(
    <F extends keyof V & string>(field: F, value: V[F], how?: { settling?: boolean }) => {
      valuesRef.current = { ...valuesRef.current, [field]: value };
      setValues(valuesRef.current);
      dirty.current.add(field);
      window.clearTimeout(timer.current);
      if (field === immediate && !how?.settling) void flush();
      else timer.current = window.setTimeout(() => void flush(), TEXT_SAVE_DELAY_MS);
    },
    [flush, immediate],
  );

  // A save from elsewhere, brought by the page's data: taken over when nothing here waits to be saved,
  // shown as a conflict when something does (the save would be refused anyway).
  const revision = saved?.revision ?? 0;
  useEffect(() => {
    if (!saved || revision <= base.current || queue.current || conflictRef.current) return;
    const { toValues, changedBy } = opts.current;
    receiveTheirs({ revision, theirs: toValues(saved), changedBy: changedBy(saved), changedAt: saved.updatedAt });
  }, [saved, revision, receiveTheirs]);

  const resolve = useCallback(
    (how: 'theirs' | 'mine' | 'combine') => {
      const open = conflictRef.current;
      if (!open) return;
      base.current = open.revision;
      showConflict(null);
      if (how === 'theirs') {
        dirty.current.clear();
        valuesRef.current = open.theirs;
      } else if (how === 'combine') {
        valuesRef.current = opts.current.combine(valuesRef.current, open.theirs);
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

  return { values, status, change, blur, flush, conflict, resolve, fields };
}

/** The fields where this person's value and the saved one differ, in words, for EditConflict. */
export function conflictFields<V extends AutosaveValues>(
  conflict: AutosaveConflict<V>,
  mine: V,
  fields: readonly (keyof V & string)[],
  label: (field: keyof V & string) => string,
  show: (field: keyof V & string, value: string) => string = (_field, value) => value,
) {
  const shown = (field: keyof V & string, values: V) => (values[field] ? show(field, values[field]) : '');
  return fields
    .filter((field) => mine[field] !== conflict.theirs[field])
    .map((field) => ({ name: field, label: label(field), mine: shown(field, mine), theirs: shown(field, conflict.theirs) }));
}
