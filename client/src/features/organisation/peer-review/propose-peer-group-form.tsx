import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import { useCommand } from '../../../lib/use-command';
import { usePeerReviewTexts } from './peer-review-texts';

const ProposeMutation = graphql(`
  mutation OrgProposePeerGroup($input: ProposePeerGroupInput!) {
    proposePeerGroup(input: $input) {
      id
      status
    }
  }
`);

/**
 * For an organisation that agreed its partners itself: the partners' references (each reads it on its own
 * sign-up) make the proposal; the sector body confirms or declines it. Two partners at least, as the scheme's
 * group holds three organisations; more can be added.
 */
export function ProposePeerGroupForm() {
  const { p } = usePeerReviewTexts();
  const propose = useCommand(ProposeMutation, { refetchQueries: ['OrgPeerReview'] });
  const [references, setReferences] = useState(['', '']);
  const refusal = propose.refusal;
  const listRefused = refusal?.field?.startsWith('partnerSignUpIds');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await propose.run({ input: { partnerSignUpIds: references.map((r) => r.trim()).filter(Boolean) } });
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="peer-propose" noValidate data-testid="propose-peer-group">
      <h2 id="peer-propose">{p('propose.heading')}</h2>
      <p className="muted">{p('propose.intro')}</p>
      {references.map((value, i) => (
        <Field key={i} id={`peer-partner-${i}`} label={p('propose.partner', { n: i + 1 })} error={listRefused && i === 0 ? refusal!.message : null}>
          <input type="text" value={value} onChange={(e) => setReferences(references.map((r, j) => (j === i ? e.target.value : r)))} />
        </Field>
      ))}
      {refusal && !listRefused && <Refusal refusal={refusal} />}
      <div className="actions">
        <Button type="button" variant="secondary" onClick={() => setReferences([...references, ''])}>
          {p('propose.addPartner')}
        </Button>
        <Button type="submit" busy={propose.pending} busyLabel={p('propose.busy')}>
          {p('propose.submit')}
        </Button>
      </div>
    </form>
  );
}
