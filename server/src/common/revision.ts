import { Property } from '@mikro-orm/core';
import { IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { Field, Int } from 'type-graphql';
import { DomainError } from './errors';

/** Revisions are counted from 1 (the first save); 0 names "nothing saved yet". */
export const NO_REVISION = 0;

/**
 * The `expectedRevision` argument of every edit of shared content: the revision the editor started from.
 * Left out, the save is not compared (clients written before revisions keep working); see docs/api.md.
 */
export function ExpectedRevisionField(): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, {
      nullable: true,
      description: 'The revision this edit started from (0 for something not saved yet). When another save came in between, nothing changes and the answer is CONFLICT with the current value. Leave out only to save without comparing.',
    })(target, key);
    IsOptional()(target, key);
    ValidateIf((_: unknown, v: unknown) => v !== null)(target, key);
    IsInt()(target, key);
    Min(0)(target, key);
    Max(2_147_483_647)(target, key);
  };
}

/** A saved thing as a CONFLICT reports it: its revision, the fields an editor sees, and who saved it when. */
export interface SavedVersion {
  revision: number;
  value: Record<string, unknown>;
  /** Who saved last, loaded only when there is a conflict to report; null when nobody did since the import. */
  by: { loadOrFail(): Promise<{ name: string }> } | null;
  at: Date;
}

/**
 * The compare of compare-and-set. Callers hold a row lock that every save of the same thing also takes
 * (the cycle's row, or the framework version's) and read `saved` under it, so between this check and their
 * update no other save can come in: of two saves from the same revision exactly one passes, the other is
 * refused here and changes nothing. `saved` is null for something not saved yet (revision 0).
 */
export async function assertRevision(expected: number | null | undefined, saved: SavedVersion | null): Promise<void> {
  const revision = saved?.revision ?? NO_REVISION;
  if (expected === undefined || expected === null || expected === revision) return;
  if (!saved) {
    throw new DomainError('CONFLICT', 'This is not saved (any more); nothing was changed. Save it again from revision 0.', 'expectedRevision', {
      currentRevision: NO_REVISION,
      currentValue: null,
      changedBy: null,
      changedAt: null,
    });
  }
  const changedBy = saved.by ? (await saved.by.loadOrFail()).name : 'The import';
  throw new DomainError(
    'CONFLICT',
    `${changedBy} saved this after you opened it (now revision ${revision}, you started from ${expected}); nothing was changed. Compare both versions and save again from revision ${revision}.`,
    'expectedRevision',
    { currentRevision: revision, currentValue: saved.value, changedBy, changedAt: saved.at.toISOString() },
  );
}

/** The revision column and field every shared editable thing carries; a new row is revision 1. */
export function RevisionColumn(description = 'Counts the saves, from 1; an edit names the one it started from as expectedRevision.'): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { description })(target, key);
    Property({ type: 'integer', default: 1 })(target, key as string);
  };
}
