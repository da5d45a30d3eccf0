import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { Field } from '../../../components/ui/field';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import type { TeamsScreenQuery as TeamsScreenData } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { useOrgUser } from '../org-user';
import { OrgPage } from '../org-page';
import { ArchiveTeamMutation, OrganisationPeopleQuery, SaveTeamMutation, TeamsScreenQuery } from './learning-admin-operations';
import { InvitePeople } from './invite-people';
import { useLearningTexts } from './learning-texts';
import './learning.css';

type Team = TeamsScreenData['teams'][number];

/** The quality officer's teams: make one, change its name and people, archive it; and invite the organisation's people. */
export function TeamsPage() {
  const { l } = useLearningTexts();
  const { data, error, loading, refetch } = useQuery(TeamsScreenQuery, { fetchPolicy: 'cache-and-network' });
  const archive = useCommand(ArchiveTeamMutation, { refetchQueries: ['TeamsScreen'] });
  const step = useConfirmStep();
  const [archiving, setArchiving] = useState<Team | null>(null);
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [said, setSaid] = useState('');

  return (
    <OrgPage title={l('teams.title')} lead={l('teams.lead')} testId="teams-page">
      {editing ? (
        <section className="card">
          <TeamForm
            team={editing === 'new' ? null : editing}
            onDone={(saved) => {
              setEditing(null);
              setSaid(saved ? l('teams.saved') : '');
            }}
          />
        </section>
      ) : (
        <section className="card stack" aria-labelledby="teams-list">
          <h2 id="teams-list">{l('teams.list')}</h2>
          <div className="actions">
            <Button onClick={() => setEditing('new')}>{l('teams.new')}</Button>
          </div>
          {!data ? (
            <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
          ) : data.teams.length === 0 ? (
            <p className="muted">{l('teams.none')}</p>
          ) : (
            <ul className="learning-goals">
              {data.teams.map((team) => (
                <li key={team.id} className="learning-goal stack" data-testid="team">
                  <h3>{team.name}</h3>
                  <p className="muted">
                    {l('teams.members', { count: team.members.length })}
                    {team.archivedAt ? ` · ${l('teams.archived')}` : ''}
                  </p>
                  {team.members.length > 0 && <p>{team.members.map((m) => m.name).join(', ')}</p>}
                  {!team.archivedAt && (
                    <ConfirmStep
                      step={archiving?.id === team.id ? step : { ...step, asking: false }}
                      effect={l('teams.archiveEffect', { name: team.name })}
                      told={l('teams.archiveTold')}
                      busy={archive.pending}
                    >
                      <div className="actions">
                        <Button variant="secondary" onClick={() => setEditing(team)} aria-label={l('teams.editLabel', { name: team.name })}>
                          {l('teams.edit')}
                        </Button>
                        <Button
                          variant="secondary"
                          aria-label={l('teams.archiveLabel', { name: team.name })}
                          onClick={() => {
                            setArchiving(team);
                            step.ask(() => archive.run({ input: { teamId: team.id } }));
                          }}
                        >
                          {l('teams.archive')}
                        </Button>
                      </div>
                    </ConfirmStep>
                  )}
                </li>
              ))}
            </ul>
          )}
          {archive.refusal && <Refusal refusal={archive.refusal} />}
        </section>
      )}
      <p role="status" className="muted">
        {said}
      </p>
      {!editing && data && <InvitePeople teams={data.teams} />}
    </OrgPage>
  );
}

function TeamForm({ team, onDone }: { team: Team | null; onDone(saved: boolean): void }) {
  const { l } = useLearningTexts();
  const me = useOrgUser();
  const people = useQuery(OrganisationPeopleQuery, { variables: { organisationId: me.organisationId } }).data?.organisation.members ?? [];
  const save = useCommand(SaveTeamMutation, { refetchQueries: ['TeamsScreen'] });
  const [name, setName] = useState(team?.name ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(team?.members.map((m) => m.id) ?? []);
  const fieldError = (field: string) => (save.refusal?.field === field ? save.refusal.message : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save.run({ input: { teamId: team?.id, name, memberIds } })) onDone(true);
  }

  return (
    <form className="stack" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="team-form-title" data-testid="team-form">
      <h2 id="team-form-title">{team ? l('teams.formEdit') : l('teams.formNew')}</h2>
      <Field id="team-name" label={l('teams.name')} error={fieldError('name')}>
        <input type="text" required value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <fieldset className="choice" {...(fieldError('memberIds') ? { 'aria-describedby': 'team-members-error' } : {})}>
        <legend>{l('teams.people')}</legend>
        {people.map((p) => (
          <label key={p.id} className="choice__option">
            <input type="checkbox" checked={memberIds.includes(p.id)} onChange={(e) => setMemberIds(e.target.checked ? [...memberIds, p.id] : memberIds.filter((id) => id !== p.id))} />
            <span>{p.name}</span>
          </label>
        ))}
        {fieldError('memberIds') && (
          <p role="alert" id="team-members-error" className="alert alert--error field__error">
            {fieldError('memberIds')}
          </p>
        )}
      </fieldset>
      {save.refusal && !['name', 'memberIds'].includes(save.refusal.field ?? '') && <Refusal refusal={save.refusal} />}
      <div className="actions">
        <Button type="submit" busy={save.pending} busyLabel={l('teams.busy')}>
          {l('teams.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {l('teams.cancel')}
        </Button>
      </div>
    </form>
  );
}
