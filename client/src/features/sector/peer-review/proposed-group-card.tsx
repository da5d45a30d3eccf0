import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Refusal } from '../../../components/ui/refusal';
import type { SectorPeerGroupFragment } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { PeerGroupMembers, memberNames } from './peer-group-members';
import { ConfirmPeerGroupMutation, DeclinePeerGroupMutation, PEER_REVIEW_QUERIES } from './peer-review-operations';
import { useSectorPeerReviewTexts } from './peer-review-texts';

interface ProposedGroupCardProps {
  group: SectorPeerGroupFragment;
  canDecide: boolean;
  onDone(message: string): void;
}

/**
 * A group its organisations proposed: the secretariat confirms it, or declines it with a reason the
 * organisations will read. Declining asks for the reason on the card itself before anything is sent.
 */
export function ProposedGroupCard({ group, canDecide, onDone }: ProposedGroupCardProps) {
  const { p } = useSectorPeerReviewTexts();
  const id = useId();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const confirm = useCommand(ConfirmPeerGroupMutation, { refetchQueries: PEER_REVIEW_QUERIES });
  const decline = useCommand(DeclinePeerGroupMutation, { refetchQueries: PEER_REVIEW_QUERIES });
  const names = memberNames(group);

  async function onConfirm() {
    decline.reset();
    if (await confirm.run({ input: { peerGroupId: group.id } })) onDone(p('proposed.confirmed'));
  }

  async function onDecline(event: FormEvent) {
    event.preventDefault();
    confirm.reset();
    if (await decline.run({ input: { peerGroupId: group.id, reason } })) onDone(p('proposed.declined'));
  }

  return (
    <li className="card" data-testid="proposed-group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{p('proposed.caption', { count: group.members.length })}</h3>
      <PeerGroupMembers members={group.members} />
      {canDecide &&
        (declining ? (
          <form className="form" onSubmit={(e) => void onDecline(e)} noValidate>
            <Field id={`${id}-reason`} label={p('proposed.reason')} hint={p('proposed.reasonHint')} error={decline.refusal?.field === 'reason' ? p('proposed.reasonRequired') : null}>
              <textarea rows={3} maxLength={2_000} value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
            <div className="actions">
              <Button type="submit" busy={decline.pending}>
                {p('proposed.declineYes')}
              </Button>
              <Button variant="secondary" onClick={() => setDeclining(false)}>
                {p('proposed.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <div className="actions">
            <Button busy={confirm.pending} aria-label={p('proposed.confirmLabel', { names })} onClick={() => void onConfirm()}>
              {p('proposed.confirm')}
            </Button>
            <Button variant="secondary" aria-label={p('proposed.declineLabel', { names })} onClick={() => setDeclining(true)}>
              {p('proposed.decline')}
            </Button>
          </div>
        ))}
      {confirm.refusal && <Refusal refusal={confirm.refusal} />}
      {decline.refusal && decline.refusal.field !== 'reason' && <Refusal refusal={decline.refusal} />}
    </li>
  );
}
