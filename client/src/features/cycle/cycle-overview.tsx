import { graphql } from '../../gql';
import type { CycleOverviewFragment, Role } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useTranslation } from 'react-i18next';
import { CycleTimeline } from './cycle-timeline';
import { IllustrativeBanner } from './illustrative-banner';
import { PreparationSummary } from './preparation-summary';
import { SelfEvaluationForm } from './self-evaluation-form';

export const CycleOverviewFragmentDoc = graphql(`
  fragment CycleOverview on Cycle {
    id
    phase
    phaseChangedAt
    frameworkVersion {
      id
      illustrative
    }
    ...CycleTimeline
    ...PreparationSummary
    ...SelfEvaluation
  }
`);

// Who may do what in this slice; the server checks the same and refuses otherwise.
const MANAGERS: readonly Role[] = ['ORG_QUALITY_OFFICER'];
const RESPONDENTS: readonly Role[] = ['ORG_QUALITY_OFFICER', 'ORG_INTERNAL_AUDITOR'];

export function CycleOverview({ cycle, role }: { cycle: CycleOverviewFragment; role: Role }) {
  const { t } = useTranslation();
  const canManage = MANAGERS.includes(role);
  return (
    <div className="stack">
      {cycle.frameworkVersion.illustrative && <IllustrativeBanner />}
      <p className="phase">
        {t('cycle.phase')}:{' '}
        <strong data-testid="phase" data-phase={cycle.phase}>
          {t(`phase.${cycle.phase}`)}
        </strong>{' '}
        <span className="muted">({t('cycle.since', { date: formatDateTime(cycle.phaseChangedAt, t('locale')) })})</span>
      </p>
      <CycleTimeline cycle={cycle} />
      {cycle.phase === 'PREPARATION' ? (
        <PreparationSummary cycle={cycle} canComplete={canManage} />
      ) : (
        <SelfEvaluationForm cycle={cycle} canAnswer={RESPONDENTS.includes(role)} canSubmit={canManage} />
      )}
    </div>
  );
}
