import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { PreparationSummaryFragment } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { formatNumber } from '../../../lib/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceInput, NO_CHOICE, VariantGuideChoice, type GuideChoice } from './variant-guide-choice';

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
      ...PreparationGuide
    }
  }
`);

const CompletePreparationMutation = graphql(`
  mutation CompletePreparation($input: CompletePreparationInput!) {
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
  const [choice, setChoice] = useState<GuideChoice>(NO_CHOICE);
  const [finished, setFinished] = useState(false);
  const guide = cycle.frameworkVersion.variantGuide;
  // The sector body's own tree is answered to the end; its placeholder may be skipped, but not left halfway.
  const guideOptional = !guide || (guide.placeholder && choice.answers.length === 0);
  const ready = guideOptional || finished;

  async function onComplete() {
    await complete.run({ input: { cycleId: cycle.id, choice: choiceInput(choice, finished) } });
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
      {canComplete && guide && <VariantGuideChoice version={cycle.frameworkVersion} choice={choice} onChange={setChoice} onFinished={setFinished} />}
      {canComplete ? (
        <div className="actions">
          {!ready && <p className="muted">{t('guide.unfinished')}</p>}
          <Button onClick={onComplete} busy={loading} busyLabel={t('preparation.busy')} disabled={!ready}>
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
