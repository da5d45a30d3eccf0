import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { QueryError } from '../../components/ui/query-error';
import { graphql } from '../../gql';
import type { CycleVariant } from '../../gql/graphql';
import { toUserError, type UserError } from '../../lib/errors';
import { useTranslation } from 'react-i18next';
import { IllustrativeBanner } from './illustrative-banner';
import { parseFte, splitUnits } from './start-cycle-input';

const FrameworkVersionsQuery = graphql(`
  query FrameworkVersionChoices {
    frameworkVersions {
      id
      name
      version
      status
      illustrative
    }
  }
`);

const StartCycleMutation = graphql(`
  mutation StartCycle($input: StartCycleInput!) {
    startCycle(input: $input) {
      ...CycleOverview
    }
  }
`);

const VARIANTS: readonly CycleVariant[] = ['EXTERNAL_AUDIT', 'PEER_REVIEW', 'COMBINED'];
type FormField = 'variant' | 'scopeUnits' | 'fte' | 'frameworkVersionId';

interface StartCycleFormProps {
  organisationId: string;
  defaultFte: number;
}

export function StartCycleForm({ organisationId, defaultFte }: StartCycleFormProps) {
  const { t } = useTranslation();
  const versions = useQuery(FrameworkVersionsQuery);
  const [variant, setVariant] = useState<CycleVariant>('EXTERNAL_AUDIT');
  const [wholeOrganisation, setWholeOrganisation] = useState(true);
  const [units, setUnits] = useState('');
  const [fte, setFte] = useState(() => new Intl.NumberFormat(t('locale'), { useGrouping: false }).format(defaultFte));
  const [chosenVersionId, setChosenVersionId] = useState<string | null>(null);
  const [error, setError] = useState<UserError | null>(null);

  const [startCycle, { loading }] = useMutation(StartCycleMutation, {
    // The new cycle becomes the organisation's current one; the page re-renders from the cache.
    update(cache, { data }) {
      const cycle = data?.startCycle;
      if (!cycle) return;
      cache.modify({
        id: cache.identify({ __typename: 'Organisation', id: organisationId }),
        fields: {
          currentCycle: (_existing: Reference | null, { toReference }) =>
            toReference({ __typename: 'Cycle', id: cycle.id }) ?? null,
        },
      });
    },
  });

  const published = (versions.data?.frameworkVersions ?? []).filter((v) => v.status === 'PUBLISHED');
  const versionId = chosenVersionId ?? published[0]?.id ?? '';
  const chosen = published.find((v) => v.id === versionId);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const fteValue = parseFte(fte);
    if (fteValue === null) {
      setError({ code: 'BAD_USER_INPUT', message: t('start.fteInvalid'), field: 'fte', details: {} });
      return;
    }
    try {
      await startCycle({
        variables: {
          input: {
            variant,
            wholeOrganisation,
            scopeUnits: wholeOrganisation ? [] : splitUnits(units),
            fte: fteValue,
            frameworkVersionId: versionId,
          },
        },
      });
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  const fieldError = (field: FormField) =>
    error?.field === field ? <ErrorAlert id={`start-${field}-error`} className="field__error" error={error} /> : null;
  const invalid = (field: FormField) =>
    error?.field === field ? { 'aria-invalid': true, 'aria-describedby': `start-${field}-error` } : {};
  const knownField = (field: string | undefined) =>
    field === 'variant' || field === 'scopeUnits' || field === 'fte' || field === 'frameworkVersionId';

  return (
    <section className="card" aria-labelledby="start-title">
      <h2 id="start-title">{t('start.title')}</h2>
      <p className="muted">{t('start.intro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <fieldset className="choice">
          <legend>{t('start.variant')}</legend>
          {VARIANTS.map((v) => (
            <label key={v} className="choice__option">
              <input type="radio" name="variant" value={v} checked={variant === v} onChange={() => setVariant(v)} />
              <span>{t(`variant.${v}`)}</span>
            </label>
          ))}
          {fieldError('variant')}
        </fieldset>

        <fieldset className="choice">
          <legend>{t('start.scope')}</legend>
          <label className="choice__option">
            <input
              type="checkbox"
              name="wholeOrganisation"
              checked={wholeOrganisation}
              onChange={(e) => setWholeOrganisation(e.target.checked)}
            />
            <span>{t('start.wholeOrganisation')}</span>
          </label>
          {!wholeOrganisation && (
            <div className="field">
              <label htmlFor="start-units">{t('start.units')}</label>
              <p id="start-units-hint" className="field__hint">
                {t('start.unitsHint')}
              </p>
              <input
                id="start-units"
                name="scopeUnits"
                type="text"
                value={units}
                onChange={(e) => setUnits(e.target.value)}
                aria-describedby="start-units-hint"
                {...invalid('scopeUnits')}
              />
            </div>
          )}
          {fieldError('scopeUnits')}
        </fieldset>

        <div className="field field--short">
          <label htmlFor="start-fte">{t('start.fte')}</label>
          <input
            id="start-fte"
            name="fte"
            type="text"
            inputMode="decimal"
            value={fte}
            onChange={(e) => setFte(e.target.value)}
            {...invalid('fte')}
          />
          {fieldError('fte')}
        </div>

        <div className="field">
          {/* The label only exists together with its select; before that, the state says why. */}
          {published.length > 0 && <label htmlFor="start-framework">{t('start.framework')}</label>}
          {versions.loading && !versions.data ? (
            <Loading />
          ) : versions.error && !versions.data ? (
            <QueryError error={versions.error} onRetry={() => void versions.refetch()} />
          ) : published.length === 0 ? (
            <p className="muted">{t('start.noFramework')}</p>
          ) : (
            <select
              id="start-framework"
              name="frameworkVersionId"
              value={versionId}
              onChange={(e) => setChosenVersionId(e.target.value)}
              {...invalid('frameworkVersionId')}
            >
              {published.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name} ({v.version})
                </option>
              ))}
            </select>
          )}
          {fieldError('frameworkVersionId')}
        </div>
        {chosen?.illustrative && <IllustrativeBanner />}

        {error && !knownField(error.field) && <ErrorAlert error={error} />}
        <div className="actions">
          <Button type="submit" busy={loading} busyLabel={t('start.busy')} disabled={!chosen}>
            {t('start.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
