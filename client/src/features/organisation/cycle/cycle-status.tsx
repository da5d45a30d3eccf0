import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { graphql } from '../../../gql';
import type { CycleStatusFragment, CycleTask } from '../../../gql/graphql';
import { NextStepText } from '../../../components/ui/next-step-text';
import { formatDateTime } from '../../../lib/format';
import { useOrgTexts, type NextStepKey } from '../organisation-texts';

export const CycleStatusFragmentDoc = graphql(`
  fragment CycleStatus on Cycle {
    id
    phase
    step
    phaseChangedAt
    ...CycleNextStep
    decision
    decisionReason
  }
`);

/** Where the organisation goes for the task the server says is its own now. */
const WHERE: Partial<Record<CycleTask, { href: string; key: NextStepKey }>> = {
  SELF_EVALUATE: { href: '/self-evaluation', key: 'selfEvaluation' },
  INTERNAL_AUDIT: { href: '/internal-audits', key: 'internalAudit' },
  ENGAGE_INSTITUTION: { href: '/external-audit', key: 'engage' },
  CONFIRM_DATE: { href: '/external-audit', key: 'confirmDate' },
  REPLY_TO_DRAFT: { href: '/external-audit', key: 'reply' },
  DRAFT_PLAN: { href: '/improvement-plan', key: 'plan' },
  TRACK_ACTIONS: { href: '/improvement-plan', key: 'track' },
  // The peer path: the sign-up, the group, the visits and the learning reports are on the peer review screen.
  JOIN_PEER_GROUP: { href: '/peer-review', key: 'peerReview' },
  PLAN_PEER_VISITS: { href: '/peer-review', key: 'peerReview' },
  PEER_VISITS: { href: '/peer-review', key: 'peerReview' },
};

/** The cycle in a few facts: phase and step, who is to act and until when, and the way to act. */
export function CycleStatus({ cycle }: { cycle: CycleStatusFragment }) {
  const { t } = useTranslation();
  const { o, locale } = useOrgTexts();
  const step = cycle.nextStep;
  const next = step.actor === 'YOU' ? WHERE[step.task] : undefined;
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
        <dd data-testid="waiting-on" data-party={step.party} data-actor={step.actor}>
          <NextStepText step={step} />
          {step.overdue && (
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
