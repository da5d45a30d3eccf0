import { useTranslation } from 'react-i18next';
import { NextStepText } from '../../../components/ui/next-step-text';
import type { SectorDecisionCycleQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';

/** The facts of one cycle, as the decision and the cycle's dossier both show them. */
export function DossierFacts({ cycle }: { cycle: SectorDecisionCycleQuery['cycle'] }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  return (
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
  );
}
