import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { graphql } from '../../../gql';
import { useDebounced } from '../../../lib/use-debounced';
import { VARIANTS } from '../../../lib/variants';
import { PHASES, type OverviewFilters } from './overview-filters';

const InstitutionChoicesQuery = graphql(`
  query SectorInstitutionChoices {
    certifyingInstitutions {
      id
      name
      admitted
    }
  }
`);

interface OverviewFilterFormProps {
  filters: OverviewFilters;
  onChange(change: Partial<OverviewFilters>, replace?: boolean): void;
}

/** Each filter applies as it is set; the list below updates and its caption says how many match. */
export function OverviewFilterForm({ filters, onChange }: OverviewFilterFormProps) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const institutions = useQuery(InstitutionChoicesQuery);
  const [search, setSearch] = useState(filters.search);
  const settled = useDebounced(search, 300);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  // A pause in typing writes the address (replacing the entry, not one history entry per key) ...
  useEffect(() => {
    if (settled.trim() !== filters.search.trim()) onChangeRef.current({ search: settled }, true);
  }, [settled]);
  // ... and an address changed from outside (back button, a shared link) fills the field.
  useEffect(() => {
    if (filters.search.trim() !== settled.trim()) setSearch(filters.search);
  }, [filters.search]);

  const anyFilter = filters.phase || filters.variant || filters.overdue || filters.expiring || filters.institutionId || filters.search;

  return (
    <form className="card sector-filters" role="search" aria-label={t('overview.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="filter-search">{t('overview.search')}</label>
        <input id="filter-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="filter-phase">{t('overview.phase')}</label>
        <select id="filter-phase" value={filters.phase ?? ''} onChange={(e) => onChange({ phase: (e.target.value || null) as OverviewFilters['phase'] })}>
          <option value="">{t('overview.allPhases')}</option>
          {PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {common(`phase.${phase}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-variant">{t('overview.variant')}</label>
        <select id="filter-variant" value={filters.variant ?? ''} onChange={(e) => onChange({ variant: (e.target.value || null) as OverviewFilters['variant'] })}>
          <option value="">{t('overview.allVariants')}</option>
          {VARIANTS.map((variant) => (
            <option key={variant} value={variant}>
              {common(`variant.${variant}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-institution">{t('overview.institution')}</label>
        <select id="filter-institution" value={filters.institutionId ?? ''} onChange={(e) => onChange({ institutionId: e.target.value || null })}>
          <option value="">{t('overview.allInstitutions')}</option>
          {(institutions.data?.certifyingInstitutions ?? []).map((ci) => (
            <option key={ci.id} value={ci.id}>
              {ci.admitted ? ci.name : t('overview.notAdmittedOption', { name: ci.name })}
            </option>
          ))}
        </select>
      </div>
      <div className="sector-filters__checks">
        <label className="choice__option">
          <input type="checkbox" name="overdue" checked={filters.overdue} onChange={(e) => onChange({ overdue: e.target.checked })} />
          <span>{t('overview.onlyOverdue')}</span>
        </label>
        <label className="choice__option">
          <input type="checkbox" name="expiring" checked={filters.expiring} onChange={(e) => onChange({ expiring: e.target.checked })} />
          <span>{t('overview.onlyExpiring')}</span>
        </label>
        {anyFilter && (
          <Button
            variant="secondary"
            onClick={() => {
              setSearch('');
              onChange({ phase: null, variant: null, overdue: false, expiring: false, institutionId: null, search: '' });
            }}
          >
            {t('overview.clear')}
          </Button>
        )}
      </div>
    </form>
  );
}
