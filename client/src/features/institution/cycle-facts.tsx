import { Deadline } from '../../components/ui/deadline';
import type { InstitutionCycleHeaderFragment } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../lib/format';
import { NextStepText } from '../../components/ui/next-step-text';
import { useInstitutionTexts } from './institution-texts';
import type { Part } from './rights';

interface CycleFactsProps {
  cycle: InstitutionCycleHeaderFragment;
  part: Part;
  /** Whether the facts that do not change from tab to tab (people, size, variant, framework) show unfolded. */
  unfolded: boolean;
}

/**
 * Where the cycle stands, for everyone of the institution: step, who acts, until when and the audit day
 * always; the people, size, variant and framework unfolded on the tab of the cycle's current step and folded
 * on the others, so every tab does not open with the same long block.
 */
export function CycleFacts({ cycle, part, unfolded }: CycleFactsProps) {
  const { i, t, locale } = useInstitutionTexts();
  return (
    <section className="card" aria-labelledby="facts-title" data-testid="cycle-facts">
      <h2 id="facts-title" className="visually-hidden">
        {i('workspace.facts')}
      </h2>
      {cycle.frameworkVersion.illustrative && <p className="banner banner--warning inst-banner">{t('illustrative')}</p>}
      <dl className="facts">
        <dt>{i('workspace.phase')}</dt>
        <dd data-testid="cycle-phase" data-phase={cycle.phase} data-step={cycle.step ?? ''}>
          {t(`phase.${cycle.phase}`)}
          {cycle.step && <span className="inst-step">{i(`step.${cycle.step}`)}</span>}
        </dd>
        <dt>{i('workspace.waitingOn')}</dt>
        <dd data-testid="cycle-waiting-on" data-actor={cycle.nextStep.actor}>
          <NextStepText step={cycle.nextStep} />
        </dd>
        {cycle.dueAt && (
          <>
            <dt>{i('workspace.due')}</dt>
            <dd>
              <Deadline due={cycle.dueAt} overdue={cycle.overdue} />
            </dd>
          </>
        )}
        <dt>{i('workspace.auditDate')}</dt>
        <dd data-testid="cycle-audit-date">
          {cycle.confirmedAuditDate ? (
            <strong>{formatDate(cycle.confirmedAuditDate, locale)}</strong>
          ) : cycle.proposedAuditDates.length > 0 ? (
            i('inbox.proposed', { dates: cycle.proposedAuditDates.map((d) => formatDate(d, locale)).join(', ') })
          ) : (
            i('inbox.notPlanned')
          )}
        </dd>
      </dl>
      <details className="inst-more-facts" open={unfolded} data-testid="more-facts">
        <summary>{i('workspace.moreFacts')}</summary>
        <dl className="facts">
          <dt>{i('workspace.auditors')}</dt>
          <dd data-testid="cycle-auditors">
            {cycle.leadAuditor && cycle.coAuditor
              ? i('workspace.leadAndCo', { lead: cycle.leadAuditor.name, co: cycle.coAuditor.name })
              : i('inbox.notAssigned')}
          </dd>
          {cycle.auditDays != null && (
            <>
              <dt>{i('workspace.auditDays')}</dt>
              <dd>{i('engagement.days', { count: cycle.auditDays, days: formatNumber(cycle.auditDays, locale) })}</dd>
            </>
          )}
          <dt>{i('workspace.size')}</dt>
          <dd>{i('workspace.fte', { n: formatNumber(cycle.fte, locale) })}</dd>
          <dt>{i('workspace.variant')}</dt>
          <dd>{t(`variant.${cycle.variant}`)}</dd>
          <dt>{i('workspace.framework')}</dt>
          <dd>
            {cycle.frameworkVersion.name} ({cycle.frameworkVersion.version})
          </dd>
          <dt>{i('workspace.yourPart')}</dt>
          <dd data-testid="your-part">{i(`workspace.part.${part}`)}</dd>
        </dl>
      </details>
    </section>
  );
}
