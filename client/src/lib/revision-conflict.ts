import type { UserError } from './errors';

/** What the server answered to an edit that started from an older revision (docs/api.md, Edits and revisions). */
export interface RevisionConflict {
  /** Save again from this revision. */
  revision: number;
  /** The saved fields as they are now; null when nothing is saved (any more). */
  value: Record<string, unknown> | null;
  changedBy: string | null;
  changedAt: string | null;
}

/** The revision conflict a refusal carries, or null for any other refusal. */
export function revisionConflict(error: UserError | null): RevisionConflict | null {
  if (!error || error.code !== 'CONFLICT' || error.field !== 'expectedRevision') return null;
  const { currentRevision, currentValue, changedBy, changedAt } = error.details;
  return {
    revision: typeof currentRevision === 'number' ? currentRevision : 0,
    value: currentValue && typeof currentValue === 'object' ? (currentValue as Record<string, unknown>) : null,
    changedBy: typeof changedBy === 'string' ? changedBy : null,
    changedAt: typeof changedAt === 'string' ? changedAt : null,
  };
}

/** Both texts in one, for the person to edit: theirs after mine, once, and nothing when they are equal. */
export function combineTexts(mine: string, theirs: string): string {
  if (mine === theirs || theirs.trim() === '') return mine;
  if (mine.trim() === '') return theirs;
  return `${mine}\n\n${theirs}`;
}
