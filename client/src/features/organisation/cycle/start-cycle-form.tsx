import type { Reference } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { graphql } from '../../../gql';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useRefusalText } from '../../../components/ui/refusal';
import { IllustrativeBanner } from './illustrative-banner';
import { parseFte, splitUnits } from './start-cycle-input';
import { VARIANTS } from '../../../lib/variants';

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

// In the order of the form, with the control each summary link moves focus to.
const FIELDS = {
  variant: `start-variant-${VARIANTS[0]}`,
  scopeUnits: 'start-units',
  fte: 'start-fte',
  frameworkVersionId: 'start-framework',
};

interface StartCycleFormProps {
  organisationId: string;
  defaultFte: number;
}

export function StartCycleForm({ organisationId, defaultFte }: StartCycleFormProps) {
  const { t } = useTranslation();
  const text = useRefusalText();
  const client = useApolloClient();
  const versions = useQuery(FrameworkVersionsQuery);
  const startCycle = useCommand(StartCycleMutation);
  // Only the form of the number is checked here; the rest is the server's to judge.
  const schema = useMemo(
    () =>
      z.object({
        variant: z.enum(VARIANTS),
        wholeOrganisation: z.boolean(),
        units: z.string(),
        fte: z.string().refine((value) => parseFte(value) !== null, t('start.fteInvalid')),
        frameworkVersionId: z.string(),
      }),
    [t],
  );
  type StartValues = z.infer<typeof schema>;
  const form = useForm<StartValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      variant: 'EXTERNAL_AUDIT',
      wholeOrganisation: true,
      units: '',
      fte: new Intl.NumberFormat(t('locale'), { useGrouping: false }).format(defaultFte),
      frameworkVersionId: '',
    },
  });
  const errors = useFormErrors({ form, refusal: startCycle.refusal, prefix: 'start', fields: FIELDS, text });

  const published = (versions.data?.frameworkVersions ?? []).filter((v) => v.status === 'PUBLISHED');
  const versionId = form.watch('frameworkVersionId') || published[0]?.id || '';
  const wholeOrganisation = form.watch('wholeOrganisation');
  const chosen = published.find((v) => v.id === versionId);

  const onSubmit = form.handleSubmit(async (values) => {
    const data = await startCycle.run({
      input: {
        variant: values.variant,
        wholeOrganisation: values.wholeOrganisation,
        scopeUnits: values.wholeOrganisation ? [] : splitUnits(values.units),
        fte: parseFte(values.fte)!,
        frameworkVersionId: versionId,
      },
    });
    const cycle = data?.startCycle;
    if (!cycle) return;
    // The new cycle becomes the organisation's current one; the page re-renders from the cache.
    client.cache.modify({
      id: client.cache.identify({ __typename: 'Organisation', id: organisationId }),
      fields: {
        currentCycle: (_existing: Reference | null, { toReference }) => toReference({ __typename: 'Cycle', id: cycle.id }) ?? null,
      },
    });
  }, startCycle.reset);

  return (
    <section className="card" aria-labelledby="start-title">
      <h2 id="start-title">{t('start.title')}</h2>
      <p className="muted">{t('start.intro')}</p>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {errors.summary}
        <fieldset className="choice" {...errors.describes('variant')}>
          <legend>{t('start.variant')}</legend>
          {VARIANTS.map((v) => (
            <label key={v} className="choice__option">
              <input type="radio" id={`start-variant-${v}`} value={v} {...form.register('variant')} />
              <span>{t(`variant.${v}`)}</span>
            </label>
          ))}
          {errors.at('variant')}
        </fieldset>

        <fieldset className="choice">
          <legend>{t('start.scope')}</legend>
          <label className="choice__option">
            <input type="checkbox" {...form.register('wholeOrganisation')} />
            <span>{t('start.wholeOrganisation')}</span>
          </label>
          {!wholeOrganisation && (
            <div className="field">
              <label htmlFor="start-units">{t('start.units')}</label>
              <p id="start-units-hint" className="field__hint">
                {t('start.unitsHint')}
              </p>
              <input id="start-units" type="text" {...form.register('units')} {...errors.invalid('scopeUnits', 'start-units-hint')} />
            </div>
          )}
          {errors.at('scopeUnits')}
        </fieldset>

        <div className="field field--short">
          <label htmlFor="start-fte">{t('start.fte')}</label>
          <input id="start-fte" type="text" inputMode="decimal" {...form.register('fte')} {...errors.invalid('fte')} />
          {errors.at('fte')}
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
            <select id="start-framework" value={versionId} {...form.register('frameworkVersionId')} {...errors.invalid('frameworkVersionId')}>
              {published.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name} ({v.version})
                </option>
              ))}
            </select>
          )}
          {errors.at('frameworkVersionId')}
        </div>
        {chosen?.illustrative && <IllustrativeBanner />}

        <div className="actions">
          <Button type="submit" busy={startCycle.pending} busyLabel={t('start.busy')} disabled={!chosen}>
            {t('start.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
