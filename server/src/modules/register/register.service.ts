import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeSortedCursor, encodeSortedCursor } from '../../common/keyset-cursor';
import type { Page } from '../../common/pagination';
import { containsPattern, joinSql, queryRows, sql } from '../../common/sql-fragment';
import { CertificateStatus } from '../certificate/certificate.entity';
import type { Variant } from '../cycle/cycle-enums';
import { normaliseCertificateNumber } from './certificate-number';
import type { CertificateEntry, RegisterEntry, RegisterEntryKind } from './register-entry.view';

/** The register lists what a reader may rely on now; withdrawn, expired and renewed ones only verify. */
const LISTED = [CertificateStatus.VALID, CertificateStatus.SUSPENDED];

interface EntryRow {
  kind: RegisterEntryKind;
  number: string | null;
  sort_key: string;
  organisation_name: string;
  place: string;
  variant: Variant;
  whole_organisation: boolean;
  scope_units: string[];
  certifying_institution_name: string | null;
  framework_name: string;
  framework_version: string;
  valid_from: string;
  valid_until: string;
  status: CertificateStatus;
  cycle_id: string | null;
}

/**
 * What the register lists, as one row shape: certificates, and the peer advisory assessments the sector body
 * registered (peer_review_registration). A peer entry has no number, institution or cycle; it is VALID until
 * its validUntil and EXPIRED after, the status a certificate gets from its workflow at the same moment.
 */
const SOURCES = sql`(select 'CERTIFICATE' as kind, c.number, c.number as sort_key, c.organisation_id, c.variant::text as variant,
         c.whole_organisation, c.scope_units, c.certifying_institution_id, c.framework_version_id, c.valid_from, c.valid_until,
         c.status::text as status, c.cycle_id
    from certificate c
  union all
  select 'PEER_REVIEW', null, 'peer:' || r.id::text, r.organisation_id, 'PEER_REVIEW', r.whole_organisation, r.scope_units, null,
         r.framework_version_id, r.valid_from, r.valid_until,
         case when r.valid_until > now() then 'VALID' else 'EXPIRED' end, null
    from peer_review_registration r) e`;

/** Every column an entry shows, from the entry and the three tables it names. */
const ENTRY_COLUMNS = sql`e.kind, e.number, e.sort_key, o.name as organisation_name, o.place, e.variant, e.whole_organisation, e.scope_units,
       ci.name as certifying_institution_name, fv.name as framework_name, fv.version as framework_version,
       e.valid_from, e.valid_until, e.status, e.cycle_id`;
const ENTRY_TABLES = sql`${SOURCES}
  join organisation o on o.id = e.organisation_id
  join framework_version fv on fv.id = e.framework_version_id
  left join certifying_institution ci on ci.id = e.certifying_institution_id`;

/**
 * The public register: certificates and registered peer advisory assessments as register entries. Anonymous
 * callers use it, so every answer is one statement, the same whatever the page size.
 *
 * Order: alphabetical by organisation name, then certificate number (a peer entry after by its ID), so a
 * reader finds an organisation the way they would in a printed list. Pages are keyset (name, sort key):
 * stable while entries change.
 */
export class RegisterService {
  async list(em: EntityManager, first: number, after?: string | null, search?: string | null): Promise<Page<RegisterEntry>> {
    const cursor = after ? decodeSortedCursor(after, 2) : null;
    const term = search?.trim();
    const where = joinSql(
      [
        sql`e.status in (${LISTED})`,
        ...(term ? [sql`(o.name ilike ${containsPattern(term)} or o.place ilike ${containsPattern(term)})`] : []),
      ],
      ' and ',
    );
    const keyset = cursor ? sql` and (o.name, e.sort_key) > (${cursor[0]}, ${cursor[1]})` : sql``;
    // The count and the page in one statement: the lateral page is empty past the end, the count row stays.
    const query = sql`select t.total, p.*
        from (select count(*)::int as total
                from ${SOURCES} join organisation o on o.id = e.organisation_id
               where ${where}) t
        left join lateral (
          select ${ENTRY_COLUMNS} from ${ENTRY_TABLES}
           where ${where}${keyset}
           order by o.name, e.sort_key
           limit ${first + 1}) p on true
       order by p.organisation_name, p.sort_key`;
    const rows = await queryRows<EntryRow & { total: number }>(em, query);
    const found = rows.filter((r) => r.sort_key !== null);
    const nodes = found.slice(0, first).map(toEntry);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount: rows[0]?.total ?? 0,
      pageInfo: {
        endCursor: last ? encodeSortedCursor([last.organisationName, last.sortKey]) : null,
        hasNextPage: found.length > first,
      },
    };
  }

  /**
   * Every listed entry in register order, certificates and registered peer assessments, for the open-data
   * files, and when the files last changed. An entry leaving the list changes them too, so the moment is
   * taken over all entries, not only the listed ones: a certificate's issue or status change, a peer
   * assessment's registration, and the end of its validity once passed (it has no status change of its own:
   * it leaves the list at validUntil). One statement.
   */
  async listAll(em: EntityManager): Promise<{ entries: RegisterEntry[]; lastChanged: Date | null }> {
    // The moment row stays when nothing is listed; the lateral list is then one empty row.
    const rows = await queryRows<EntryRow & { last_changed: string | null }>(
      em,
      sql`select t.last_changed, p.*
            from (select greatest(
                           (select max(greatest(status_changed_at, created_at)) from certificate),
                           (select max(case when valid_until <= now() then greatest(created_at, valid_until) else created_at end)
                              from peer_review_registration)) as last_changed) t
            left join lateral (
              select ${ENTRY_COLUMNS} from ${ENTRY_TABLES}
               where e.status in (${LISTED})) p on true
           order by p.organisation_name, p.sort_key`,
    );
    const changed = rows[0]?.last_changed;
    return { entries: rows.filter((r) => r.sort_key !== null).map(toEntry), lastChanged: changed ? new Date(changed) : null };
  }

  /**
   * The entry for a number in any status, so a reader holding an old certificate learns it was withdrawn,
   * expired or renewed; null when no certificate has that number. Case-insensitive, as people type it.
   */
  async verify(em: EntityManager, input: string): Promise<CertificateEntry | null> {
    const number = normaliseCertificateNumber(input);
    // Should two numbers differ only in case, the exact spelling wins.
    const [row] = await queryRows<EntryRow>(
      em,
      sql`select ${ENTRY_COLUMNS} from ${ENTRY_TABLES}
           where upper(e.number) = upper(${number})
           order by (e.number = ${number}) desc
           limit 1`,
    );
    // Matched by number, so a certificate: a peer entry has none.
    return row ? (toEntry(row) as CertificateEntry) : null;
  }
}

function toEntry(row: EntryRow): RegisterEntry {
  return {
    kind: row.kind,
    certificateNumber: row.number,
    sortKey: row.sort_key,
    organisationName: row.organisation_name,
    place: row.place,
    variant: row.variant,
    wholeOrganisation: row.whole_organisation,
    scopeUnits: row.scope_units,
    certifyingInstitutionName: row.certifying_institution_name,
    frameworkName: row.framework_name,
    frameworkVersion: row.framework_version,
    // Raw queries get timestamps as PostgreSQL prints them (the ORM's type parsers keep them as text).
    validFrom: new Date(row.valid_from),
    validUntil: new Date(row.valid_until),
    status: row.status,
    cycleId: row.cycle_id,
  };
}
