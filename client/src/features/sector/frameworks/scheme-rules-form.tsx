import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { useRefusalText } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { SectorFrameworkVersionFragment } from '../../../gql/graphql';
import { refusalWords } from '../../../lib/refusal-words';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useFormRevision } from '../../../lib/use-form-revision';
import { useSectorErrors } from '../sector-errors';
import { AWARD_RULES, DURATION_KEYS, OPTIONAL_DURATION_KEYS, UNITS, draftOf, fieldName, messagesByField, rulesSchema, toRulesInput, type RulesDraft } from './scheme-rules-input';

const UpdateRulesMutation = graphql(`
  mutation SectorUpdateSchemeRules($input: UpdateSchemeRulesInput!) {
    updateSchemeRules(input: $input) {
      ...SectorFrameworkVersion
    }
  }
`);

const idOf = (name: string) => `rules-${name}`;
/** A problem the server found with one field of the rules; `rule` names the domain rule where it has words. */
interface ServerFieldError {
  field: string;
  message: string;
  rule?: string;
  params?: Record<string, number>;
}

const EVERY_DURATION = [...DURATION_KEYS, ...OPTIONAL_DURATION_KEYS];
const isOptional = (key: string) => (OPTIONAL_DURATION_KEYS as readonly string[]).includes(key);

/**
 * The scheme rules of a draft version: the durations that drive the cycle's timers, the award rule and
 * the audit-days table. Every problem is listed in the summary on top and shown beside its field, whether
 * the form found it (not a number) or the server did (a reminder longer than the validity); what was typed stays.
 */
