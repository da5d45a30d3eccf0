import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../../lib/use-revision-autosave';
import { useRefusalText } from './refusal';

/**
 * Where an autosaved answer stands, in one polite live region whose text changes, so "Opslaan…" and
 * "Opgeslagen" are announced in turn; a failed save is an alert. `idle` is what to say before any save here.
 */
export function SaveStatusLine({ status, idle }: { status: SaveStatus; idle: string }) {
  const { t } = useTranslation();
  const errorText = useRefusalText();
  if (status.kind === 'error') {
    return (
      <p className="save-status save-status--error" role="alert" data-testid="save-status">
        {t('selfEvaluation.notSaved', { reason: errorText(status.error) })}
      </p>
    );
  }
  let text = idle;
  if (status.kind === 'saving') text = t('selfEvaluation.saving');
  else if (status.kind === 'saved') text = t('selfEvaluation.saved');
  return (
    <p className={`save-status save-status--${status.kind}`} role="status" data-testid="save-status">
      {text}
    </p>
  );
}
