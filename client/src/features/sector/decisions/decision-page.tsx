import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NextStepText } from '../../../components/ui/next-step-text';
import { PendingQuery } from '../../../components/ui/pending-query';
import type { CertificationDecision } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { permissionFor } from '../../../lib/viewer-can';
import { formatDay } from '../sector-format';
import { SectorPage } from '../sector-page';
import { FindingsSection, PlanSection, ReportsSection } from './cycle-dossier';
import { DecisionCycleQuery } from './decision-cycle-query';
import { DecisionForm } from './decision-form';

/** One cycle in the decisions queue: the dossier, then the decision. */
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
      <section className="card" aria-labelledby="dossier-facts">
        <h2 id="dossier-facts">{t('dossier.factsTitle')}</h2>
        <dl className="facts">
          <dt>{t('dossier.organisation')}</dt>
          <dd>
            {cycle.organisation.name}, {cycle.organisation.place}
          </dd>
          <dt>{t('dossier.phase')}</dt>
          <dd data-testid="decision-phase">
            {common(`phase.${cycle.phase}`)}
            {cycle.step ? ` · ${t(`step.${cycle.step}`)}` : ''}
          </dd>
          <dt>{t('dossier.variant')}</dt>
          <dd>{common(`variant.${cycle.variant}`)}</dd>
          <dt>{t('dossier.scope')}</dt>
          <dd>{cycle.wholeOrganisation ? t('dossier.wholeOrganisation') : cycle.scopeUnits.join(', ')}</dd>
          <dt>{t('dossier.framework')}</dt>
          <dd>
            {cycle.frameworkVersion.name} {cycle.frameworkVersion.version}
          </dd>
          <dt>{t('dossier.institution')}</dt>
          <dd>{cycle.certifyingInstitution?.name ?? t('overview.none')}</dd>
          <dt>{t('dossier.auditors')}</dt>
          <dd>{[cycle.leadAuditor?.name, cycle.coAuditor?.name].filter(Boolean).join(', ') || t('overview.none')}</dd>
          <dt>{t('dossier.since')}</dt>
          <dd>{formatDateTime(cycle.phaseChangedAt, locale)}</dd>
          <dt>{t('overview.waitingOn')}</dt>
          <dd data-testid="decision-next-step" data-actor={cycle.nextStep.actor}>
            <NextStepText step={cycle.nextStep} />
          </dd>
        </dl>
      </section>

      <ReportsSection cycle={cycle} />
      <FindingsSection cycle={cycle} />
      <PlanSection cycle={cycle} />

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
    </SectorPage>
  );
}
