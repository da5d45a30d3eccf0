import type { ActionStatus, OrganisationImprovementActionFragment } from '../../../gql/graphql';
import type { CycleEvidence } from '../../evidence/cycle-evidence';
import { useOrgTexts } from '../organisation-texts';
import { ActionCard } from './action-card';

const COLUMNS: readonly ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

interface ActionBoardProps {
  cycleId: string;
  actions: OrganisationImprovementActionFragment[];
  evidence: CycleEvidence | null;
  /** Evidence can be linked to actions now, by this user. */
  canLink: boolean;
  /** The plan is being drafted by this user: cards can be changed and deleted. */
  canDraft: boolean;
  /** The plan was accepted: this user moves cards on by status. */
  canTrack: boolean;
  onEdit(action: OrganisationImprovementActionFragment): void;
  editingId: string | null;
}

/** The plan's actions as cards in a column per status; each column is a list, so it reads in order too. */
export function ActionBoard({ cycleId, actions, evidence, canLink, canDraft, canTrack, onEdit, editingId }: ActionBoardProps) {
  const { o } = useOrgTexts();
  return (
    <section className="stack" aria-labelledby="board-title" data-testid="action-board">
      <h2 id="board-title">{o('plan.boardTitle')}</h2>
      {actions.length === 0 && <p className="muted">{o('plan.noActions')}</p>}
      <div className="board">
        {COLUMNS.map((status) => {
          const cards = actions.filter((a) => a.status === status);
          return (
            <section key={status} className="board__column" aria-labelledby={`column-${status}`} data-testid={`column-${status}`}>
              <h3 id={`column-${status}`}>
                {o(`actionStatus.${status}`)} <span className="muted">({cards.length})</span>
              </h3>
              {cards.length === 0 ? (
                <p className="muted board__empty">{o('plan.emptyColumn')}</p>
              ) : (
                <ul className="board__cards">
                  {cards.map((action) => (
                    <li key={action.id}>
                      <ActionCard
                        cycleId={cycleId}
                        action={action}
                        evidence={evidence}
                        canLink={canLink}
                        canDraft={canDraft}
                        canTrack={canTrack}
                        onEdit={onEdit}
                        editing={editingId === action.id}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
