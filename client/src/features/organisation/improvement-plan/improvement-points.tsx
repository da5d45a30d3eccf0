import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import type { OrganisationImprovementPointFragment } from '../../../gql/graphql';
import { useOrgTexts } from '../organisation-texts';

interface ImprovementPointsProps {
  points: OrganisationImprovementPointFragment[];
  canAdd: boolean;
  onAdd(normId: string): void;
}

/** The audit findings the plan must answer: below "meets", or with improvement points written down. */
export function ImprovementPoints({ points, canAdd, onAdd }: ImprovementPointsProps) {
  const { t } = useTranslation();
  const { o } = useOrgTexts();
  const open = points.filter((p) => !p.covered).length;
  return (
    <section className="stack" aria-labelledby="points-title" data-testid="improvement-points">
      <h2 id="points-title">{o('plan.pointsTitle')}</h2>
      {points.length === 0 ? (
        <p className="card muted">{o('plan.noPoints')}</p>
      ) : (
        <>
          <p className="muted" data-testid="points-open">
            {open === 0 ? o('plan.allCovered') : o('plan.pointsOpen', { count: open })}
          </p>
          <ul className="points">
            {points.map((point) => (
              <li key={point.findingId} className="card point" data-testid="improvement-point" data-norm={point.normCode} data-covered={point.covered}>
                <h3 className="point__title">
                  <span className="norm__code">{point.normCode}</span> {point.normTitle}
                </h3>
                <p>
                  {o('plan.score')}: <strong>{t(`score.${point.score}`)}</strong>
                </p>
                {point.improvementPoints && <p className="pre-wrap">{point.improvementPoints}</p>}
                <p className={point.covered ? 'point__covered' : 'point__open'}>
                  {point.covered ? o('plan.covered', { count: point.actionCount }) : o('plan.notCovered')}
                </p>
                {canAdd && (
                  <Button variant="secondary" onClick={() => onAdd(point.normId)}>
                    {o('plan.addFor', { code: point.normCode })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
