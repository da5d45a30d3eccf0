import { badInput } from './errors';

/** Lists sorted by a text key page with the same arguments as every list. */
export { PageArgs as SortedPageArgs } from './pagination';

const BAD_CURSOR = 'This cursor is not valid; use pageInfo.endCursor from the previous page.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An opaque cursor over the sort values of the last row of a page. */
export function encodeSortedCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The sort values of a cursor, checked to be what encodeSortedCursor makes (`arity` strings; those whose
 * position is in `uuidAt` valid UUIDs), so a forged cursor is a refusal that names `after`, never a database error.
 */
export function decodeSortedCursor(cursor: string, arity: number, uuidAt: readonly number[] = []): string[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', BAD_CURSOR);
  }
  const ok =
    Array.isArray(values) &&
    values.length === arity &&
    values.every((v) => typeof v === 'string' && !v.includes('\u0000')) &&
    uuidAt.every((i) => UUID.test(values[i] as string));
  if (!ok) throw badInput('after', BAD_CURSOR);
  return values as string[];
}
