import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { PreparationSummaryFragment } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { formatNumber } from '../../../lib/format';
import { useTranslation } from 'react-i18next';

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
  // The result carries the whole overview, so the cache switches the page to the self-evaluation.
  const complete = useCommand(CompletePreparationMutation);
  const { pending: loading, refusal: error } = complete;

  async function onComplete() {
    await complete.run({ input: { cycleId: cycle.id } });
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
          {error && <Refusal refusal={error} />}
        </div>
      ) : (
        <p className="muted">{t('preparation.waitingForOfficer')}</p>
      )}
    </section>
  );
}
