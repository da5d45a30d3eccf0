import { badInput } from '../../common/errors';

/** The units a scope names, trimmed (none for the whole organisation); a partial scope names at least one. */
export function scopeUnitsOf(wholeOrganisation: boolean, units: readonly string[], field: string): string[] {
  if (wholeOrganisation) return [];
  const named = units.map((u) => u.trim());
  if (named.length === 0) throw badInput(field, 'Name at least one unit, or choose the whole organisation.', 'scopeUnitsEmpty');
  return named;
}
