import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Refusal } from '../../../components/ui/refusal';
import { useCommand } from '../../../lib/use-command';
import { usePeerReviewTexts } from '../peer-review/peer-review-texts';
import { RecordPeerAuditorTrainingMutation } from './peer-auditors-operations';

/** The training of one peer auditor: the day it was completed and who gave it; a later one replaces it. */
export function RecordTrainingForm({ auditorId, name, onDone }: { auditorId: string; name: string; onDone: () => void }) {
  const { p } = usePeerReviewTexts();
  const record = useCommand(RecordPeerAuditorTrainingMutation);
  const [form, setForm] = useState({ trainedOn: '', provider: '' });
  const fieldError = (field: string) => (record.refusal?.field === field ? record.refusal.message : null);
  const idOf = (field: string) => `training-${auditorId}-${field}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await record.run({ input: { peerAuditorId: auditorId, ...form } })) onDone();
  }

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label={p('auditors.record.open', { name })} noValidate data-testid="record-training">
      <Field id={idOf('trainedOn')} label={p('auditors.record.trainedOn')} error={fieldError('trainedOn')}>
        <input type="date" required value={form.trainedOn} onChange={(e) => setForm({ ...form, trainedOn: e.target.value })} />
      </Field>
      <Field id={idOf('provider')} label={p('auditors.record.provider')} error={fieldError('provider')}>
        <input type="text" required value={form.provider} onChange={(e) => setForm({ ...form, provider: e.target.value })} />
      </Field>
      {record.refusal && !record.refusal.field && <Refusal refusal={record.refusal} />}
      <div className="actions">
        <Button type="submit" busy={record.pending} busyLabel={p('auditors.record.busy')}>
          {p('auditors.record.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {p('auditors.record.cancel')}
        </Button>
      </div>
    </form>
  );
}
