import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { ErrorAlert } from '../../components/ui/error-alert';
import { graphql } from '../../gql';
import type { PreparationSummaryFragment } from '../../gql/graphql';
import { toUserError, type UserError } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { useTranslation } from 'react-i18next';
import { useActionId } from '../../lib/use-action-id';

export const PreparationSummaryFragmentDoc = graphql(`
  fragment PreparationSummary on Cycle {
    id
    variant
    wholeOrganisation
    scopeUnits
    fte
    frameworkVersion {
      id
      name
      version
    }
  }
`);

const CompletePreparationMutation = graphql(`
  mutation CompletePreparation($input: CycleCommandInput!) {
    completePreparation(input: $input) {
      ...CycleOverview
    }
  }
`);

interface PreparationSummaryProps {
  cycle: PreparationSummaryFragment;
  canComplete: boolean;
}

export function PreparationSummary({ cycle, canComplete }: PreparationSummaryProps) {
  const { t } = useTranslation();
  const action = useActionId();
  const [error, setError] = useState<UserError | null>(null);
  // The result carries the whole overview, so the cache switches the page to the self-evaluation.
  const [complete, { loading }] = useMutation(CompletePreparationMutation);

  async function onComplete() {
    setError(null);
    try {
      await complete({ variables: { input: { cycleId: cycle.id, clientMutationId: action.current() } } });
      action.settle();
    } catch (caught) {
      action.settle(caught);
      setError(toUserError(caught));
    }
  }

  const scope = cycle.wholeOrganisation ? t('preparation.wholeOrganisation') : cycle.scopeUnits.join(', ');
  return (
    <section className="card" aria-labelledby="preparation-title" data-testid="preparation">
      <h2 id="preparation-title">{t('preparation.title')}</h2>
      <dl className="facts">
        <dt>{t('preparation.variant')}</dt>
        <dd data-testid="preparation-variant">{t(`variant.${cycle.variant}`)}</dd>
        <dt>{t('preparation.scope')}</dt>
        <dd data-testid="preparation-scope">{scope}</dd>
        <dt>{t('preparation.fte')}</dt>
        <dd data-testid="preparation-fte">{formatNumber(cycle.fte, t('locale'))}</dd>
        <dt>{t('preparation.framework')}</dt>
        <dd data-testid="preparation-framework">
          {cycle.frameworkVersion.name} ({cycle.frameworkVersion.version})
        </dd>
      </dl>
      {canComplete ? (
        <div className="actions">
          <Button onClick={onComplete} busy={loading} busyLabel={t('preparation.busy')}>
            {t('preparation.complete')}
          </Button>
          {error && <ErrorAlert error={error} />}
        </div>
      ) : (
        <p className="muted">{t('preparation.waitingForOfficer')}</p>
      )}
    </section>
  );
}
