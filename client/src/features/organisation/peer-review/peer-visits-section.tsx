import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { Field } from '../../../components/ui/field';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { OrgPeerReviewQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { useOrgUser } from '../org-user';
import { usePeerReviewTexts } from './peer-review-texts';

type Group = OrgPeerReviewQuery['peerGroups']['nodes'][number];

const PlanMutation = graphql(`
  mutation OrgPlanPeerVisit($input: PlanPeerVisitInput!) {
    planPeerVisit(input: $input) {
      id
      status
    }
  }
`);

const ConfirmMutation = graphql(`
  mutation OrgConfirmPeerVisit($input: ConfirmPeerVisitInput!) {
    confirmPeerVisit(input: $input) {
      id
      status
    }
  }
`);

/**
 * The visits of the organisation's formed group: who visits whom and when, a form for the quality officer to
 * plan the visit of a member not yet planned, and the confirmation of the organisation's own visit. The
 * pickers offer the other members' trained auditors; the server judges the rest (the day, a double booking).
 */
export function PeerVisitsSection({ group }: { group: Group }) {
  const { p, locale } = usePeerReviewTexts();
  const orgUser = useOrgUser();
  const plan = useCommand(PlanMutation, { refetchQueries: ['OrgPeerReview'] });
  const confirm = useCommand(ConfirmMutation, { refetchQueries: ['OrgPeerReview'] });
  const check = useConfirmStep();
  const unplanned = group.members.filter((m) => !group.visits.some((v) => v.visitedOrganisationId === m.organisationId));
  const [form, setForm] = useState({ organisationId: '', date: '', first: '', second: '' });
  const visited = form.organisationId || unplanned[0]?.organisationId || '';
  const candidates = group.peerAuditors.filter((a) => a.organisationId !== visited && a.trainingStatus === 'VALID');
  const own = group.visits.find((v) => v.visitedOrganisationId === orgUser.organisationId && v.status === 'PLANNED');
  const refusal = plan.refusal;
  const fieldError = (field: string) => (refusal?.field === field ? refusal.message : null);
  // A refusal about one of the pair is shown beside the picker that named that auditor.
  const auditorError = (id: string, i: number) =>
    refusal?.field === 'peerAuditorIds' && (refusal.details.peerAuditorId ? refusal.details.peerAuditorId === id : i === 0) ? refusal.message : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await plan.run({
      input: { peerGroupId: group.id, organisationId: visited, date: form.date, peerAuditorIds: [form.first, form.second].filter(Boolean) },
    });
    if (done) setForm({ organisationId: '', date: '', first: '', second: '' });
  }

  const auditorSelect = (key: 'first' | 'second', i: number) => (
    <Field id={`visit-auditor-${i}`} label={p('visits.auditor', { n: i + 1 })} error={auditorError(form[key], i)}>
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
    <section className="card" aria-labelledby="peer-visits" data-testid="peer-visits">
      <h2 id="peer-visits">{p('visits.heading')}</h2>
      {group.visits.length === 0 ? (
        <p className="muted">{p('visits.none')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{p('visits.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{p('visits.visited')}</th>
              <th scope="col">{p('visits.date')}</th>
              <th scope="col">{p('visits.pair')}</th>
              <th scope="col">{p('visits.status.label')}</th>
            </tr>
          </thead>
          <tbody>
            {group.visits.map((v) => (
              <tr key={v.id} data-testid="peer-visit">
                <td>{v.visitedOrganisationName}</td>
                <td>{formatDate(v.date, locale)}</td>
                <td>{v.auditors.map((a) => p('visits.auditorOption', { name: a.name, organisation: a.organisationName })).join('; ')}</td>
                <td>{p(`visits.status.${v.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {own && orgUser.manage && (
        <div data-testid="peer-visit-confirm">
          {confirm.refusal && <Refusal refusal={confirm.refusal} />}
          <ConfirmStep
            step={check}
            answers={formatDate(own.date, locale)}
            effect={p('visits.confirmEffect')}
            told={p('visits.confirmTold')}
            busy={confirm.pending}
            busyLabel={p('visits.confirmBusy')}
          >
            <div className="actions">
              <Button onClick={() => check.ask(() => confirm.run({ input: { peerVisitId: own.id } }))}>{p('visits.confirm', { date: formatDate(own.date, locale) })}</Button>
            </div>
          </ConfirmStep>
        </div>
      )}
      {orgUser.manage && unplanned.length > 0 && (
        <form onSubmit={(e) => void submit(e)} aria-labelledby="peer-visit-plan" noValidate data-testid="peer-visit-plan">
          <h3 id="peer-visit-plan">{p('visits.plan.heading')}</h3>
          <Field id="visit-organisation" label={p('visits.plan.visited')} error={fieldError('organisationId')}>
            <select value={visited} onChange={(e) => setForm({ ...form, organisationId: e.target.value, first: '', second: '' })}>
              {unplanned.map((m) => (
                <option key={m.organisationId} value={m.organisationId}>
                  {m.organisationName}
                </option>
              ))}
            </select>
          </Field>
          <Field id="visit-date" label={p('visits.plan.date')} error={fieldError('date')}>
            <input type="date" required value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
          </Field>
          {auditorSelect('first', 0)}
          {auditorSelect('second', 1)}
          {refusal && !['organisationId', 'date', 'peerAuditorIds'].includes(refusal.field ?? '') && <Refusal refusal={refusal} />}
          <Button type="submit" busy={plan.pending} busyLabel={p('visits.plan.busy')}>
            {p('visits.plan.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
