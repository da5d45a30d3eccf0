import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Refusal } from '../../../components/ui/refusal';
import type { InvitePersonMutation as InviteData, Role } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { InvitePersonMutation, PendingInvitationsQuery } from './learning-admin-operations';
import { useLearningTexts } from './learning-texts';

/** The roles a quality officer invites people in, the learning roles first: those are the new people. */
const INVITABLE: Role[] = ['ORG_PROFESSIONAL', 'ORG_TEAM_LEAD', 'ORG_LEARNING_COORDINATOR', 'ORG_VIEWER', 'ORG_INTERNAL_AUDITOR', 'ORG_QUALITY_OFFICER'];
const FIELDS = ['name', 'email', 'role', 'teamIds'];

/**
 * Inviting the organisation's people: name, address, role and teams. The answer says whether the link was
 * mailed or shows it once to hand over; the invitations still waiting are listed below.
 */
export function InvitePeople({ teams }: { teams: readonly { id: string; name: string; archivedAt?: string | null }[] }) {
  const { l, locale } = useLearningTexts();
  const { t } = useTranslation();
  const pending = useQuery(PendingInvitationsQuery, { fetchPolicy: 'cache-and-network' });
  const invite = useCommand(InvitePersonMutation, { refetchQueries: ['PendingInvitations', 'TeamsScreen', 'OrganisationPeople'] });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [sent, setSent] = useState<InviteData['invitePerson'] | null>(null);
  const fieldError = (field: string) => (invite.refusal?.field === field ? invite.refusal.message : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!role) return invite.setRefusal({ code: 'BAD_USER_INPUT', field: 'role', message: l('people.roleRequired'), details: {} });
    const data = await invite.run({ input: { name, email: email.trim(), role, teamIds } });
    if (!data) return;
    setSent(data.invitePerson);
    setName('');
    setEmail('');
    setRole('');
    setTeamIds([]);
  }

  const waiting = pending.data?.pendingInvitations.nodes ?? [];
  return (
    <section className="card stack" aria-labelledby="invite-people" data-testid="invite-people">
      <h2 id="invite-people">{l('people.title')}</h2>
      <p className="muted">{l('people.lead')}</p>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)} aria-label={l('people.title')}>
        <Field id="invite-name" label={l('people.name')} error={fieldError('name')}>
          <input type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="invite-email" label={l('people.email')} error={fieldError('email')}>
          <input type="email" inputMode="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field id="invite-role" label={l('people.role')} error={fieldError('role')}>
          <select value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
            <option value="">{l('people.chooseRole')}</option>
            {INVITABLE.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        {teams.some((team) => !team.archivedAt) && (
          <fieldset className="choice">
            <legend>{l('people.teams')}</legend>
            {teams
              .filter((team) => !team.archivedAt)
              .map((team) => (
                <label key={team.id} className="choice__option">
                  <input type="checkbox" checked={teamIds.includes(team.id)} onChange={(e) => setTeamIds(e.target.checked ? [...teamIds, team.id] : teamIds.filter((id) => id !== team.id))} />
                  <span>{team.name}</span>
                </label>
              ))}
          </fieldset>
        )}
        {invite.refusal && !FIELDS.includes(invite.refusal.field ?? '') && <Refusal refusal={invite.refusal} />}
        <div className="actions">
          <Button type="submit" busy={invite.pending} busyLabel={l('people.busy')}>
            {l('people.submit')}
          </Button>
        </div>
      </form>
      <div role="status" data-testid="invitation-sent">
        {sent && (
          <div className="alert alert--success stack">
            <p>{sent.mailed ? l('people.mailed', { name: sent.person.name }) : l('people.handOver', { name: sent.person.name, date: formatDateTime(sent.expiresAt, locale) })}</p>
            {sent.link && (
              <p>
                <label htmlFor="invitation-link">{l('people.link')}</label>
                <input id="invitation-link" type="text" readOnly value={sent.link} onFocus={(e) => e.target.select()} data-testid="invitation-link" />
              </p>
            )}
          </div>
        )}
      </div>
      <h3>{l('people.waiting')}</h3>
      {waiting.length === 0 ? (
        <p className="muted">{l('people.noneWaiting')}</p>
      ) : (
        <ul data-testid="pending-invitations">
          {waiting.map((i) => (
            <li key={i.id}>
              {l('people.waitingLine', { name: i.person.name, role: t(`role.${i.person.role}`), date: formatDateTime(i.expiresAt, locale) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
