import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../common/errors';
import { decodeSortedCursor, encodeSortedCursor } from '../../common/keyset-cursor';
import type { Page } from '../../common/pagination';
import { containsPattern, joinSql, queryRows, sql, type SqlFragment } from '../../common/sql-fragment';
import type { AccessPolicy } from '../access/access-policy';
import { seen } from '../access/references';
import { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import { expiresWithinDays } from '../certificate/certificate-expiry';
import type { User } from '../user/user.entity';
import type { OrganisationFilter } from './dto/organisation-filter.input';
import { organisationScope } from './organisation-scope';
import { Organisation } from './organisation.entity';

interface OrganisationRow {
  total: number;
  id: string | null;
  created_at: string;
  name: string;
  place: string;
  fte: string;
}

/**
 * Organisations as the sector dashboard lists them: scoped to the caller, filtered on their current (open)
 * cycle and certificate, alphabetical by name with keyset pages over (name, id). The count and the page are
 * one statement, so a request costs the same number of statements whatever the page size; the per-row
 * fields (currentCycle, certificate) come from the request's batch loaders.
 */
export class OrganisationService {
  constructor(private readonly policy: AccessPolicy) {}

  async get(em: EntityManager, user: User, id: string): Promise<Organisation> {
    await this.policy.assertCanReadOrganisation(em, user, id);
    const org = await em.findOne(Organisation, { id });
    if (!org) throw notFound('Organisation');
    return org;
  }

  async list(
    em: EntityManager,
    user: User,
    first: number,
    after?: string | null,
    filter?: OrganisationFilter | null,
  ): Promise<Page<Organisation>> {
    const cursor = after ? decodeSortedCursor(after, 2, [1]) : null;
    if (filter?.certifyingInstitutionId != null) {
      // A filter names an institution like any reference does: one the caller may not see is not found.
      const ci = await em.findOne(CertifyingInstitution, { id: filter.certifyingInstitutionId });
      seen(ci, (c) => this.policy.canSeeCertifyingInstitution(user, c), 'Certifying institution', 'certifyingInstitutionId');
    }
    const conditions = [organisationScope(em, this.policy, user), ...filterConditions(filter)];
    const where = joinSql(conditions, ' and ');
    // Joined only when a filter reads it: at most one row per organisation (cycle_one_open_per_organisation).
    const needsCurrent = filter?.phase != null || filter?.variant != null || filter?.overdue != null || filter?.certifyingInstitutionId != null;
    const current = needsCurrent ? sql`left join cycle cur on cur.organisation_id = o.id and cur.closed_at is null` : sql``;
    const keyset = cursor ? sql` and (o.name, o.id) > (${cursor[0]}, ${cursor[1]}::uuid)` : sql``;
    const query = sql`select t.total, p.*
        from (select count(*)::int as total from organisation o ${current} where ${where}) t
        left join lateral (
          select o.id, o.created_at, o.name, o.place, o.fte
            from organisation o ${current}
           where ${where}${keyset}
           order by o.name, o.id
           limit ${first + 1}) p on true
       order by p.name, p.id`;
    const rows = await queryRows<OrganisationRow>(em, query);
    const found = rows.filter((r) => r.id !== null);
    // Plain objects of the GraphQL shape: a list page is read-only, and hydrating managed entities into the
    // identity map cost a fifth of the request's CPU on a page of 100.
    const nodes = found.slice(0, first).map(
      ({ id, created_at, name, place, fte }) =>
        ({ id: id!, createdAt: new Date(created_at), name, place, fte: Number(fte) }) as Organisation,
    );
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount: rows[0]?.total ?? 0,
      pageInfo: { endCursor: last ? encodeSortedCursor([last.name, last.id]) : null, hasNextPage: found.length > first },
    };
  }
}

/** The filter as conditions on `o` (organisation) and `cur` (its open cycle, left-joined). */
function filterConditions(filter?: OrganisationFilter | null): SqlFragment[] {
  if (!filter) return [];
  const out: SqlFragment[] = [];
  if (filter.phase != null) out.push(sql`cur.phase = ${filter.phase}`);
  if (filter.variant != null) out.push(sql`cur.variant = ${filter.variant}`);
  // Without an open cycle nothing is overdue, so "not overdue" includes organisations between cycles.
  if (filter.overdue === true) out.push(sql`cur.overdue`);
  if (filter.overdue === false) out.push(sql`not coalesce(cur.overdue, false)`);
  if (filter.certifyingInstitutionId != null) out.push(sql`cur.certifying_institution_id = ${filter.certifyingInstitutionId}`);
  if (filter.expiringWithinDays != null) {
    out.push(sql`exists (select 1 from certificate ec where ec.organisation_id = o.id and ${expiresWithinDays('ec', filter.expiringWithinDays)})`);
  }
  const term = filter.search?.trim();
  if (term) out.push(sql`o.name ilike ${containsPattern(term)}`);
  return out;
}
