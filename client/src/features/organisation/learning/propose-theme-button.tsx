import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { useCommand } from '../../../lib/use-command';
import { ProposeLearningThemeMutation } from './learning-operations';
import { useLearningTexts } from './learning-texts';

/**
 * One click puts a learning point of an internal audit, or an improvement action, on the learning agenda:
 * the server takes the theme's name and description from it and keeps the link.
 */
export function ProposeThemeButton({ source, label }: { source: { internalAuditFindingId: string } | { improvementActionId: string }; label: string }) {
  const { l } = useLearningTexts();
  const propose = useCommand(ProposeLearningThemeMutation, { refetchQueries: ['LearningThemes'] });
  const [done, setDone] = useState(false);
  return (
    <div className="stack">
      <div className="actions">
        <Button variant="secondary" busy={propose.pending} busyLabel={l('agenda.busy')} aria-label={l('agenda.fromSourceLabel', { source: label })} onClick={() => void propose.run({ input: source }).then((ok) => setDone(Boolean(ok)))}>
          {l('agenda.fromSource')}
        </Button>
      </div>
      {propose.refusal && <Refusal refusal={propose.refusal} />}
      <p role="status" className="muted">
        {done ? l('agenda.fromSourceDone') : ''}
      </p>
    </div>
  );
}
