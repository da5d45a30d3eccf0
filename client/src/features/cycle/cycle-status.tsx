import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { graphql } from '../../gql';
import type { CycleStatusFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useOrgTexts, type NextStepKey } from '../organisation/organisation-texts';

export const CycleStatusFragmentDoc = graphql(`
  fragment CycleStatus on Cycle {
    id
    phase
    step
    phaseChangedAt
    waitingOn
    dueAt
    overdue
    decision
    decisionReason
  }
`);

/** Where the organisation goes for what is asked of it now. */
function nextStep(cycle: CycleStatusFragment): { href: string; key: NextStepKey } | null {
  if (cycle.waitingOn !== 'ORGANISATION' && cycle.phase !== 'CERTIFIED') return null;
  switch (cycle.phase) {
    case 'SELF_EVALUATION':
      return { href: '/self-evaluation', key: 'selfEvaluation' };
    case 'INTERNAL_AUDIT':
      return { href: '/internal-audits', key: 'internalAudit' };
    case 'EXTERNAL_AUDIT':
      if (cycle.step === 'AWAITING_ENGAGEMENT') return { href: '/external-audit', key: 'engage' };
      if (cycle.step === 'DATES_PROPOSED') return { href: '/external-audit', key: 'confirmDate' };
      if (cycle.step === 'AWAITING_REPLY') return { href: '/external-audit', key: 'reply' };
      return null;
    case 'IMPROVEMENT_PLAN':
      return { href: '/improvement-plan', key: 'plan' };
    case 'CERTIFIED':
      return { href: '/improvement-plan', key: 'track' };
    default:
      return null;
  }
}

/** The cycle in a few facts: phase and step, who is to act and until when, and the way to act. */
export function CycleStatus({ cycle }: { cycle: CycleStatusFragment }) {
  const { t } = useTranslation();
  const { o, locale } = useOrgTexts();
  const next = nextStep(cycle);
  const party = t(`party.${cycle.waitingOn}`);
  const waiting =
    cycle.waitingOn === 'NOBODY'
      ? o('status.nobody')
      : cycle.dueAt
        ? o('status.waitingUntil', { party, date: formatDateTime(cycle.dueAt, locale) })
        : o('status.waiting', { party });
  return (
    <section className="card" aria-labelledby="status-title" data-testid="cycle-status">
      <h2 id="status-title">{o('status.title')}</h2>
      <dl className="facts">
        <dt>{t('cycle.phase')}</dt>
        <dd>
          <strong data-testid="phase" data-phase={cycle.phase}>
            {t(`phase.${cycle.phase}`)}
          </strong>{' '}
          <span className="muted">({t('cycle.since', { date: formatDateTime(cycle.phaseChangedAt, locale) })})</span>
        </dd>
        {cycle.step && (
          <>
            <dt>{o('status.step')}</dt>
            <dd data-testid="step" data-step={cycle.step}>
              {o(`step.${cycle.step}`)}
            </dd>
          </>
        )}
        <dt>{o('status.waitingOn')}</dt>
        <dd data-testid="waiting-on" data-party={cycle.waitingOn}>
          {waiting}
          {cycle.overdue && (
            <>
              {' '}
              <strong className="overdue" data-testid="overdue">
                {o('status.overdue')}
              </strong>
            </>
          )}
        </dd>
        {cycle.decision && (
          <>
            <dt>{o('status.decision')}</dt>
            <dd data-testid="decision">
              {o(`decision.${cycle.decision}`)}
              {cycle.decisionReason && <span className="muted"> · {cycle.decisionReason}</span>}
            </dd>
          </>
        )}
      </dl>
      {next && (
        <p className="next-step">
          <Link href={next.href} data-testid="next-step">
            {o(`next.${next.key}`)}
          </Link>
        </p>
      )}
    </section>
  );
}
