import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { EditConflict } from '../../../components/ui/edit-conflict';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { Role, SectorFrameworkVersionFragment, VariantGuideInput } from '../../../gql/graphql';
import { combineTexts, revisionConflict } from '../../../lib/revision-conflict';
import { useCommand } from '../../../lib/use-command';

const UpdateGuideMutation = graphql(`
  mutation SectorUpdateVariantGuide($input: UpdateVariantGuideInput!) {
    updateVariantGuide(input: $input) {
      ...SectorFrameworkVersion
    }
  }
`);

type Guide = NonNullable<SectorFrameworkVersionFragment['variantGuide']>;

/** The tree as the sector body edits it: only what updateVariantGuide takes, without the type names. */
function editable(guide: Guide | null | undefined): string {
  if (!guide) return JSON.stringify({ start: '', questions: [] }, null, 2);
  const questions = guide.questions.map((q) => ({
    key: q.key,
    text: q.text,
    ...(q.help && { help: q.help }),
    options: q.options.map((o) => ({
      key: o.key,
      label: o.label,
      ...(o.next && { next: o.next }),
      ...(o.variant && { variant: o.variant }),
      ...(o.wholeOrganisation != null && { wholeOrganisation: o.wholeOrganisation }),
    })),
  }));
  return JSON.stringify({ start: guide.start, questions }, null, 2);
}

/**
 * The version's decision tree: shown question by question with where each answer leads, and for the
 * secretariat editable as a whole. The server checks the tree and names every problem with its place.
 */
export function VariantGuideSection({ version, role }: { version: SectorFrameworkVersionFragment; role: Role }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const guide = version.variantGuide;
  const [text, setText] = useState(() => editable(guide));
  const [notJson, setNotJson] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // The revision the text in the editor started from; a save from an older one is refused with CONFLICT.
  const [revision, setRevision] = useState(version.variantGuideRevision);
  const save = useCommand(UpdateGuideMutation);
  const conflict = revisionConflict(save.refusal);
  const theirs = conflict ? editable(conflict.value?.guide as Guide | null | undefined) : '';
  const canEdit = role === 'SECTOR_ADMIN' && version.status !== 'RETIRED';
  const fieldErrors = Array.isArray(save.refusal?.details.fieldErrors) ? (save.refusal.details.fieldErrors as { field: string; message: string }[]) : [];

  async function onSave(expectedRevision = revision) {
    setSaved(false);
    save.reset();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
      setNotJson(null);
    } catch (err) {
      setNotJson(t('guide.notJson', { reason: (err as Error).message }));
      return;
    }
    const result = await save.run({ input: { frameworkVersionId: version.id, guide: parsed as VariantGuideInput, expectedRevision } });
    if (!result) return;
    setRevision(result.updateVariantGuide.variantGuideRevision);
    setSaved(true);
  }

  /** After a conflict the editor goes on from the saved revision, with the text the person chose. */
  function continueWith(nextText: string) {
    if (!conflict) return;
    setRevision(conflict.revision);
    setText(nextText);
    save.reset();
  }

  const recommends = (o: Guide['questions'][number]['options'][number]) =>
    [o.variant && common(`variant.${o.variant}`), o.wholeOrganisation != null && (o.wholeOrganisation ? t('guide.whole') : t('guide.units'))].filter(Boolean).join(', ');

  return (
    <section className="card" aria-labelledby="guide-title" data-testid="sector-variant-guide">
      <h2 id="guide-title">{t('guide.title')}</h2>
      {!guide ? (
        <p className="muted">{t('guide.none')}</p>
      ) : guide.placeholder ? (
        <p className="banner banner--warning">{t('guide.placeholder')}</p>
      ) : (
        <p className="muted">{t('guide.setBySector')}</p>
      )}
      {guide && (
        <ol className="sector-list">
          {guide.questions.map((q) => (
            <li key={q.key}>
              <strong>
                {q.key === guide.start && `${t('guide.start')}: `}
                {q.text}
              </strong>{' '}
              <span className="muted">({q.key})</span>
              <ul>
                {q.options.map((o) => (
                  <li key={o.key}>
                    {o.label}
                    {o.next && ` → ${t('guide.leadsTo', { key: o.next })}`}
                    {recommends(o) && ` · ${t('guide.recommends', { what: recommends(o) })}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <div className="form">
          <div className="field">
            <label htmlFor="guide-json">{t('guide.editLabel')}</label>
            <p id="guide-json-hint" className="field__hint">
              {t('guide.editHint')}
            </p>
            <textarea
              id="guide-json"
              className="code-input"
              rows={14}
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={notJson || (save.refusal && !conflict) ? 'guide-json-hint guide-json-error' : 'guide-json-hint'}
              aria-invalid={notJson || (save.refusal && !conflict) ? true : undefined}
            />
            {conflict && (
              <EditConflict
                changedBy={conflict.changedBy}
                changedAt={conflict.changedAt}
                fields={theirs === text ? [] : [{ name: 'guide', label: t('guide.editLabel'), mine: text, theirs }]}
                busy={save.pending}
                onKeepTheirs={() => continueWith(theirs)}
                onKeepMine={() => void onSave(conflict.revision)}
                onCombine={() => continueWith(combineTexts(text, theirs))}
              />
            )}
            {(notJson || (save.refusal && !conflict)) && (
              <div id="guide-json-error" role="alert" className="alert field__error" data-testid="guide-errors">
                {notJson ? <p>{notJson}</p> : fieldErrors.length === 0 && save.refusal ? <Refusal refusal={save.refusal} /> : null}
                {fieldErrors.length > 0 && (
                  <ul className="sector-problems">
                    {fieldErrors.map((p) => (
                      <li key={`${p.field}|${p.message}`}>
                        <strong>{p.field}</strong> {p.message}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
          <div className="actions">
            <Button onClick={() => void onSave()} busy={save.pending} busyLabel={t('guide.busy')}>
              {t('guide.save')}
            </Button>
          </div>
          {saved && <p className="banner banner--success">{t('guide.saved')}</p>}
        </div>
      )}
    </section>
  );
}
