import { graphql } from '../../gql';
import type { CycleTimelineFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n-context';

export const CycleTimelineFragmentDoc = graphql(`
  fragment CycleTimeline on Cycle {
    id
    timeline {
      stage
      status
    }
  }
`);

/**
 * The stages as an ordered list; the current one carries aria-current="step". Each step also says its
 * status in words (visually hidden), because colour and the tick alone say nothing to a screen reader.
 */
export function CycleTimeline({ cycle }: { cycle: CycleTimelineFragment }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t.cycle.timeline}</h2>
      <ol className="timeline" data-testid="timeline">
        {cycle.timeline.map((step) => (
          <li
            key={step.stage}
            className={`timeline__step timeline__step--${step.status.toLowerCase()}`}
            aria-current={step.status === 'CURRENT' ? 'step' : undefined}
            data-stage={step.stage}
          >
            <span className="timeline__marker" aria-hidden="true" />
            <span className="timeline__label">{t.stage[step.stage]}</span>
            <span className="visually-hidden">, {t.stepStatus[step.status]}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
