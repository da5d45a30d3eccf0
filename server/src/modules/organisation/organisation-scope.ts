import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { SqlFragment, sql } from '../../common/sql-fragment';
import type { AccessPolicy } from '../access/access-policy';
import { Cycle } from '../cycle/cycle.entity';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';

/**
 * The organisations a user may see, as a condition on `o` (organisation), with the meaning of
 * AccessPolicy.canReadOrganisation: the sector body all, an organisation itself, a certifying institution
 * those with a cycle it may see. The CI part is built from policy.cycleFilter itself, so the list and the
 * single lookups cannot disagree about who sees what.
 */
export function organisationScope(em: EntityManager, policy: AccessPolicy, user: User): SqlFragment {
  switch (user.partyKind) {
    case PartyKind.SECTOR_BODY:
      return sql`true`;
    case PartyKind.ORGANISATION:
      return sql`o.id = ${user.organisation!.id}`;
    case PartyKind.CERTIFYING_INSTITUTION: {
      const filter = policy.cycleFilter(user) as QBFilterQuery<Cycle>;
      const cycles = em.createQueryBuilder(Cycle, 'scope_cycle').select('scope_cycle.organisation').where(filter);
      // knex's own form of the query: `?` placeholders, as SqlFragment uses (getQuery() would give `$1`).
      const { sql: text, bindings } = cycles.getKnexQuery().toSQL();
      return sql`o.id in (${new SqlFragment(text, bindings)})`;
    }
  }
}
