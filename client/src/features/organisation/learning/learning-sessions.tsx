import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import type { LearningSessionKind, LearningSessionsQuery as LearningSessionsData } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { nextPage } from '../../../lib/next-page';
import { useCommand } from '../../../lib/use-command';
import { useOrgUser } from '../org-user';
import { OrganisationPeopleQuery } from './learning-admin-operations';
import { LearningSessionsQuery, PlanLearningSessionMutation, RecordLearningSessionAttendanceMutation, SessionPlanningTeamsQuery } from './learning-operations';
import { useLearningTexts } from './learning-texts';

const PAGE_SIZE = 20;
/** Who plans sessions and records attendance; the server decides, the screen only leaves out what they cannot do. */
export const SESSION_PLANNERS: string[] = ['ORG_LEARNING_COORDINATOR', 'ORG_QUALITY_OFFICER'];
const KINDS: LearningSessionKind[] = ['SESSION' as LearningSessionKind, 'CENTRAL_TRAINING' as LearningSessionKind];
const todayIso = () => new Date().toLocaleDateString('sv-SE');
const REFETCH = { refetchQueries: ['LearningSessions', 'LearningThemes'] };

type Session = LearningSessionsData['learningSessions']['nodes'][number];

/** The coordinator's form to plan a session, from a theme of the agenda (title filled in from it) or without one. */
export function PlanSessionForm({ theme, onDone }: { theme: { id: string; title: string } | null; onDone: (planned: boolean) => void }) {
  const { l } = useLearningTexts();
  const me = useOrgUser();
  const people = useQuery(OrganisationPeopleQuery, { variables: { organisationId: me.organisationId } }).data?.organisation.members ?? [];
  const teams = useQuery(SessionPlanningTeamsQuery).data?.teams ?? [];
  const plan = useCommand(PlanLearningSessionMutation, REFETCH);
  const [form, setForm] = useState({ title: theme?.title ?? '', kind: KINDS[0], date: todayIso(), hours: '', teamId: '' });
  const [participantIds, setParticipantIds] = useState<string[]>([]);
  const fieldError = (field: string) => (plan.refusal?.field === field ? plan.refusal.message : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const hours = Number(form.hours.trim().replace(',', '.'));
    const input = { ...form, hours: Number.isFinite(hours) ? hours : 0, teamId: form.teamId || null, themeId: theme?.id ?? null, participantIds };
    if (await plan.run({ input })) onDone(true);
  }

  return (
    <form className="stack" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="plan-session-title" data-testid="plan-learning-session">
      <h2 id="plan-session-title">{theme ? l('sessions.formTitleFor', { title: theme.title }) : l('sessions.formTitle')}</h2>
      <Field id="session-title" label={l('sessions.title')} error={fieldError('title')}>
        <input type="text" required value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
      </Field>
      <Field id="session-kind" label={l('sessions.kind')} error={fieldError('kind')}>
        <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as LearningSessionKind })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {l(`sessionKind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="session-date" label={l('sessions.date')} error={fieldError('date')} className="field--short">
        <input type="date" required value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
      </Field>
      <Field id="session-hours" label={l('sessions.hours')} hint={l('sessions.hoursHint')} error={fieldError('hours')} className="field--short">
        <input type="text" inputMode="decimal" required value={form.hours} onChange={(e) => setForm({ ...form, hours: e.target.value })} />
      </Field>
      <Field id="session-team" label={l('sessions.team')} error={fieldError('teamId')}>
        <select value={form.teamId} onChange={(e) => setForm({ ...form, teamId: e.target.value })}>
          <option value="">{l('sessions.noTeam')}</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="choice" aria-describedby={['session-participants-hint', fieldError('participantIds') ? 'session-participants-error' : ''].filter(Boolean).join(' ')}>
        <legend>{l('sessions.participants')}</legend>
        <p id="session-participants-hint" className="field__hint">
          {l('sessions.participantsHint')}
        </p>
        {people.map((p) => (
          <label key={p.id} className="choice__option">
            <input type="checkbox" checked={participantIds.includes(p.id)} onChange={(e) => setParticipantIds(e.target.checked ? [...participantIds, p.id] : participantIds.filter((id) => id !== p.id))} />
            <span>{p.name}</span>
          </label>
        ))}
        {fieldError('participantIds') && (
          <p role="alert" id="session-participants-error" className="alert alert--error field__error">
            {fieldError('participantIds')}
          </p>
        )}
      </fieldset>
      {plan.refusal && !['title', 'kind', 'date', 'hours', 'teamId', 'participantIds'].includes(plan.refusal.field ?? '') && <Refusal refusal={plan.refusal} />}
      <div className="actions">
        <Button type="submit" busy={plan.pending} busyLabel={l('sessions.busy')}>
          {l('sessions.submit')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {l('sessions.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The sessions: all of the organisation for the coordinator (with attendance to record), one's own for anyone else. */
export function LearningSessions({ onPlan }: { onPlan: (() => void) | null }) {
  const { l } = useLearningTexts();
  const me = useOrgUser();
  const planner = SESSION_PLANNERS.includes(me.role);
  const { data, error, loading, refetch, fetchMore } = useQuery(LearningSessionsQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const page = data?.learningSessions;
  return (
    <section className="card stack" aria-labelledby="learning-sessions" data-testid="learning-sessions">
      <h2 id="learning-sessions">{planner ? l('sessions.heading') : l('sessions.mineHeading')}</h2>
      {planner && onPlan && (
        <div className="actions">
          <Button variant="secondary" onClick={onPlan}>
            {l('sessions.planNew')}
          </Button>
        </div>
      )}
      {!page ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : page.nodes.length === 0 ? (
        <p className="muted">{planner ? l('sessions.none') : l('sessions.noneMine')}</p>
      ) : (
        <ul className="learning-goals">
          {page.nodes.map((session) => (
            <SessionItem key={session.id} session={session} planner={planner} />
          ))}
        </ul>
      )}
      {data && <LoadMore onLoad={nextPage(data, fetchMore, 'learningSessions')} busy={loading} label={l('sessions.loadMore')} className="actions" />}
    </section>
  );
}

function SessionItem({ session, planner }: { session: Session; planner: boolean }) {
  const { l, locale } = useLearningTexts();
  const day = formatDate(session.date, locale);
  return (
    <li className="learning-goal stack" data-testid="learning-session">
      <h3>{session.title}</h3>
      <p className="muted">
        {l(`sessionKind.${session.kind}`)}
        {' · '}
        {l('sessions.when', { date: day, hours: session.hours.toLocaleString(locale) })}
        {planner && ` · ${l('sessions.count', { count: session.participantCount })}`}
      </p>
      {session.theme && <p>{l('sessions.forTheme', { title: session.theme.title })}</p>}
      {session.team && <p>{l('sessions.forTeam', { name: session.team.name })}</p>}
      {planner ? (
        session.date > todayIso() ? (
          <p className="muted">{l('sessions.notYet', { date: day })}</p>
        ) : (
          <AttendanceForm session={session} />
        )
      ) : (
        <p>{session.viewerAttended ? l('sessions.youAttended') : session.attendanceRecordedAt ? l('sessions.youAbsent') : l('sessions.youPending')}</p>
      )}
    </li>
  );
}

/** Who attended, as checkboxes; saving replaces what was recorded, and the server keeps each person's time to one entry. */
function AttendanceForm({ session }: { session: Session }) {
  const { l } = useLearningTexts();
  const record = useCommand(RecordLearningSessionAttendanceMutation);
  const [attendeeIds, setAttendeeIds] = useState(() => session.participants.filter((p) => p.attended).map((p) => p.person.id));
  const [saved, setSaved] = useState(false);
  const legendId = `attendance-${session.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (await record.run({ input: { sessionId: session.id, attendeeIds } })) setSaved(true);
  }

  return (
    <form className="stack" noValidate onSubmit={(e) => void submit(e)} data-testid="record-attendance">
      <fieldset className="choice">
        <legend id={legendId}>{l('sessions.attendanceLegend', { title: session.title })}</legend>
        {session.participants.map((p) => (
          <label key={p.person.id} className="choice__option">
            <input type="checkbox" checked={attendeeIds.includes(p.person.id)} onChange={(e) => setAttendeeIds(e.target.checked ? [...attendeeIds, p.person.id] : attendeeIds.filter((id) => id !== p.person.id))} />
            <span>{p.person.name}</span>
          </label>
        ))}
      </fieldset>
      {record.refusal && <Refusal refusal={record.refusal} />}
      <div className="actions">
        <Button type="submit" busy={record.pending} busyLabel={l('sessions.recordBusy')}>
          {l('sessions.record')}
        </Button>
      </div>
      <p role="status" className="muted">
        {saved ? l('sessions.recorded') : ''}
      </p>
    </form>
  );
}
