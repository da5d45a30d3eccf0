import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { useCommand } from '../../../lib/use-command';
import { MemberSelect } from '../member-select';
import { usePeerReviewTexts } from '../peer-review/peer-review-texts';
import { NominatePeerAuditorMutation } from './peer-auditors-operations';

interface Member {
  id: string;
  name: string;
}

/** The quality officer nominates a member of staff; those already nominated are not offered again. */
export function NominatePeerAuditorForm({ candidates }: { candidates: readonly Member[] }) {
  const { p } = usePeerReviewTexts();
  const nominate = useCommand(NominatePeerAuditorMutation, { refetchQueries: ['OrgPeerAuditors'] });
  const [personId, setPersonId] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await nominate.run({ input: { personId } })) setPersonId('');
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="peer-nominate" noValidate data-testid="nominate-peer-auditor">
      <h2 id="peer-nominate">{p('auditors.nominate.heading')}</h2>
      {candidates.length === 0 ? (
        <p className="muted">{p('auditors.nominate.nobody')}</p>
      ) : (
        <>
          <MemberSelect
            id="peer-nominee"
            label={p('auditors.nominate.person')}
            placeholder={p('auditors.nominate.choose')}
            members={candidates}
            value={personId}
            onChange={setPersonId}
            error={nominate.refusal?.field === 'personId' ? nominate.refusal.message : null}
          />
          {nominate.refusal && nominate.refusal.field !== 'personId' && <Refusal refusal={nominate.refusal} />}
          <Button type="submit" busy={nominate.pending} busyLabel={p('auditors.nominate.busy')}>
            {p('auditors.nominate.submit')}
          </Button>
        </>
      )}
    </form>
  );
}
