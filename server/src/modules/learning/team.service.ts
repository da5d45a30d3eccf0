import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { Role } from '../user/role';
import { User } from '../user/user.entity';
import type { ArchiveTeamInput, SaveTeamInput } from './dto/learning.inputs';
import { Team, TeamMember } from './team.entity';

/** Who reads all of an organisation's teams; a team lead reads the teams they are in. */
export const ALL_TEAMS_ROLES: readonly Role[] = [Role.ORG_QUALITY_OFFICER, Role.ORG_LEARNING_COORDINATOR];

/** The organisation's teams: the quality officer keeps them, people are in one or more. */
export class TeamService {
  async save(em: EntityManager, user: User, input: Change<SaveTeamInput>): Promise<Team> {
    const organisationId = user.organisation!.id;
    const name = input.name.trim();
    const team = input.teamId ? await this.ofOrganisation(em, organisationId, input.teamId) : em.create(Team, { organisation: organisationId, name });
    if (team.archivedAt) throw new DomainError('CONFLICT', 'This team is archived; it can no longer be changed.', 'teamId');
    const sameName = await em.count(Team, { organisation: organisationId, name: { $ilike: name.replace(/[\\%_]/g, '\\$&') }, archivedAt: null, id: { $ne: team.id } });
    if (sameName) throw badInput('name', 'Another team of your organisation already has this name.', 'teamNameTaken');
    const memberIds = [...new Set(input.memberIds)];
    const people = memberIds.length ? await em.find(User, { id: { $in: memberIds }, organisation: organisationId }) : [];
    if (people.length !== memberIds.length) throw notFound('Person', 'memberIds');
    team.name = name;
    const current = input.teamId ? await em.find(TeamMember, { team: team.id }) : [];
    for (const m of current) if (!memberIds.includes(m.person.id)) em.remove(m);
    const kept = new Set(current.map((m) => m.person.id));
    for (const id of memberIds) if (!kept.has(id)) em.create(TeamMember, { team, person: id });
    return team;
  }

  async archive(em: EntityManager, user: User, input: Change<ArchiveTeamInput>): Promise<Team> {
    const team = await this.ofOrganisation(em, user.organisation!.id, input.teamId);
    if (team.archivedAt) throw new DomainError('CONFLICT', 'This team is archived already.', 'teamId');
    team.archivedAt = new Date();
    return team;
  }

  /** The teams the user may read: all of the organisation's, or for a team lead those they are in. */
  async list(em: EntityManager, user: User, includeArchived: boolean): Promise<Team[]> {
    const own = ALL_TEAMS_ROLES.includes(user.role) ? {} : { id: { $in: (await em.find(TeamMember, { person: user.id })).map((m) => m.team.id) } };
    return em.find(Team, { organisation: user.organisation!.id, ...(includeArchived ? {} : { archivedAt: null }), ...own }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** A team the user may read the figures of (not found otherwise, so its existence is not revealed). */
  async readable(em: EntityManager, user: User, teamId: string, field?: string): Promise<Team> {
    const team = await this.ofOrganisation(em, user.organisation!.id, teamId, field);
    if (!ALL_TEAMS_ROLES.includes(user.role) && !(await this.isMember(em, teamId, user.id))) throw notFound('Team', field);
    return team;
  }

  async members(em: EntityManager, teamId: string): Promise<User[]> {
    const rows = await em.find(TeamMember, { team: teamId }, { populate: ['person'] });
    return rows.map((m) => m.person.getEntity()).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  private async isMember(em: EntityManager, teamId: string, personId: string): Promise<boolean> {
    return (await em.count(TeamMember, { team: teamId, person: personId })) > 0;
  }

  async ofOrganisation(em: EntityManager, organisationId: string, teamId: string, field?: string): Promise<Team> {
    const team = await em.findOne(Team, { id: teamId, organisation: organisationId });
    if (!team) throw notFound('Team', field);
    return team;
  }
}
