import { useTranslation } from 'react-i18next';
import { ProgressMeter } from '../../../components/ui/progress-meter';
import { graphql } from '../../../gql';
import type { CycleTimelineFragment } from '../../../gql/graphql';
import { useOrgTexts } from '../organisation-texts';
import './cycle.css';

export const CycleTimelineFragmentDoc = graphql(`
  fragment CycleTimeline on Cycle {
    id
    phase
    step
    timeline {
      stage
      status
      measure {
        key
        value
        max
      }
    }
    # Not read here: the commands that answer with this fragment refresh these lists for the other screens.
    progress {
      done
      total
      percent
    }
    internalAudits {
      id
      status
    }
    improvementPoints {
      ...OrganisationImprovementPoint
    }
    improvementActions {
      id
      status
    }
  }
`);

/**
 * The stages as an ordered list, each with a progress bar; the current one carries aria-current="step".
 * Each stage also says its status in words (visually hidden), because colour and the tick alone say
 * nothing to a screen reader; the bar's text says how far it is.
 */
export function CycleTimeline({ cycle }: { cycle: CycleTimelineFragment }) {
  const { t } = useTranslation();
  const { o } = useOrgTexts();
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('cycle.timeline')}</h2>
      <ol className="phase-list" data-testid="timeline">
        {cycle.timeline.map((step) => {
          // How far the stage is, as the server measures it (the process model's stageMeasure).
          const measure = step.measure;
          return (
            <li
              key={step.stage}
              className={`phase-list__item phase-list__item--${step.status.toLowerCase()}`}
              aria-current={step.status === 'CURRENT' ? 'step' : undefined}
              data-stage={step.stage}
              data-status={step.status}
            >
              <span className="phase-list__marker" aria-hidden="true" />
              <span className="phase-list__name">
                {t(`stage.${step.stage}`)}
                <span className="visually-hidden">, {t(`stepStatus.${step.status}`)}</span>
              </span>
              <ProgressMeter
                testId={`phase-progress-${step.stage}`}
                value={measure.value}
                max={measure.max}
                label={t(`stage.${step.stage}`)}
                text={o(`measure.${measure.key}`, { done: measure.value, total: measure.max })}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
