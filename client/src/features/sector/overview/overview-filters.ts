import { useSearchParams } from 'wouter';
import type { CyclePhase, CycleVariant, OrganisationFilter } from '../../../gql/graphql';
import { VARIANTS } from '../../../lib/variants';

export const PHASES: readonly CyclePhase[] = [
  'PREPARATION',
  'SELF_EVALUATION',
  'INTERNAL_AUDIT',
  'PEER_ASSESSMENT',
  'EXTERNAL_AUDIT',
  'IMPROVEMENT_PLAN',
  'DECISION',
  'CERTIFIED',
  'REGISTERED',
  'REFUSED',
  'EXPIRED',
  'WITHDRAWN',
  'RENEWED',
];

/** "Expiring soon" on the dashboard means within 90 days, the same horizon the server's figures use. */
export const EXPIRING_DAYS = 90;

export const SORT_KEYS = ['name', 'phase', 'deadline'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** The sort as the address bar keeps it (`sort=phase`, `sort=-deadline`), beside the filters. */
export function readSort(params: URLSearchParams): Sort {
  const raw = params.get('sort') ?? 'name';
  const descending = raw.startsWith('-');
  const key = raw.replace(/^-/, '');
  return (SORT_KEYS as readonly string[]).includes(key) ? { key: key as SortKey, descending } : { key: 'name', descending: false };
}

export function sortParam(sort: Sort): string | null {
  if (sort.key === 'name' && !sort.descending) return null;
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

/** The overview's filters as the address bar holds them, so a filtered view can be shared or bookmarked. */
export interface OverviewFilters {
  phase: CyclePhase | null;
  variant: CycleVariant | null;
  overdue: boolean;
  expiring: boolean;
  institutionId: string | null;
  search: string;
  /** The table's order; kept in the address with the filters, so a shared link shows the same list. */
  sort: Sort;
}

const isPhase = (value: string | null): value is CyclePhase => value !== null && (PHASES as readonly string[]).includes(value);
const isVariant = (value: string | null): value is CycleVariant => value !== null && (VARIANTS as readonly string[]).includes(value);

export function readFilters(params: URLSearchParams): OverviewFilters {
  const phase = params.get('phase');
  const variant = params.get('variant');
  return {
    phase: isPhase(phase) ? phase : null,
    variant: isVariant(variant) ? variant : null,
    overdue: params.get('overdue') === '1',
    expiring: params.get('expiring') === '1',
    institutionId: params.get('ci') || null,
    search: params.get('q') ?? '',
    sort: readSort(params),
  };
}

export function toSearchParams(filters: OverviewFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.phase) params.set('phase', filters.phase);
  if (filters.variant) params.set('variant', filters.variant);
  if (filters.overdue) params.set('overdue', '1');
  if (filters.expiring) params.set('expiring', '1');
  if (filters.institutionId) params.set('ci', filters.institutionId);
  if (filters.search.trim()) params.set('q', filters.search.trim());
  const sort = sortParam(filters.sort);
  if (sort) params.set('sort', sort);
  return params;
}

/** The same filters as the API's OrganisationFilter; null when nothing filters. */
export function toApiFilter(filters: OverviewFilters): OrganisationFilter | null {
  const filter: OrganisationFilter = {
    ...(filters.phase ? { phase: filters.phase } : {}),
    ...(filters.variant ? { variant: filters.variant } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.expiring ? { expiringWithinDays: EXPIRING_DAYS } : {}),
    ...(filters.institutionId ? { certifyingInstitutionId: filters.institutionId } : {}),
    // The API accepts at most 100 characters; a longer name still narrows the list.
    ...(filters.search.trim() ? { search: filters.search.trim().slice(0, 100) } : {}),
  };
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The filters in the address bar and a way to change some of them (replace: no history entry per key typed). */
export function useOverviewFilters(): [OverviewFilters, (change: Partial<OverviewFilters>, replace?: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const update = (change: Partial<OverviewFilters>, replace = false) =>
    setParams(toSearchParams({ ...readFilters(new URLSearchParams(window.location.search)), ...change }), { replace });
  return [filters, update];
}
