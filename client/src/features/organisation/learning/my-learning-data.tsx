import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { Refusal } from '../../../components/ui/refusal';
import { downloadText } from '../../../lib/download-text';
import { toUserError, type UserError } from '../../../lib/errors';
import { useCommand } from '../../../lib/use-command';
import { DeleteMyLearningDataMutation, ExportMyLearningDataQuery } from './learning-operations';
import { useLearningTexts } from './learning-texts';

type Part = 'json' | 'entriesCsv' | 'goalsCsv';
const FILES: Record<Part, { name: string; type: string; label: 'myData.exportJson' | 'myData.exportEntries' | 'myData.exportGoals' }> = {
  json: { name: 'mijn-leergegevens.json', type: 'application/json', label: 'myData.exportJson' },
  entriesCsv: { name: 'mijn-leertijd.csv', type: 'text/csv;charset=utf-8', label: 'myData.exportEntries' },
  goalsCsv: { name: 'mijn-leerdoelen.csv', type: 'text/csv;charset=utf-8', label: 'myData.exportGoals' },
};

/** A person's own learning data: downloaded as it is now, or deleted entirely after a check. */
export function MyLearningData() {
  const { l } = useLearningTexts();
  const client = useApolloClient();
  const [fetching, setFetching] = useState<Part | null>(null);
  const [exportError, setExportError] = useState<UserError | null>(null);
  const [deleted, setDeleted] = useState<{ entries: number; goals: number } | null>(null);
  const remove = useCommand(DeleteMyLearningDataMutation, { refetchQueries: ['LearningGoals', 'MyLearningTime'] });
  const step = useConfirmStep();

  async function download(part: Part) {
    setFetching(part);
    setExportError(null);
    try {
      // Asked afresh each time: the download holds the data as it is at that moment.
      const { data } = await client.query({ query: ExportMyLearningDataQuery, fetchPolicy: 'network-only' });
      if (data) downloadText(FILES[part].name, data.exportMyLearningData[part], FILES[part].type);
    } catch (error) {
      setExportError(toUserError(error));
    } finally {
      setFetching(null);
    }
  }

  async function deleteAll() {
    const done = await remove.run({ input: { confirm: true } });
    if (done) setDeleted(done.deleteMyLearningData);
  }

  return (
    <section className="card stack" aria-labelledby="my-learning-data" data-testid="my-learning-data">
      <h2 id="my-learning-data">{l('myData.title')}</h2>
      <p>{l('myData.lead')}</p>
      <div className="actions">
        {(Object.keys(FILES) as Part[]).map((part) => (
          <Button key={part} variant="secondary" busy={fetching === part} busyLabel={l('myData.exportBusy')} onClick={() => void download(part)}>
            {l(FILES[part].label)}
          </Button>
        ))}
      </div>
      {exportError && <Refusal refusal={exportError} />}
      <ConfirmStep step={step} effect={l('myData.effect')} told={l('myData.told')} busy={remove.pending} busyLabel={l('myData.deleteBusy')}>
        <div className="actions">
          <Button variant="secondary" onClick={() => step.ask(deleteAll)}>
            {l('myData.delete')}
          </Button>
        </div>
      </ConfirmStep>
      {remove.refusal && <Refusal refusal={remove.refusal} />}
      <p role="status" className="muted">
        {deleted ? l('myData.deleted', deleted) : ''}
      </p>
    </section>
  );
}
