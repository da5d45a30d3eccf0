import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { EditConflict } from '../../../components/ui/edit-conflict';
import { Field } from '../../../components/ui/field';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import { useCommand } from '../../../lib/use-command';
import { useLearningReportTexts } from './learning-report-texts';

const RecordMutation = graphql(`
  mutation RecordPeerFinding($input: RecordPeerFindingInput!) {
    recordPeerFinding(input: $input) {
      id
      normId
      goesWell
      intention
      learningPoints
      revision
    }
  }
`);

type Texts = { goesWell: string; intention: string; learningPoints: string };
const FIELDS = ['goesWell', 'intention', 'learningPoints'] as const;

interface PeerFindingFormProps {
  peerVisitId: string;
  norm: { id: string; code: string };
  finding: (Texts & { revision: number }) | null;
}

/**
 * The pair's finding on one norm, appreciative first. The save names the revision it started from; when the
 * other auditor saved in between, the server changes nothing and both versions are shown to choose from.
 */
export function PeerFindingForm({ peerVisitId, norm, finding }: PeerFindingFormProps) {
  const { r } = useLearningReportTexts();
  const record = useCommand(RecordMutation, { refetchQueries: ['PeerVisitFindings'] });
  const [form, setForm] = useState<Texts>({ goesWell: finding?.goesWell ?? '', intention: finding?.intention ?? '', learningPoints: finding?.learningPoints ?? '' });
  const [revision, setRevision] = useState(finding?.revision ?? 0);
  const [saved, setSaved] = useState(false);
  const refusal = record.refusal;
  const conflict = refusal?.code === 'CONFLICT' ? refusal.details : null;
  const theirs = (conflict?.currentValue ?? null) as Texts | null;
  const id = (field: string) => `finding-${norm.id}-${field}`;

  async function save(values: Texts, from: number) {
    setSaved(false);
    const done = await record.run({ input: { peerVisitId, normId: norm.id, ...values, expectedRevision: from } });
    if (done) {
      setRevision(done.recordPeerFinding.revision);
      setSaved(true);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(form, revision);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={r('finding.saveNorm', { code: norm.code })} data-testid="peer-finding-form">
      {FIELDS.map((field) => (
        <Field key={field} id={id(field)} label={r(`finding.${field}`)} error={refusal?.field === field ? refusal.message : null}>
          <textarea rows={3} value={form[field]} onChange={(e) => setForm({ ...form, [field]: e.target.value })} />
        </Field>
      ))}
      {conflict && (
        <EditConflict
          changedBy={(conflict.changedBy as string | null) ?? null}
          changedAt={(conflict.changedAt as string | null) ?? null}
          fields={FIELDS.filter((f) => (theirs?.[f] ?? '') !== form[f]).map((f) => ({ name: f, label: r(`finding.${f}`), mine: form[f], theirs: theirs?.[f] ?? '' }))}
          onKeepTheirs={() => {
            if (theirs) setForm(theirs);
            setRevision(conflict.currentRevision as number);
            record.reset();
          }}
          onKeepMine={() => void save(form, conflict.currentRevision as number)}
        />
      )}
      {refusal && !conflict && !FIELDS.includes(refusal.field as (typeof FIELDS)[number]) && <Refusal refusal={refusal} />}
      <div className="actions">
        <Button type="submit" busy={record.pending} busyLabel={r('finding.busy')}>
          {r('finding.save')}
        </Button>
        {saved && (
          <span role="status" className="muted">
            {r('finding.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
