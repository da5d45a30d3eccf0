import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeSortedCursor, encodeSortedCursor } from '../../common/keyset-cursor';
import type { Page } from '../../common/pagination';
import { containsPattern, joinSql, queryRows, sql } from '../../common/sql-fragment';
import { CertificateStatus } from '../certificate/certificate.entity';
import type { Variant } from '../cycle/cycle-enums';
import { normaliseCertificateNumber } from './certificate-number';
import type { RegisterEntry } from './register-entry.view';

/** The register lists what a reader may rely on now; withdrawn, expired and renewed ones only verify. */
const LISTED = [CertificateStatus.VALID, CertificateStatus.SUSPENDED];

interface EntryRow {
  number: string;
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
  cycle_id: string;
}

/** Every column an entry shows, from the certificate and the three tables it names. */
const ENTRY_COLUMNS = sql`c.number, o.name as organisation_name, o.place, c.variant, c.whole_organisation, c.scope_units,
       ci.name as certifying_institution_name, fv.name as framework_name, fv.version as framework_version,
       c.valid_from, c.valid_until, c.status, c.cycle_id`;
const ENTRY_TABLES = sql`certificate c
  join organisation o on o.id = c.organisation_id
  join framework_version fv on fv.id = c.framework_version_id
  left join certifying_institution ci on ci.id = c.certifying_institution_id`;

/**
 * The public register: certificates as register entries. Anonymous callers use it, so every answer is one
 * statement, the same whatever the page size.
 *
 * Order: alphabetical by organisation name, then certificate number, so a reader finds an organisation
 * the way they would in a printed list. Pages are keyset (name, number): stable while entries change.
 */
export class RegisterService {
  async list(em: EntityManager, first: number, after?: string | null, search?: string | null): Promise<Page<RegisterEntry>> {
    const cursor = after ? decodeSortedCursor(after, 2) : null;
    const term = search?.trim();
    const where = joinSql(
      [
        sql`c.status in (${LISTED})`,
        ...(term ? [sql`(o.name ilike ${containsPattern(term)} or o.place ilike ${containsPattern(term)})`] : []),
      ],
      ' and ',
    );
    const keyset = cursor ? sql` and (o.name, c.number) > (${cursor[0]}, ${cursor[1]})` : sql``;
    // The count and the page in one statement: the lateral page is empty past the end, the count row stays.
    const query = sql`select t.total, p.*
        from (select count(*)::int as total
                from certificate c join organisation o on o.id = c.organisation_id
               where ${where}) t
        left join lateral (
          select ${ENTRY_COLUMNS} from ${ENTRY_TABLES}
           where ${where}${keyset}
           order by o.name, c.number
           limit ${first + 1}) p on true
       order by p.organisation_name, p.number`;
    const rows = await queryRows<EntryRow & { total: number }>(em, query);
    const found = rows.filter((r) => r.number !== null);
    const nodes = found.slice(0, first).map(toEntry);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount: rows[0]?.total ?? 0,
      pageInfo: {
        endCursor: last ? encodeSortedCursor([last.organisationName, last.certificateNumber]) : null,
        hasNextPage: found.length > first,
      },
    };
  }

  /**
   * Every listed entry in register order, for the open-data files, and when any certificate last changed:
   * a certificate leaving the list (withdrawn, expired) changes the files too, so the moment is taken over
   * all certificates, not only the listed ones. One statement.
   */
  async listAll(em: EntityManager): Promise<{ entries: RegisterEntry[]; lastChanged: Date | null }> {
    // The moment row stays when nothing is listed; the lateral list is then one empty row.
    const rows = await queryRows<EntryRow & { last_changed: string | null }>(
      em,
      sql`select t.last_changed, p.*
            from (select max(greatest(status_changed_at, created_at)) as last_changed from certificate) t
            left join lateral (
              select ${ENTRY_COLUMNS} from ${ENTRY_TABLES}
               where c.status in (${LISTED})) p on true
           order by p.organisation_name, p.number`,
    );
    const changed = rows[0]?.last_changed;
    return { entries: rows.filter((r) => r.number !== null).map(toEntry), lastChanged: changed ? new Date(changed) : null };
  }

  /**
   * The entry for a number in any status, so a reader holding an old certificate learns it was withdrawn,
   * expired or renewed; null when no certificate has that number. Case-insensitive, as people type it.
   */
  async verify(em: EntityManager, input: string): Promise<RegisterEntry | null> {
    const number = normaliseCertificateNumber(input);
    // Should two numbers differ only in case, the exact spelling wins.
    const [row] = await queryRows<EntryRow>(
      em,
      sql`select ${ENTRY_COLUMNS} from ${ENTRY_TABLES}
           where upper(c.number) = upper(${number})
           order by (c.number = ${number}) desc
           limit 1`,
    );
    return row ? toEntry(row) : null;
  }
}

function toEntry(row: EntryRow): RegisterEntry {
  return {
    certificateNumber: row.number,
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
