import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Refusal } from '../../../components/ui/refusal';
import type { OrgPeerReviewQuery } from '../../../gql/graphql';
import type { CommandRefusal } from '../../../lib/use-command';
import { usePeerReviewTexts } from './peer-review-texts';

type Group = OrgPeerReviewQuery['peerGroups']['nodes'][number];

export interface PeerVisitValues {
  organisationId: string;
  date: string;
  peerAuditorIds: string[];
}

interface PeerVisitFormProps {
  group: Group;
  /** Prefix of the controls' ids, so a plan form and a re-plan form can be on the page together. */
  idPrefix: string;
  heading: string;
  submitLabel: string;
  busyLabel: string;
  /** The organisations the planner chooses from, or the one visited when re-planning (then without a picker). */
  visitable: { organisationId: string; organisationName: string }[];
  pickOrganisation: boolean;
  initial?: { date: string; peerAuditorIds: string[] };
  command: { pending: boolean; refusal: CommandRefusal | null };
  /** Sends the command; true when it was done (the form then empties or closes). */
  onSubmit(values: PeerVisitValues): Promise<boolean>;
  /** Extra buttons beside the submit button (cancel when re-planning). */
  children?: ReactNode;
  testId: string;
}

/**
 * The day and the pair of one visit, for planning a new visit and for re-planning one not yet confirmed. The
 * pickers offer the trained auditors of the members other than the one visited; the server judges the rest
 * (the day, a double booking), and its refusal shows beside the field it names.
 */
export function PeerVisitForm({ group, idPrefix, heading, submitLabel, busyLabel, visitable, pickOrganisation, initial, command, onSubmit, children, testId }: PeerVisitFormProps) {
  const { p } = usePeerReviewTexts();
  const [organisationId, setOrganisationId] = useState('');
  const visited = organisationId || visitable[0]?.organisationId || '';
  const candidates = group.peerAuditors.filter((a) => a.organisationId !== visited && a.trainingStatus === 'VALID');
  // A named auditor who is no longer offered (training ran out) starts empty rather than as a hidden value.
  const start = (i: number) => (candidates.some((a) => a.id === initial?.peerAuditorIds[i]) ? initial!.peerAuditorIds[i] : '');
  const [form, setForm] = useState({ date: initial?.date ?? '', first: start(0), second: start(1) });
  const refusal = command.refusal;
  const fieldError = (field: string) => (refusal?.field === field ? refusal.message : null);
  // A refusal about one of the pair is shown beside the picker that named that auditor.
  const auditorError = (id: string, i: number) =>
    refusal?.field === 'peerAuditorIds' && (refusal.details.peerAuditorId ? refusal.details.peerAuditorId === id : i === 0) ? refusal.message : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onSubmit({ organisationId: visited, date: form.date, peerAuditorIds: [form.first, form.second].filter(Boolean) })) {
      setOrganisationId('');
      setForm({ date: '', first: '', second: '' });
    }
  }

  const auditorSelect = (key: 'first' | 'second', i: number) => (
    <Field id={`${idPrefix}-auditor-${i}`} label={p('visits.auditor', { n: i + 1 })} error={auditorError(form[key], i)}>
      <select value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })}>
        <option value="">{p('visits.chooseAuditor')}</option>
        {candidates.map((a) => (
          <option key={a.id} value={a.id}>
            {p('visits.auditorOption', { name: a.name, organisation: a.organisationName })}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${idPrefix}-heading`} noValidate data-testid={testId}>
      <h3 id={`${idPrefix}-heading`}>{heading}</h3>
      {pickOrganisation && (
        <Field id={`${idPrefix}-organisation`} label={p('visits.plan.visited')} error={fieldError('organisationId')}>
          <select
            value={visited}
            onChange={(e) => {
              setOrganisationId(e.target.value);
              setForm({ ...form, first: '', second: '' });
            }}
          >
            {visitable.map((m) => (
              <option key={m.organisationId} value={m.organisationId}>
                {m.organisationName}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={`${idPrefix}-date`} label={p('visits.plan.date')} error={fieldError('date')}>
        <input type="date" required value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
      </Field>
      {auditorSelect('first', 0)}
      {auditorSelect('second', 1)}
      {refusal && !['organisationId', 'date', 'peerAuditorIds'].includes(refusal.field ?? '') && <Refusal refusal={refusal} />}
      <div className="actions">
        <Button type="submit" busy={command.pending} busyLabel={busyLabel}>
          {submitLabel}
        </Button>
        {children}
      </div>
    </form>
  );
}
