import { MAX_PAGE_SIZE } from '../../server/src/common/pagination';
import { EXPIRING_HORIZON_DAYS } from '../../server/src/modules/sector-overview/sector-overview.service';
import type { HttpEndpoint } from './http-client';
import { body } from './operations';
import type { ReadCase } from './read-latency';
import { SCREEN_PAGE, SECTOR_FRAMEWORK_VERSIONS, SECTOR_INSIGHTS, SECTOR_ORGANISATIONS, SECTOR_REGISTER } from './screen-operations';
import type { Seeded } from './seed';

/** Search terms as people type them: one that a tenth of the sector matches, one that finds a handful. */
const BROAD_TERM = 'boog';
const NARROW_TERM = '0424';

/**
 * (d) The sector body's screens at the size of the sector: the overview (the first page, a page deep in the
 * list, every filter it offers, both kinds of search), its figures, and the register with and without a
 * search. Each case checks that it found rows, so a filter that matched nothing is not measured as fast.
 */
export async function sectorReadCases(endpoint: HttpEndpoint, seeded: Seeded): Promise<ReadCase[]> {
  const [deepOrganisation, deepEntry] = [await middleCursor(endpoint, 'organisations'), await middleCursor(endpoint, 'register')];
  const organisations = (label: string, variables: Record<string, unknown>): ReadCase => ({
    label: `(d) overview, ${label}`,
    body: body(SECTOR_ORGANISATIONS, { first: SCREEN_PAGE, ...variables }),
    check: (data) => (data.organisations.nodes.length > 0 ? null : 'no organisations found'),
  });
  const register = (label: string, variables: Record<string, unknown>): ReadCase => ({
    label: `(d) register, ${label}`,
    body: body(SECTOR_REGISTER, { first: SCREEN_PAGE, ...variables }),
    check: (data) => (data.register.nodes.length > 0 ? null : 'no entries found'),
  });
  return [
    organisations('first page', {}),
    organisations(`page ${deepOrganisation.page} (keyset)`, { after: deepOrganisation.cursor }),
    organisations('phase filter', { filter: { phase: 'SELF_EVALUATION' } }),
    organisations('overdue filter', { filter: { overdue: true } }),
    organisations(`expiring filter (${EXPIRING_HORIZON_DAYS} days)`, { filter: { expiringWithinDays: EXPIRING_HORIZON_DAYS } }),
    organisations('institution filter', { filter: { certifyingInstitutionId: seeded.certifyingInstitutionId } }),
    organisations(`search "${BROAD_TERM}"`, { filter: { search: BROAD_TERM } }),
    organisations(`search "${NARROW_TERM}"`, { filter: { search: NARROW_TERM } }),
    {
      label: '(d) overview figures (sectorOverview)',
      body: body(SECTOR_INSIGHTS, {}),
      check: (data) => (data.sectorOverview.normFindings.length > 0 ? null : 'no norm findings'),
    },
    register('first page', {}),
    register(`page ${deepEntry.page} (keyset)`, { after: deepEntry.cursor }),
    register('search "zwolle"', { search: 'zwolle' }),
    register(`search "${NARROW_TERM}"`, { search: NARROW_TERM }),
  ];
}

/**
 * The cursor a reader holds after paging to the middle of a list, got from the api itself in pages of the
 * largest size (so ten requests, not a hundred); and the number of the page it opens at the screen's size.
 */
async function middleCursor(endpoint: HttpEndpoint, field: 'organisations' | 'register'): Promise<{ cursor: string; page: number }> {
  const query = `query($first: Int!, $after: String) { ${field}(first: $first, after: $after) { totalCount pageInfo { endCursor } } }`;
  let after: string | null = null;
  let passed = 0;
  for (let total = Infinity; passed + MAX_PAGE_SIZE <= total / 2; passed += MAX_PAGE_SIZE) {
    const res = await endpoint.post(body(query, { first: MAX_PAGE_SIZE, after }));
    const page = (JSON.parse(res.body) as { data?: Record<string, { totalCount: number; pageInfo: { endCursor: string | null } }> }).data?.[field];
    if (!page?.pageInfo.endCursor) throw new Error(`Paging through ${field} failed (HTTP ${res.status}): ${res.body.slice(0, 300)}`);
    [after, total] = [page.pageInfo.endCursor, page.totalCount];
  }
  if (!after) throw new Error(`${field} has fewer than ${2 * MAX_PAGE_SIZE} rows: nothing to page through`);
  return { cursor: after, page: passed / SCREEN_PAGE + 1 };
}

/** (e) The sector body's frameworks page: every version with its categories and norms, one of them 2,000 norms. */
export function frameworkVersionsCase(seeded: Seeded): ReadCase {
  return {
    label: `(e) frameworkVersions (one of ${seeded.largeFramework.norms} norms)`,
    body: body(SECTOR_FRAMEWORK_VERSIONS, {}),
    check: (data) => {
      const large = data.frameworkVersions.find((v: any) => v.id === seeded.largeFramework.id);
      const norms = large?.categories.reduce((n: number, c: any) => n + c.norms.length, 0);
      return norms === seeded.largeFramework.norms ? null : `the large version came back with ${norms ?? 'no'} norms`;
    },
  };
}
