import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { graphql } from '../../gql';
import type { AuditProgrammeViewFragment, InterviewGroup } from '../../gql/graphql';
import { useCommand } from '../../lib/use-command';
import { useFormErrors } from '../../lib/use-form-errors';
import { useFormRevision } from '../../lib/use-form-revision';
import { AuditProgrammeQuery } from '../audit-programme/programme-fragment';
import { ProgrammeTable } from '../audit-programme/programme-table';
import { useProgrammeTexts } from '../audit-programme/programme-texts';
import { Pending } from './institution-page';
import { useInstitutionTexts } from './institution-texts';
import type { SectionProps } from './section-props';

const SaveAuditProgrammeMutation = graphql(`
  mutation InstitutionSaveAuditProgramme($input: SaveAuditProgrammeInput!) {
    saveAuditProgramme(input: $input) {
      ...AuditProgrammeView
    }
  }
`);

const ProgrammeNormsQuery = graphql(`
  query InstitutionProgrammeNorms($id: ID!) {
    cycle(id: $id) {
      id
      assessment {
        normId
        normCode
        norm {
          id
          title
        }
      }
    }
  }
`);

const GROUPS: readonly InterviewGroup[] = ['SOCIAL_WORKERS', 'VOLUNTEERS', 'CLIENTS', 'CLIENT_COUNCIL', 'MANAGEMENT_BOARD', 'OTHER'];
const SLOT_FIELDS = ['day', 'startTime', 'endTime', 'group', 'groupLabel', 'participants', 'headCount', 'normIds', 'auditorIds'] as const;

interface SlotValues {
  day: string;
  startTime: string;
  endTime: string;
  group: InterviewGroup;
  groupLabel: string;
  participants: string;
  headCount: string;
  // A group of checkboxes gives an array, a single one its value or false.
  normIds: string[] | string | false;
  auditorIds: string[] | string | false;
}
interface ProgrammeValues {
  slots: SlotValues[];
}

const NEW_SLOT: SlotValues = { day: '1', startTime: '09:00', endTime: '10:00', group: 'SOCIAL_WORKERS', groupLabel: '', participants: '', headCount: '', normIds: [], auditorIds: [] };
const asList = (value: SlotValues['normIds']): string[] => (Array.isArray(value) ? value : value ? [value] : []);

function valuesOf(programme: AuditProgrammeViewFragment | null | undefined): ProgrammeValues {
  return {
    slots: (programme?.slots ?? []).map((s) => ({
      day: String(s.day),
      startTime: s.startTime,
      endTime: s.endTime,
      group: s.group,
      groupLabel: s.groupLabel ?? '',
      participants: s.participants ?? '',
      headCount: s.headCount === null ? '' : String(s.headCount),
      normIds: s.normIds,
      auditorIds: s.auditorIds,
    })),
  };
}

/** The audit programme: everyone on the cycle reads it; the lead auditor plans the interviews. */
export function ProgrammeSection({ cycle, rights }: SectionProps) {
  const { i } = useInstitutionTexts();
  const started = !!cycle.leadAuditor;
  const query = useQuery(AuditProgrammeQuery, { variables: { cycleId: cycle.id }, skip: !started, fetchPolicy: 'cache-and-network' });
  const norms = useQuery(ProgrammeNormsQuery, { variables: { id: cycle.id }, skip: !rights.planProgramme });
  if (!started) return <p className="card muted">{i('programme.notYet')}</p>;
  if (!query.data) return <Pending error={query.error} onRetry={() => void query.refetch()} />;
  const programme = query.data.auditProgramme;
  return (
    <div className="stack">
      <p className="muted">{i('programme.intro')}</p>
      <ProgrammeTable programme={programme} />
      {rights.planProgramme ? (
        norms.data ? (
          <ProgrammeForm
            cycleId={cycle.id}
            programme={programme}
            days={Math.max(1, Math.ceil(cycle.auditDays ?? 1))}
            auditors={[cycle.leadAuditor, cycle.coAuditor].filter((a): a is { id: string; name: string } => !!a)}
            norms={norms.data.cycle.assessment.map((a) => ({ id: a.normId, code: a.normCode, title: a.norm.title }))}
          />
        ) : (
          <Pending error={norms.error} onRetry={() => void norms.refetch()} />
        )
      ) : (
        <p className="muted">{i('programme.leadOnly')}</p>
      )}
    </div>
  );
}

interface FormProps {
  cycleId: string;
  programme: AuditProgrammeViewFragment | null | undefined;
  days: number;
  auditors: { id: string; name: string }[];
  norms: { id: string; code: string; title: string }[];
}

