import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { graphql } from '../../gql';
import type { EvidenceLinkItemFragment } from '../../gql/graphql';
import { useCommand } from '../../lib/use-command';
import { formatBytes } from '../../lib/format';
import type { CycleEvidence, EvidenceTarget } from './cycle-evidence';
import { EvidenceDropzone } from './evidence-dropzone';
import { useEvidenceTexts } from './evidence-texts';
import './evidence.css';

const LinkEvidenceMutation = graphql(`
  mutation LinkEvidence($input: LinkEvidenceInput!) {
    linkEvidence(input: $input) {
      ...EvidenceLinkItem
    }
  }
`);

export const UnlinkEvidenceMutation = graphql(`
  mutation UnlinkEvidence($input: UnlinkEvidenceInput!) {
    unlinkEvidence(input: $input)
  }
`);

interface LinkedEvidenceProps {
  cycleId: string;
  target: EvidenceTarget;
  evidence: CycleEvidence;
  /** Outside the phase that takes links, or a role that may not link: links are shown, not changed. */
  readOnly: boolean;
  /** The block's heading sits one level below the heading of what it belongs to. */
  headingLevel?: 3 | 5;
}

/**
 * The evidence block of one norm in the self-evaluation form, or of one improvement action on the plan's
 * board: what is linked, and linking more from the library or by uploading.
 */
export function LinkedEvidence({ cycleId, target, evidence, readOnly, headingLevel = 3 }: LinkedEvidenceProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h5';
  const { e, locale, errorText } = useEvidenceTexts();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const refetch = { refetchQueries: ['CycleEvidence', 'EvidenceLibrary'] };
  const linkEvidence = useCommand(LinkEvidenceMutation, refetch);
  const unlinkEvidence = useCommand(UnlinkEvidenceMutation, refetch);
  const linking = linkEvidence.pending;
  const error = linkEvidence.refusal ?? unlinkEvidence.refusal;

  const forNorm = 'normId' in target;
  const targetId = forNorm ? target.normId : target.improvementActionId;
  const links = evidence.linksOf(target);
  const linked = new Set(links.map((l) => l.evidence.id));
  const choices = evidence.library.filter((item) => !linked.has(item.id));

  const link = async (evidenceId: string) => {
    unlinkEvidence.reset();
    if (await linkEvidence.run({ input: { evidenceId, cycleId, ...target } })) setChosen('');
  };
  const unlink = async (item: EvidenceLinkItemFragment) => {
    linkEvidence.reset();
    // Unlinking what is already gone is a refusal (a definite answer), so the next click is a new action.
    await unlinkEvidence.run({ input: { linkId: item.id } });
  };

  return (
    <div className="norm-evidence" data-testid={forNorm ? 'norm-evidence' : 'action-evidence'}>
      <Heading className="norm-evidence__title">{forNorm ? e('normEvidence') : e('actionEvidence')}</Heading>
      {links.length === 0 ? (
        <p className="muted">{e('noneLinked')}</p>
      ) : (
        <ul className="norm-evidence__list">
          {links.map((item) => (
            <li key={item.id}>
              <a href={item.evidence.downloadUrl} download={item.evidence.name} aria-label={e('download', { name: item.evidence.name })}>
                {item.evidence.name}
              </a>
              <span className="muted">{formatBytes(item.evidence.size, locale)}</span>
              {item.carriedOver && <span className="tag">{e('carriedOverTag')}</span>}
              {item.locked && <span className="tag">{e('lockedNote')}</span>}
              {!readOnly && !item.locked && (
                <button type="button" className="link-button" aria-label={e('unlinkLabel', { name: item.evidence.name })} onClick={() => void unlink(item)}>
                  {e('unlink')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <>
          {choices.length > 0 && (
            <div className="norm-evidence__link">
              <div className="field">
                <label htmlFor={selectId}>{e('linkExisting')}</label>
                <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
                  <option value="">{e('choosePlaceholder')}</option>
                  {choices.map((item) => (
                    <option key={item.id} value={item.id}>
                      {item.name}
                    </option>
                  ))}
                </select>
              </div>
              <Button variant="secondary" busy={linking} busyLabel={e('linking')} disabled={!chosen} onClick={() => void link(chosen)}>
                {e('link')}
              </Button>
            </div>
          )}
          <EvidenceDropzone compact cycleId={cycleId} maxBytes={evidence.maxBytes} onStored={(stored) => link(stored.id)} testId={`${forNorm ? 'norm' : 'action'}-dropzone-${targetId}`} />
        </>
      )}
      {error && (
        <p role="alert" className="alert">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
