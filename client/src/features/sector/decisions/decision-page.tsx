import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DossierDownload } from '../../../components/ui/dossier-download';
import { PendingQuery } from '../../../components/ui/pending-query';
import type { CertificationDecision } from '../../../gql/graphql';

import { permissionFor } from '../../../lib/viewer-can';
import { formatDay } from '../sector-format';
import { SectorPage } from '../sector-page';
import { FindingsSection, PlanSection, ReportsSection } from './cycle-dossier';
import { DecisionCycleQuery } from './decision-cycle-query';
import { DecisionForm } from './decision-form';
import { DecisionSummary } from './decision-summary';
import { DossierFacts } from './dossier-facts';

/** One cycle in the decisions queue: the summary and the decision at the top, the dossier below. */
export function DecisionPage({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  const { data, loading, error, refetch } = useQuery(DecisionCycleQuery, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  // Kept here, not in the form: once decided the form goes, and the outcome must stay on screen.
  const [decided, setDecided] = useState<CertificationDecision | null>(null);
  const cycle = data?.cycle;

  if (!cycle) {
    return (
      <SectorPage title={t('decide.title')}>
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      </SectorPage>
    );
  }

  const certificate = cycle.organisation.certificate;
  // The form is offered when the server would take this viewer's decision now; otherwise its reason is told.
  const decide = permissionFor(cycle, 'decideCertification');
  return (
    <SectorPage title={t('decide.titleFor', { name: cycle.organisation.name })}>
      <p>
        <Link href="/decisions">{t('decide.back')}</Link>
      </p>
      {cycle.frameworkVersion.illustrative && <p className="banner banner--warning">{common('illustrative')}</p>}
      {/* The summary and the decision first: the committee reads the verdict, decides, and reads on where it needs to. */}
      {cycle.decisionSummary && <DecisionSummary summary={cycle.decisionSummary} />}

      <section className="card" aria-labelledby="decide-title">
        <h2 id="decide-title">{t('decide.formTitle')}</h2>
        <div role="status" data-testid="decision-outcome">
          {decided && (
            <p className="banner banner--success">
              {t(`decide.done.${decided}`)}
              {decided === 'AWARD' && certificate ? ` ${t('decide.certificateIssued', { number: certificate.number, date: formatDay(certificate.validUntil, locale) })}` : ''}
            </p>
          )}
        </div>
        {cycle.decision && cycle.decisionReason && (
          <p data-testid="recorded-decision">
            {t('decide.recorded', { decision: t(`decision.${cycle.decision}`) })} <q>{cycle.decisionReason}</q>
          </p>
        )}
        {decide?.allowed ? (
          <DecisionForm cycleId={cycle.id} onDecided={setDecided} />
        ) : decide?.code === 'NOT_ALLOWED' ? (
          <p className="muted" data-testid="decision-not-offered" data-code={decide.code}>
            {t('decide.onlyDecider')}
          </p>
        ) : (
          !decided && (
            <p className="muted" data-testid="decision-not-offered" data-code={decide?.code ?? ''}>
              {t('decide.notOpen', { phase: common(`phase.${cycle.phase}`) })}
            </p>
          )
        )}
      </section>

      <DossierFacts cycle={cycle} />
      <DossierDownload cycleId={cycle.id} />
      <ReportsSection cycle={cycle} />
      <FindingsSection cycle={cycle} />
      <PlanSection cycle={cycle} />
    </SectorPage>
  );
}
