import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import { useCommand } from '../../../lib/use-command';
import { OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import { PeerVisitsSection } from './peer-visits-section';
import { ProposePeerGroupForm } from './propose-peer-group-form';
import { usePeerReviewTexts } from './peer-review-texts';

const PeerReviewQuery = graphql(`
  query OrgPeerReview {
    peerReviewSignUps(first: 5) {
      nodes {
        id
        status
        periodFrom
        periodUntil
        region
        fte
        partnersKnown
      }
    }
    peerGroups(first: 5) {
      nodes {
        id
        status
        members {
          organisationId
          organisationName
          place
          fte
        }
        visits {
          id
          date
          status
          visitedOrganisationId
          visitedOrganisationName
          learningReportStatus
          learningReportShared
          auditors {
            id
            name
            organisationName
          }
        }
        peerAuditors {
          id
          name
          organisationId
          organisationName
          trainingStatus
        }
      }
    }
  }
`);

const SignUpMutation = graphql(`
  mutation OrgSignUpForPeerReview($input: SignUpForPeerReviewInput!) {
    signUpForPeerReview(input: $input) {
      id
      status
    }
  }
`);

/** The organisation's sign-up for the peer advisory assessment, its reference for partners, and its group. */
export function PeerReviewPage() {
  const { p } = usePeerReviewTexts();
  const orgUser = useOrgUser();
  const query = useQuery(PeerReviewQuery, { fetchPolicy: 'cache-and-network' });
  const signUp = useCommand(SignUpMutation, { refetchQueries: ['OrgPeerReview'] });
  const [form, setForm] = useState({ periodFrom: '', periodUntil: '', fte: '', region: '', preferences: '', partnersKnown: false });
  const current = query.data?.peerReviewSignUps.nodes.find((s) => s.status === 'OPEN' || s.status === 'GROUPED');
  // A sign-up waiting for its group (a renewal, say) has none yet: an earlier group is not its group.
  const group = current?.status === 'OPEN' ? undefined : query.data?.peerGroups.nodes.find((g) => g.status !== 'DECLINED');
  const fieldError = (field: string) => (signUp.refusal?.field === field ? signUp.refusal.message : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await signUp.run({ input: { ...form, fte: Number(form.fte), preferences: form.preferences || null } });
  }

  if (!query.data) {
    return (
      <OrgPage title={p('title')} lead={p('lead')} testId="peer-review-page">
        <PendingQuery error={query.error} loading={query.loading} onRetry={() => void query.refetch()} />
      </OrgPage>
    );
  }
  return (
    <OrgPage title={p('title')} lead={p('lead')} testId="peer-review-page">
      {current ? (
        <section className="card" aria-labelledby="peer-mine" data-testid="peer-sign-up">
          <h2 id="peer-mine">{p('mine.heading')}</h2>
          <p>{p(`mine.status.${current.status}`)}</p>
          <p>
            {current.periodFrom} – {current.periodUntil} · {current.region} · {current.fte}
          </p>
          {current.partnersKnown && (
            <p>
              {p('mine.reference')}: <code data-testid="peer-reference">{current.id}</code>
              <br />
              <span className="muted">{p('mine.referenceHint')}</span>
            </p>
          )}
        </section>
      ) : (
        <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="peer-sign-up" noValidate>
          <h2 id="peer-sign-up">{p('signUp.heading')}</h2>
          <Field id="peer-from" label={p('signUp.periodFrom')} error={fieldError('periodFrom')}>
            <input type="date" required value={form.periodFrom} onChange={(e) => setForm({ ...form, periodFrom: e.target.value })} />
          </Field>
          <Field id="peer-until" label={p('signUp.periodUntil')} error={fieldError('periodUntil')}>
            <input type="date" required value={form.periodUntil} onChange={(e) => setForm({ ...form, periodUntil: e.target.value })} />
          </Field>
          <Field id="peer-fte" label={p('signUp.fte')} error={fieldError('fte')}>
            <input type="number" min="0.01" step="0.01" required value={form.fte} onChange={(e) => setForm({ ...form, fte: e.target.value })} />
          </Field>
          <Field id="peer-region" label={p('signUp.region')} hint={p('signUp.regionHint')} error={fieldError('region')}>
            <input type="text" required value={form.region} onChange={(e) => setForm({ ...form, region: e.target.value })} />
          </Field>
          <Field id="peer-preferences" label={p('signUp.preferences')} error={fieldError('preferences')}>
            <textarea value={form.preferences} onChange={(e) => setForm({ ...form, preferences: e.target.value })} />
          </Field>
          <div className="field">
            <label>
              <input type="checkbox" checked={form.partnersKnown} onChange={(e) => setForm({ ...form, partnersKnown: e.target.checked })} /> {p('signUp.partnersKnown')}
            </label>
          </div>
          {signUp.refusal && !signUp.refusal.field && <Refusal refusal={signUp.refusal} />}
          <Button type="submit" busy={signUp.pending} busyLabel={p('signUp.busy')}>
            {p('signUp.submit')}
          </Button>
        </form>
      )}
      {current?.status === 'OPEN' && current.partnersKnown && !group && orgUser.manage && <ProposePeerGroupForm />}
      <section className="card" aria-labelledby="peer-group" data-testid="peer-group">
        <h2 id="peer-group">{p('groups.heading')}</h2>
        {group ? (
          <>
            <p>{p(`groups.status.${group.status}`)}</p>
            <ul>
              {group.members.map((m) => (
                <li key={m.organisationId}>{p('groups.member', { name: m.organisationName, place: m.place, fte: m.fte })}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{p('groups.none')}</p>
        )}
      </section>
      {group?.status === 'FORMED' && <PeerVisitsSection group={group} />}
    </OrgPage>
  );
}