function ProgrammeForm({ cycleId, programme, days, auditors, norms }: FormProps) {
  const { i, errorText } = useInstitutionTexts();
  const save = useCommand(SaveAuditProgrammeMutation, { refetchQueries: ['AuditProgramme'] });
  const [saved, setSaved] = useState(false);
  const form = useForm<ProgrammeValues>({ defaultValues: valuesOf(programme) });
  const slots = useFieldArray({ control: form.control, name: 'slots' });
  // The client keeps a field's last part; the slot it is about is in the full path the server gave.
  const path = typeof save.refusal?.details.field === 'string' ? save.refusal.details.field : save.refusal?.field;
  const refusal = save.refusal && { ...save.refusal, field: path };
  const fields = Object.fromEntries(slots.fields.flatMap((_, n) => SLOT_FIELDS.map((f) => [`slots.${n}.${f}`, `programme-${n}-${f}`])));
  // The slots are saved as a whole: a conflict offers their programme or this one, not a combination.
  const revision = useFormRevision({
    form,
    refusal,
    reset: save.reset,
    initial: programme?.revision ?? 0,
    resubmit: () => void onSubmit(),
    fields: [],
    takeTheirs: (value) => form.reset(valuesOf({ slots: (value?.slots ?? []) as AuditProgrammeViewFragment['slots'] } as AuditProgrammeViewFragment)),
  });
  const errors = useFormErrors({ form, refusal: revision.refusal, prefix: 'programme', fields, text: errorText });

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const input = {
      cycleId,
      expectedRevision: revision.expectedRevision(),
      slots: values.slots.map((s) => ({
        day: Number(s.day),
        startTime: s.startTime,
        endTime: s.endTime,
        group: s.group,
        groupLabel: s.group === 'OTHER' ? s.groupLabel : null,
        participants: s.participants.trim() || null,
        headCount: s.headCount.trim() === '' ? null : Number(s.headCount),
        normIds: asList(s.normIds),
        auditorIds: asList(s.auditorIds),
      })),
    };
    const result = await save.run({ input });
    if (!result) return;
    revision.startFrom(result.saveAuditProgramme.revision);
    setSaved(true);
  }, save.reset);

  return (
    <form className="card form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="programme-form">
      {errors.summary}
      {revision.conflict}
      <h3>{i('programme.formTitle')}</h3>
      <p className="muted">{i('programme.formIntro', { count: days })}</p>
      {slots.fields.length === 0 && <p className="muted">{i('programme.noSlots')}</p>}
      {slots.fields.map((item, n) => (
        <SlotFields key={item.id} n={n} form={form} errors={errors} days={days} auditors={auditors} norms={norms} onRemove={() => slots.remove(n)} />
      ))}
      <div>
        <Button variant="secondary" onClick={() => slots.append({ ...NEW_SLOT }, { shouldFocus: false })} data-testid="programme-add">
          {i('programme.add')}
        </Button>
      </div>
      <div className="actions">
        <Button type="submit" busy={save.pending} busyLabel={i('programme.saving')}>
          {i('programme.save')}
        </Button>
      </div>
      {saved && (
        <p role="status" className="banner banner--success" data-testid="programme-saved">
          {i('programme.saved')}
        </p>
      )}
    </form>
  );
}

interface SlotProps extends Omit<FormProps, 'cycleId' | 'programme'> {
  n: number;
  form: UseFormReturn<ProgrammeValues>;
  errors: ReturnType<typeof useFormErrors<ProgrammeValues>>;
  onRemove(): void;
}

function SlotFields({ n, form, errors, days, auditors, norms, onRemove }: SlotProps) {
  const { i } = useInstitutionTexts();
  const { p } = useProgrammeTexts();
  type SlotField = (typeof SLOT_FIELDS)[number];
  const id = (field: SlotField) => `programme-${n}-${field}`;
  const name = (field: SlotField) => `slots.${n}.${field}` as const;
  /** A control's id, its refusal's aria attributes and its binding to the form. */
  const bind = (field: SlotField, hintId?: string) => ({ id: id(field), ...errors.invalid(name(field), hintId), ...form.register(name(field)) });
  /** One labelled control with the refusal that names it. */
  const cell = (field: Exclude<SlotField, 'normIds' | 'auditorIds'>, control: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={id(field)}>{i(`programme.${field}`)}</label>
      {hint && (
        <p id={`${id(field)}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {control}
      {errors.at(name(field))}
    </div>
  );
  /** A group of checkboxes; the first carries the id the error summary links to. */
  const choices = (field: 'normIds' | 'auditorIds', options: { id: string; label: string; title?: string }[], className?: string) => (
    <fieldset className="choice" {...errors.describes(name(field))}>
      <legend>{i(`programme.${field === 'normIds' ? 'norms' : 'auditors'}`)}</legend>
      <div className={className}>
        {options.map((option, k) => (
          <label key={option.id} className="choice__option" title={option.title}>
            <input type="checkbox" id={k === 0 ? id(field) : undefined} value={option.id} {...form.register(name(field))} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {errors.at(name(field))}
    </fieldset>
  );
  const group = form.watch(name('group'));
  return (
    <fieldset className="programme-slot" data-testid="programme-slot-form">
      <legend>{i('programme.slot', { n: n + 1 })}</legend>
      <div className="programme-slot__row">
        {cell(
          'day',
          <select {...bind('day')}>
            {Array.from({ length: days }, (_, d) => (
              <option key={d} value={String(d + 1)}>
                {p('day', { n: d + 1 })}
              </option>
            ))}
          </select>,
        )}
        {cell('startTime', <input type="time" {...bind('startTime')} />)}
        {cell('endTime', <input type="time" {...bind('endTime')} />)}
      </div>
      <div className="programme-slot__row">
        {cell(
          'group',
          <select {...bind('group')}>
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {p(`group.${g}`)}
              </option>
            ))}
          </select>,
        )}
        {group === 'OTHER' && cell('groupLabel', <input type="text" {...bind('groupLabel')} />)}
        {cell('headCount', <input type="number" min={1} inputMode="numeric" {...bind('headCount')} />)}
      </div>
      {cell('participants', <textarea rows={2} {...bind('participants', `${id('participants')}-hint`)} />, i('programme.participantsHint'))}
      {choices('auditorIds', auditors.map((a) => ({ id: a.id, label: a.name })))}
      {choices('normIds', norms.map((norm) => ({ id: norm.id, label: norm.code, title: norm.title })), 'programme-slot__norms')}
      <div>
        <Button variant="secondary" onClick={onRemove}>
          {i('programme.remove', { n: n + 1 })}
        </Button>
      </div>
    </fieldset>
  );
}
