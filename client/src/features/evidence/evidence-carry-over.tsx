import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { CarryOverCandidateFragment } from '../../gql/graphql';
import { useCommand } from '../../lib/use-command';
import { useEvidenceTexts } from './evidence-texts';
import './evidence.css';

export const CarryOverCandidateFragmentDoc = graphql(`
  fragment CarryOverCandidate on EvidenceCarryOverCandidate {
    evidence {
      id
      name
      downloadUrl
    }
    normCodes
    stillValid
  }
`);

const EvidenceCarryOverQuery = graphql(`
  query EvidenceCarryOver($id: ID!) {
    cycle(id: $id) {
      id
      evidenceCarryOver {
        ...CarryOverCandidate
      }
    }
  }
`);

const ConfirmEvidenceStillValidMutation = graphql(`
  mutation ConfirmEvidenceStillValid($input: ConfirmEvidenceStillValidInput!) {
    confirmEvidenceStillValid(input: $input) {
      ...CarryOverCandidate
    }
  }
`);

/**
 * In a cycle that follows an earlier one: the evidence of that cycle, each with "still valid?". The answer
 * is saved at once; "still valid" links the file to the same norms here, so the norms below show it.
 * Nothing is shown in a first cycle, or when the earlier cycle had no evidence linked.
 */
export function EvidenceCarryOver({ cycleId, readOnly }: { cycleId: string; readOnly: boolean }) {
  const { e } = useEvidenceTexts();
  const { data } = useQuery(EvidenceCarryOverQuery, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  const candidates = data?.cycle.evidenceCarryOver ?? [];
  if (candidates.length === 0) return null;
  const done = candidates.filter((c) => c.stillValid !== null).length;
  return (
    <section className="card carry-over" aria-labelledby="carry-over-title" data-testid="evidence-carry-over">
      <h2 id="carry-over-title">{e('carryOver.title')}</h2>
      <p className="muted">{e('carryOver.intro')}</p>
      <p data-testid="carry-over-count">{e('carryOver.answered', { done, total: candidates.length })}</p>
      <ul className="carry-over__list">
        {candidates.map((candidate) => (
          <CarryOverItem key={candidate.evidence.id} cycleId={cycleId} candidate={candidate} readOnly={readOnly} />
        ))}
      </ul>
    </section>
  );
}

function CarryOverItem({ cycleId, candidate, readOnly }: { cycleId: string; candidate: CarryOverCandidateFragment; readOnly: boolean }) {
  const { e, errorText } = useEvidenceTexts();
  // The choice shows at once; the server's answer replaces it, or a refusal puts the saved one back.
  const [chosen, setChosen] = useState<boolean | null>(null);
  // The links it makes or takes back show in the norms' evidence, so that list is read again.
  const confirm = useCommand(ConfirmEvidenceStillValidMutation, { refetchQueries: ['EvidenceCarryOver', 'CycleEvidence'] });
  const { pending: loading, refusal: error } = confirm;
  const { evidence, stillValid } = candidate;
  const groupName = `carry-over-${evidence.id}`;

  async function answer(value: boolean) {
    setChosen(value);
    await confirm.run({ input: { cycleId, evidenceId: evidence.id, stillValid: value } });
    setChosen(null);
  }
  const shown = chosen ?? stillValid;

  const note = stillValid === null ? e('carryOver.openNote') : stillValid ? e('carryOver.keptNote') : e('carryOver.droppedNote');
  return (
    <li className="carry-over__item" data-testid="carry-over-item" data-evidence-id={evidence.id} data-answer={stillValid === null ? 'open' : String(stillValid)}>
      <div className="carry-over__file">
        <a href={evidence.downloadUrl} download={evidence.name} aria-label={e('download', { name: evidence.name })}>
          {evidence.name}
        </a>
        <span className="muted">{e('carryOver.norms', { codes: candidate.normCodes.join(', ') })}</span>
      </div>
      <fieldset className="choice carry-over__choice" disabled={readOnly || loading} aria-busy={loading || undefined}>
        <legend className="visually-hidden">{e('carryOver.question', { name: evidence.name })}</legend>
        {([true, false] as const).map((value) => (
          <label key={String(value)} className="choice__option">
            <input type="radio" name={groupName} checked={shown === value} onChange={() => void answer(value)} />
            <span>{value ? e('carryOver.yes') : e('carryOver.no')}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted carry-over__note" role="status">
        {loading ? e('carryOver.saving') : note}
      </p>
      {error && (
        <p role="alert" className="alert">
          {errorText(error)}
        </p>
      )}
    </li>
  );
}
