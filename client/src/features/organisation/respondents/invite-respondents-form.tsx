import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { graphql } from '../../../gql';
import type { RespondentLayer, UserSummary } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useRespondentTexts } from './respondents-texts';

const InviteRespondentsMutation = graphql(`
  mutation InviteRespondents($input: InviteRespondentsInput!) {
    inviteRespondents(input: $input) {
      ...RespondentInvitationFields
    }
  }
`);

/** The layers in the server's order, from the work floor up. */
export const LAYERS: readonly RespondentLayer[] = ['VOLUNTEER', 'PROFESSIONAL', 'SUPPORT_STAFF', 'TEAM_LEAD', 'MANAGEMENT', 'BOARD'];

/** Today in the scheme's time zone, as a date input wants it; the server judges "today or later" the same way. */
function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

interface InviteRespondentsFormProps {
  cycleId: string;
  members: readonly Pick<UserSummary, 'id' | 'name' | 'role'>[];
  /** People invited on this cycle already, as far as the list shows them; the server refuses them anyway. */
  invited: ReadonlySet<string>;
  categories: readonly { id: string; code: string; title: string }[];
}

/** Choose people with a layer each, optionally the categories to answer, and a due date; then invite. */
export function InviteRespondentsForm({ cycleId, members, invited, categories }: InviteRespondentsFormProps) {
  const { r, t, errorText } = useRespondentTexts();
  const invite = useCommand(InviteRespondentsMutation, { refetchQueries: ['RespondentsPanel', 'SelfEvaluationSpread'] });
  /** Chosen people and their layer ('' until one is chosen). */
  const [chosen, setChosen] = useState<ReadonlyMap<string, RespondentLayer | ''>>(new Map());
  const [categoryCodes, setCategoryCodes] = useState<readonly string[]>([]);
  const [dueDate, setDueDate] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<number | null>(null);

  const candidates = members.filter((m) => !invited.has(m.id));
  const withoutLayer = [...chosen].filter(([, layer]) => layer === '').map(([id]) => id);
  // The form's own checks, shown once the person tried to send it; the server checks the same and more.
  const checks =
    attempt > 0
      ? {
          invitees: chosen.size === 0 ? r('fieldErrors.invitees') : null,
          layer: withoutLayer.length > 0 ? r('fieldErrors.layer') : null,
          dueDate: dueDate === '' ? r('fieldErrors.dueDate') : null,
        }
      : {};
  const fields = {
    invitees: `invite-${candidates[0]?.id ?? 'none'}`,
    layer: `invite-layer-${withoutLayer[0] ?? ''}`,
    categoryCodes: `invite-category-${categories[0]?.code ?? ''}`,
    dueDate: 'invite-due',
  };
  const errors = useFormErrors({ checks, refusal: invite.refusal, prefix: 'invite', fields, text: errorText });

  const choose = (id: string, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(id, '');
    else next.delete(id);
    setChosen(next);
  };
  const setLayer = (id: string, layer: RespondentLayer | '') => setChosen(new Map(chosen).set(id, layer));
  const toggleCategory = (code: string, on: boolean) => setCategoryCodes(on ? [...categoryCodes, code] : categoryCodes.filter((c) => c !== code));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    invite.reset();
    setAttempt((n) => n + 1);
    if (chosen.size === 0 || withoutLayer.length > 0 || dueDate === '') return;
    const invitees = [...chosen].map(([userId, layer]) => ({ userId, layer: layer as RespondentLayer }));
    const result = await invite.run({ input: { cycleId, invitees, categoryCodes: [...categoryCodes], dueDate } });
    if (result) {
      setSent(result.inviteRespondents.length);
      setChosen(new Map());
      setCategoryCodes([]);
      setAttempt(0);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} aria-labelledby="invite-title" noValidate data-testid="invite-respondents">
      <h3 id="invite-title">{r('invite.title')}</h3>
      {errors.summary}
      <fieldset className="choice" {...errors.describes('invitees')}>
        <legend>{r('invite.people')}</legend>
        <p className="field__hint">{r('invite.peopleHint')}</p>
        {candidates.length === 0 && <p className="muted">{r('invite.noMembers')}</p>}
        {candidates.map((member) => {
          const layer = chosen.get(member.id);
          const layerId = `invite-layer-${member.id}`;
          return (
            <div key={member.id} className="invitee">
              <label className="choice__option">
                <input type="checkbox" id={`invite-${member.id}`} checked={layer !== undefined} onChange={(e) => choose(member.id, e.target.checked)} />
                <span>
                  {member.name} <span className="muted">({t(`role.${member.role}`)})</span>
                </span>
              </label>
              <span>
                <label htmlFor={layerId} className="visually-hidden">
                  {r('invite.layerFor', { name: member.name })}
                </label>
                <select
                  id={layerId}
                  value={layer ?? ''}
                  disabled={layer === undefined}
                  onChange={(e) => setLayer(member.id, e.target.value as RespondentLayer | '')}
                  {...(layer === '' ? errors.invalid('layer') : {})}
                >
                  <option value="">{r('invite.chooseLayer')}</option>
                  {LAYERS.map((l) => (
                    <option key={l} value={l}>
                      {r(`layer.${l}`)}
                    </option>
                  ))}
                </select>
              </span>
            </div>
          );
        })}
        {errors.at('invitees')}
        {errors.at('layer')}
      </fieldset>
      <fieldset className="choice" {...errors.describes('categoryCodes')}>
        <legend>{r('invite.categories')}</legend>
        <p className="field__hint">{r('invite.categoriesHint')}</p>
        {categories.map((category) => (
          <label key={category.id} className="choice__option">
            <input
              type="checkbox"
              id={`invite-category-${category.code}`}
              checked={categoryCodes.includes(category.code)}
              onChange={(e) => toggleCategory(category.code, e.target.checked)}
            />
            <span>
              {category.code} {category.title}
            </span>
          </label>
        ))}
        {errors.at('categoryCodes')}
      </fieldset>
      <Field id={fields.dueDate} className="field--date" label={r('invite.dueDate')} hint={r('invite.dueDateHint')} {...errors.field('dueDate')}>
        <input type="date" required min={todayInAmsterdam()} value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </Field>
      <div className="actions">
        <Button type="submit" busy={invite.pending} busyLabel={r('invite.busy')}>
          {r('invite.submit')}
        </Button>
        {sent !== null && (
          <p role="status" className="muted" data-testid="invited-notice">
            {r('invite.sent', { count: sent })}
          </p>
        )}
      </div>
    </form>
  );
}
