import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { ConfirmStep, useConfirmStep } from '../../components/ui/confirm-step';
import { graphql } from '../../gql';
import type { EvidenceLibraryQuery } from '../../gql/graphql';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useCommand } from '../../lib/use-command';
import { typeLabel, useEvidenceTexts } from './evidence-texts';
import { UnlinkEvidenceMutation } from './linked-evidence';

const DeleteEvidenceMutation = graphql(`
  mutation DeleteEvidence($input: DeleteEvidenceInput!) {
    deleteEvidence(input: $input)
  }
`);

type LibraryItem = EvidenceLibraryQuery['evidence']['nodes'][number];
type LibraryLink = LibraryItem['links'][number];

const REFETCH = { refetchQueries: ['EvidenceLibrary', 'CycleEvidence'] };

/** What a link points at, in words: the norm's code, or the kind of thing for links without a norm. */
function useTargetText() {
  const { e } = useEvidenceTexts();
  const { t } = useTranslation();
  return (link: LibraryLink) => {
    const target = link.normCode ?? (link.improvementActionId ? e('linkedAction') : link.selfEvaluationAnswerId ? e('linkedAnswer') : e('linkedFinding'));
    return e('linkIn', { target, phase: t(`phase.${link.linkedInPhase}`) });
  };
}

/**
 * One file of the library: what it is linked to, and what can be done with it from here. Unlinking and
 * deleting are offered where the server would take them (a link of a submitted phase is fixed; a file it
 * holds is refused as LOCKED, and the refusal is shown in the row).
 */
export function EvidenceRow({ item, canChange }: { item: LibraryItem; canChange: boolean }) {
  const { e, locale, errorText } = useEvidenceTexts();
  const targetText = useTargetText();
  const unlink = useCommand(UnlinkEvidenceMutation, REFETCH);
  const remove = useCommand(DeleteEvidenceMutation, REFETCH);
  const confirm = useConfirmStep();
  const refusal = remove.refusal ?? unlink.refusal;

  return (
    <tr data-testid="evidence-row" data-evidence-name={item.name}>
      <th scope="row">
        <a href={item.downloadUrl} download={item.name} aria-label={e('download', { name: item.name })}>
          {item.name}
        </a>
        {item.originalName !== item.name && <span className="muted"> · {e('uploadedAs', { name: item.originalName })}</span>}
        {item.versions.length > 1 && <span className="muted"> · {e('versions', { count: item.versions.length })}</span>}
      </th>
      <td data-testid="evidence-linked-to">
        {item.links.length === 0 ? (
          <span className="muted">{e('notLinked')}</span>
        ) : (
          <ul className="evidence-links">
            {item.links.map((link) => (
              <li key={link.id}>
                {targetText(link)}
                {link.locked && <span className="tag">{e('lockedNote')}</span>}
                {canChange && !link.locked && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={e('unlinkFrom', { name: item.name, target: targetText(link) })}
                    onClick={() => {
                      remove.reset();
                      void unlink.run({ input: { linkId: link.id } });
                    }}
                  >
                    {e('unlink')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{typeLabel(item.type)}</td>
      <td>{formatBytes(item.size, locale)}</td>
      <td>{item.uploadedByName}</td>
      <td>{formatDateTime(item.createdAt, locale)}</td>
      {canChange && (
        <td className="evidence-row__actions">
          <ConfirmStep
            step={confirm}
            effect={e('removeEffect', { name: item.name })}
            told={e('removeTold')}
            busy={remove.pending}
            busyLabel={e('removing')}
          >
            <Button
              variant="secondary"
              aria-label={e('removeLabel', { name: item.name })}
              onClick={() => {
                unlink.reset();
                confirm.ask(() => remove.run({ input: { evidenceId: item.id } }));
              }}
            >
              {e('remove')}
            </Button>
          </ConfirmStep>
          {refusal && (
            <p role="alert" className="alert">
              {errorText(refusal)}
            </p>
          )}
        </td>
      )}
    </tr>
  );
}
