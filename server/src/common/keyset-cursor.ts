import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { badInput } from './errors';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * Page arguments for lists sorted by a text key (a name) and a tiebreaker. The cursor carries the key
 * itself, so it is longer than a (createdAt, id) cursor: names are not length-limited.
 */
@ArgsType()
export class SortedPageArgs {
  @Field(() => Int, { description: `Page size, 1 to ${MAX_PAGE_SIZE}; default 50.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  after?: string | null;
}

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
