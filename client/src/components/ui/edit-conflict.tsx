import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTimeAgo } from '../../lib/format';
import { Button } from './button';

/** One field both people changed: its label, what this person has, and what is saved now. */
export interface ConflictField {
  name: string;
  label: string;
  mine: string;
  theirs: string;
}

interface EditConflictProps {
  changedBy: string | null;
  changedAt: string | null;
  /** The fields whose texts differ; the component shows them side by side. */
  fields: ConflictField[];
  /** Take the saved version; what this person typed is dropped only now, by their choice. */
  onKeepTheirs(): void;
  /** Save this person's version over the newer one, knowingly. */
  onKeepMine(): void;
  /** Both texts in the fields, to edit into one; left out where nothing can be combined (numbers, a list). */
  onCombine?: () => void;
  busy?: boolean;
}

/**
 * Shown beside a form when someone else saved the same thing after this person started: who and when,
 * both versions, and three ways on. Nothing typed is lost until the person chooses; the server refused the
 * save and changed nothing (docs/api.md, Edits and revisions).
 */
export function EditConflict({ changedBy, changedAt, fields, onKeepTheirs, onKeepMine, onCombine, busy = false }: EditConflictProps) {
  const { t } = useTranslation();
  const id = useId();
  const who = changedBy ?? t('conflict.someone');
  const when = changedAt ? formatTimeAgo(changedAt, t('locale')) : '';
  return (
    <div className="edit-conflict" role="group" aria-labelledby={`${id}-title`} data-testid="edit-conflict">
      <p id={`${id}-title`} className="edit-conflict__title" role="alert">
        {changedAt ? t('conflict.changed', { name: who, when }) : t('conflict.gone')}
        {changedAt && <span className="visually-hidden"> ({formatDateTime(changedAt, t('locale'))})</span>}
      </p>
      <p className="muted">{t('conflict.explain')}</p>
      {fields.length > 0 && (
        <table className="edit-conflict__versions">
          <caption className="visually-hidden">{t('conflict.versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.theirs', { name: who })}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.name} data-testid={`conflict-${f.name}`}>
                <th scope="row">{f.label}</th>
                <td data-testid="conflict-mine">{f.mine || '—'}</td>
                <td data-testid="conflict-theirs">{f.theirs || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <Button variant="secondary" onClick={onKeepTheirs} busy={busy}>
          {t('conflict.keepTheirs')}
        </Button>
        <Button variant="secondary" onClick={onKeepMine} busy={busy}>
          {t('conflict.keepMine')}
        </Button>
        {onCombine && (
          <Button variant="secondary" onClick={onCombine} busy={busy}>
            {t('conflict.combine')}
          </Button>
        )}
      </div>
    </div>
  );
}