export function SchemeRulesForm({ version }: { version: SectorFrameworkVersionFragment }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const localise = useSectorErrors();
  const refusalText = useRefusalText();
  const [saved, setSaved] = useState(false);
  const save = useCommand(UpdateRulesMutation);
  const schema = useMemo(() => rulesSchema({ amount: t('rules.errors.amount'), decimal: t('rules.errors.decimal') }), [t]);
  const form = useForm<RulesDraft>({ resolver: zodResolver(schema), defaultValues: draftOf(version.rules, common('locale')) });
  const bands = useFieldArray({ control: form.control, name: 'auditDaysTable' });

  /** The server's field problems, in the screen's language: from the domain rule it names, or where the kind of problem is known. */
  function wordsFor(name: string, problem: ServerFieldError): string {
    if (problem.rule) return refusalWords({ code: 'BAD_USER_INPUT', field: problem.field, details: { rule: problem.rule, ...problem.params }, serverMessage: problem.message });
    if (name.endsWith('-amount')) return t('rules.errors.amount');
    if (name === 'recertificationReminder') return t('rules.errors.reminderShorter');
    if (name.endsWith('-days')) return t('rules.errors.days');
    if (name.endsWith('-maxFte')) return t('rules.errors.maxFte');
    return problem.message;
  }
  // The rules are saved as a whole: a conflict offers the saved rules or these, not a combination.
  const revision = useFormRevision({
    form,
    refusal: save.refusal,
    reset: save.reset,
    initial: version.rulesRevision,
    resubmit: () => void onSubmit(),
    fields: [],
    takeTheirs: (value) => value?.rules && form.reset(draftOf(value.rules as SectorFrameworkVersionFragment['rules'], common('locale'))),
  });
  const refused = revision.refusal;
  const serverFieldErrors = Array.isArray(refused?.details.fieldErrors) ? (refused.details.fieldErrors as ServerFieldError[]) : [];
  const checks = Object.fromEntries(messagesByField(form.formState.errors));
  for (const problem of serverFieldErrors) checks[fieldName(problem.field)] ??= wordsFor(fieldName(problem.field), problem);

  // Every field in the order of the form; a duration's own problem points at its amount.
  const fields: Record<string, string> = {};
  for (const key of EVERY_DURATION) Object.assign(fields, { [key]: idOf(`${key}-amount`), [`${key}-amount`]: idOf(`${key}-amount`), [`${key}-unit`]: idOf(`${key}-unit`) });
  fields.awardRule = idOf('awardRule');
  bands.fields.forEach((_, i) => Object.assign(fields, { [`auditDaysTable-${i}-maxFte`]: idOf(`auditDaysTable-${i}-maxFte`), [`auditDaysTable-${i}-days`]: idOf(`auditDaysTable-${i}-days`) }));
  fields.auditDaysTable = idOf('auditDaysTable-0-days');
  const errors = useFormErrors({
    checks,
    // A refusal about fields shows beside them; one about the version (published, a role) in the summary.
    refusal: serverFieldErrors.length > 0 ? null : refused,
    prefix: 'rules',
    fields,
    text: (refusal) => refusalText(localise(refusal, 'framework')),
  });
  /** The first of a duration's names that has a problem: its amount, its unit or the duration as a whole. */
  const durationProblem = (key: string) => [`${key}-amount`, `${key}-unit`, key].find((name) => errors.message(name) !== null);

  const onSubmit = form.handleSubmit(
    async (draft) => {
      save.reset();
      setSaved(false);
      const result = await save.run({ input: { frameworkVersionId: version.id, rules: toRulesInput(draft), expectedRevision: revision.expectedRevision() } });
      if (!result) return;
      revision.startFrom(result.updateSchemeRules.rulesRevision);
      setSaved(true);
    },
    () => {
      save.reset();
      setSaved(false);
    },
  );

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={save.pending || undefined} data-testid="rules-form">
      {errors.summary}
      {revision.conflict}
      <div className="sector-durations">
        {EVERY_DURATION.map((key) => {
          const problem = durationProblem(key);
          const hint = isOptional(key) ? idOf(`${key}-hint`) : undefined;
          return (
            <fieldset key={key} className="sector-duration" {...(problem ? errors.describes(problem) : {})}>
              <legend>{t(`rules.duration.${key}`)}</legend>
              {hint && (
                <p className="field__hint" id={hint}>
                  {t('rules.optionalHint')}
                </p>
              )}
              <div className="sector-duration__inputs">
                <label className="visually-hidden" htmlFor={idOf(`${key}-amount`)}>
                  {t('rules.amountOf', { name: t(`rules.duration.${key}`) })}
                </label>
                <input id={idOf(`${key}-amount`)} type="text" inputMode="numeric" {...form.register(`${key}.amount`)} {...errors.invalid(problem === `${key}-unit` ? `${key}-amount` : (problem ?? `${key}-amount`), hint)} />
                <label className="visually-hidden" htmlFor={idOf(`${key}-unit`)}>
                  {t('rules.unitOf', { name: t(`rules.duration.${key}`) })}
                </label>
                <select id={idOf(`${key}-unit`)} {...form.register(`${key}.unit`)} {...errors.invalid(`${key}-unit`)}>
                  {UNITS.map((u) => (
                    <option key={u} value={u}>
                      {t(`rules.unit.${u}`)}
                    </option>
                  ))}
                </select>
              </div>
              {problem && errors.at(problem)}
            </fieldset>
          );
        })}
      </div>

      <div className="field">
        <label htmlFor={idOf('awardRule')}>{t('rules.awardRule')}</label>
        <select id={idOf('awardRule')} {...form.register('awardRule')} {...errors.invalid('awardRule')}>
          {AWARD_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`rules.award.${r}`)}
            </option>
          ))}
        </select>
        {errors.at('awardRule')}
      </div>

      <div className="table-wrap">
        <table className="table" data-testid="audit-days-table" {...errors.describes('auditDaysTable')}>
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
            {bands.fields.map((band, i) => {
              const last = i === bands.fields.length - 1;
              const maxName = `auditDaysTable-${i}-maxFte`;
              const daysName = `auditDaysTable-${i}-days`;
              return (
                <tr key={band.id}>
                  <td>
                    {last ? (
                      <span>{t('rules.noUpperBound')}</span>
                    ) : (
                      <>
                        <label className="visually-hidden" htmlFor={idOf(maxName)}>
                          {t('rules.maxFteOf', { n: i + 1 })}
                        </label>
                        <input id={idOf(maxName)} type="text" inputMode="decimal" {...form.register(`auditDaysTable.${i}.maxFte`)} {...errors.invalid(maxName)} />
                        {errors.at(maxName)}
                      </>
                    )}
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={idOf(daysName)}>
                      {t('rules.daysOf', { n: i + 1 })}
                    </label>
                    <input id={idOf(daysName)} type="text" inputMode="decimal" {...form.register(`auditDaysTable.${i}.days`)} {...errors.invalid(daysName)} />
                    {errors.at(daysName)}
                  </td>
                  <td>
                    {!last && (
                      <Button variant="secondary" onClick={() => bands.remove(i)}>
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
      {errors.at('auditDaysTable')}
      <div className="actions">
        {/* A new band goes before the last one, which has no upper bound. */}
        <Button variant="secondary" onClick={() => bands.insert(Math.max(0, bands.fields.length - 1), { maxFte: '', days: '' })}>
          {t('rules.addBand')}
        </Button>
      </div>

      <div className="actions">
        <Button type="submit" busy={save.pending} busyLabel={t('rules.busy')}>
          {t('rules.save')}
        </Button>
      </div>
      <div role="status" data-testid="rules-status">
        {saved && <p className="banner banner--success">{t('rules.saved')}</p>}
      </div>
    </form>
  );
}
