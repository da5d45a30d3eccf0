import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { DurationUnit, SectorFrameworkVersionFragment } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { useSectorErrors } from '../sector-errors';
import { AWARD_RULES, DURATION_KEYS, UNITS, draftOf, fieldId, toRulesInput, type DurationKey, type RulesDraft } from './scheme-rules-input';

const UpdateRulesMutation = graphql(`
  mutation SectorUpdateSchemeRules($input: UpdateSchemeRulesInput!) {
    updateSchemeRules(input: $input) {
      ...SectorFrameworkVersion
    }
  }
`);

/** Per field path, the words to show beside it. */
type FieldErrors = Map<string, string>;

/**
 * The scheme rules of a draft version: the durations that drive the cycle's timers, the award rule and
 * the audit-days table. Problems are shown beside the field they concern; what was typed stays.
 */
export function SchemeRulesForm({ version }: { version: SectorFrameworkVersionFragment }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const localise = useSectorErrors();
  const [draft, setDraft] = useState<RulesDraft>(() => draftOf(version.rules, common('locale')));
  const [localErrors, setFieldErrors] = useState<FieldErrors>(new Map());
  const [saved, setSaved] = useState(false);
  const save = useCommand(UpdateRulesMutation);
  const loading = save.pending;
  const refused = save.refusal;
  const serverFieldErrors = Array.isArray(refused?.details.fieldErrors) ? (refused.details.fieldErrors as { field: string; message: string }[]) : [];
  // A refusal not about one field (a published version, a role) goes on top of the form.
  const error = refused && serverFieldErrors.length === 0 ? localise(refused, 'framework') : null;
  const fieldErrors: FieldErrors =
    serverFieldErrors.length > 0
      ? new Map(serverFieldErrors.map((e) => [e.field.replace(/^rules\./, ''), wordsFor(e.field.replace(/^rules\./, ''), e.message)]))
      : localErrors;

  /** The server's field problems, in the screen's language where the kind of problem is known. */
  function wordsFor(path: string, serverMessage: string): string {
    if (path.endsWith('.amount')) return t('rules.errors.amount');
    if (path === 'recertificationReminder') return t('rules.errors.reminderShorter');
    if (path.endsWith('.days')) return t('rules.errors.days');
    if (path.endsWith('.maxFte')) return t('rules.errors.maxFte');
    return serverMessage;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    setSaved(false);
    const parsed = toRulesInput(draft);
    if ('problems' in parsed) {
      setFieldErrors(new Map([...parsed.problems].map(([path, kind]) => [path, t(kind === 'amount' ? 'rules.errors.amount' : 'rules.errors.decimal')])));
      return;
    }
    setFieldErrors(new Map());
    if (await save.run({ input: { frameworkVersionId: version.id, rules: parsed.input } })) setSaved(true);
  }

  const setDuration = (key: DurationKey, change: Partial<{ amount: string; unit: DurationUnit }>) =>
    setDraft((d) => ({ ...d, durations: { ...d.durations, [key]: { ...d.durations[key], ...change } } }));
  const setBand = (index: number, change: Partial<{ maxFte: string; days: string }>) =>
    setDraft((d) => ({ ...d, bands: d.bands.map((b, i) => (i === index ? { ...b, ...change } : b)) }));

  /** aria attributes and the message for the fields of one path (and, for a group, the group's own path). */
  const problem = (...paths: string[]) => {
    const found = paths.find((p) => fieldErrors.has(p));
    return found ? { path: found, text: fieldErrors.get(found)! } : null;
  };
  const errorText = (path: string, text: string) => (
    <Refusal id={`${fieldId(path)}-error`} className="field__error" refusal={{ code: 'SECTOR_TEXT', message: text, details: {} }} />
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined} data-testid="rules-form">
      {error && <Refusal refusal={error} />}
      {fieldErrors.size > 0 && <p role="alert" className="alert">{t('rules.fixFields', { count: fieldErrors.size })}</p>}
      <div className="sector-durations">
        {DURATION_KEYS.map((key) => {
          const p = problem(`${key}.amount`, `${key}.unit`, key);
          const amountId = fieldId(`${key}.amount`);
          return (
            <fieldset key={key} className="sector-duration">
              <legend>{t(`rules.duration.${key}`)}</legend>
              <div className="sector-duration__inputs">
                <label className="visually-hidden" htmlFor={amountId}>
                  {t('rules.amountOf', { name: t(`rules.duration.${key}`) })}
                </label>
                <input
                  id={amountId}
                  type="text"
                  inputMode="numeric"
                  value={draft.durations[key].amount}
                  onChange={(e) => setDuration(key, { amount: e.target.value })}
                  aria-invalid={p ? true : undefined}
                  aria-describedby={p ? `${fieldId(p.path)}-error` : undefined}
                />
                <label className="visually-hidden" htmlFor={fieldId(`${key}.unit`)}>
                  {t('rules.unitOf', { name: t(`rules.duration.${key}`) })}
                </label>
                <select id={fieldId(`${key}.unit`)} value={draft.durations[key].unit} onChange={(e) => setDuration(key, { unit: e.target.value as DurationUnit })}>
                  {UNITS.map((u) => (
                    <option key={u} value={u}>
                      {t(`rules.unit.${u}`)}
                    </option>
                  ))}
                </select>
              </div>
              {p && errorText(p.path, p.text)}
            </fieldset>
          );
        })}
      </div>

      <div className="field">
        <label htmlFor="rules-awardRule">{t('rules.awardRule')}</label>
        <select id="rules-awardRule" value={draft.awardRule} onChange={(e) => setDraft((d) => ({ ...d, awardRule: e.target.value as RulesDraft['awardRule'] }))}>
          {AWARD_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`rules.award.${r}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="table-wrap">
        <table className="table" data-testid="audit-days-table">
          <caption>{t('rules.bandsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.maxFte')}</th>
              <th scope="col">{t('rules.days')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('rules.bandActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.bands.map((band, i) => {
              const last = i === draft.bands.length - 1;
              const maxP = problem(`auditDaysTable[${i}].maxFte`);
              const daysP = problem(`auditDaysTable[${i}].days`);
              const maxId = fieldId(`auditDaysTable[${i}].maxFte`);
              const daysId = fieldId(`auditDaysTable[${i}].days`);
              return (
                <tr key={i}>
                  <td>
                    {last ? (
                      <span>{t('rules.noUpperBound')}</span>
                    ) : (
                      <>
                        <label className="visually-hidden" htmlFor={maxId}>
                          {t('rules.maxFteOf', { n: i + 1 })}
                        </label>
                        <input
                          id={maxId}
                          type="text"
                          inputMode="decimal"
                          value={band.maxFte}
                          onChange={(e) => setBand(i, { maxFte: e.target.value })}
                          aria-invalid={maxP ? true : undefined}
                          aria-describedby={maxP ? `${maxId}-error` : undefined}
                        />
                        {maxP && errorText(maxP.path, maxP.text)}
                      </>
                    )}
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={daysId}>
                      {t('rules.daysOf', { n: i + 1 })}
                    </label>
                    <input
                      id={daysId}
                      type="text"
                      inputMode="decimal"
                      value={band.days}
                      onChange={(e) => setBand(i, { days: e.target.value })}
                      aria-invalid={daysP ? true : undefined}
                      aria-describedby={daysP ? `${daysId}-error` : undefined}
                    />
                    {daysP && errorText(daysP.path, daysP.text)}
                  </td>
                  <td>
                    {!last && (
                      <Button variant="secondary" onClick={() => setDraft((d) => ({ ...d, bands: d.bands.filter((_, j) => j !== i) }))}>
                        {t('rules.removeBand', { n: i + 1 })}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {fieldErrors.has('auditDaysTable') && errorText('auditDaysTable', fieldErrors.get('auditDaysTable')!)}
      <div className="actions">
        <Button
          variant="secondary"
          onClick={() => setDraft((d) => ({ ...d, bands: [...d.bands.slice(0, -1), { maxFte: '', days: '' }, d.bands[d.bands.length - 1] ?? { maxFte: '', days: '' }] }))}
        >
          {t('rules.addBand')}
        </Button>
      </div>

      <div className="actions">
        <Button type="submit" busy={loading} busyLabel={t('rules.busy')}>
          {t('rules.save')}
        </Button>
      </div>
      <div role="status" data-testid="rules-status">
        {saved && <p className="banner banner--success">{t('rules.saved')}</p>}
      </div>
    </form>
  );
}
