import { SqlFragment, sql } from '../../common/sql-fragment';

/**
 * "Expiring within N days": a VALID certificate whose end falls between now and N days from now. One
 * definition for the organisation filter and the sector overview, so the dashboard's number and the list
 * it opens always agree. A suspended one is not counted: it is not relied upon as valid anyway.
 */
export function expiresWithinDays(alias: string, days: number): SqlFragment {
  const c = new SqlFragment(alias, []);
  return sql`${c}.status = 'VALID' and ${c}.valid_until >= now() and ${c}.valid_until <= now() + make_interval(days => ${days})`;
}
