import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../../../../workflows/src/rules';
import { badInput, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { Competency } from '../framework/competency.entity';
import { FrameworkStatus } from '../framework/framework-version.entity';
import { Role } from '../user/role';
import type { User } from '../user/user.entity';
import type { DeleteLearningGoalInput, SaveLearningGoalInput } from './dto/learning-goal.inputs';
import { LearningGoal } from './learning-goal.entity';
import { TeamMember } from './team.entity';

/**
 * A professional's own learning goals. Only the owner writes a goal; besides the owner, only a team lead of a
 * team the owner is in reads it, and only while the owner shares it. For everyone else it does not exist.
 */
export class LearningGoalService {
  async save(em: EntityManager, user: User, input: Change<SaveLearningGoalInput>): Promise<LearningGoal> {
    const goal = input.goalId ? await this.own(em, user, input.goalId, true) : em.create(LearningGoal, { organisation: user.organisation!.id, person: user.id, title: '' });
    const competencies = await this.competencies(em, input.competencyIds);
    const now = calendarDate(Date.now());
    input.reflections.forEach((r, i) => {
      if (r.date > now) throw badInput(`reflections.${i}.date`, 'This day lies in the future; write a reflection about a day that has been.', 'reflectionInFuture');
    });
    Object.assign(goal, {
      title: input.title.trim(),
      description: input.description.trim(),
      status: input.status,
      sharedWithTeamLead: input.sharedWithTeamLead,
      steps: input.steps.map((s) => ({ text: s.text.trim(), done: s.done })),
      reflections: input.reflections.map((r) => ({ date: r.date, text: r.text.trim() })),
    });
    goal.competencies.set(competencies);
    return goal;
  }

  async delete(em: EntityManager, user: User, input: Change<DeleteLearningGoalInput>): Promise<string> {
    em.remove(await this.own(em, user, input.goalId));
    await em.flush();
    return input.goalId;
  }

  /** The viewer's own goals, then (for a team lead) those their team members share with them; last saved first. */
  async list(em: EntityManager, user: User): Promise<LearningGoal[]> {
    const shared = user.role === Role.ORG_TEAM_LEAD ? await this.sharingPeople(em, user) : [];
    const own = { person: user.id };
    const where = shared.length ? { $or: [own, { person: { $in: shared }, sharedWithTeamLead: true }] } : own;
    const goals = await em.find(LearningGoal, { organisation: user.organisation!.id, ...where }, { orderBy: { updatedAt: 'desc', id: 'asc' }, populate: ['person'] });
    return [...goals.filter((g) => g.person.id === user.id), ...goals.filter((g) => g.person.id !== user.id)];
  }

  /** Someone else's goal is not found, as a goal of nothing is. */
  private async own(em: EntityManager, user: User, goalId: string, withCompetencies = false): Promise<LearningGoal> {
    // Replacing the competencies needs the links loaded: set() on an unloaded collection does not remove the old ones.
    const goal = await em.findOne(LearningGoal, { id: goalId, person: user.id }, { populate: withCompetencies ? ['competencies'] : [] });
    if (!goal) throw notFound('Learning goal');
    return goal;
  }

  /** People in the open teams the team lead is in, other than the lead. */
  private async sharingPeople(em: EntityManager, user: User): Promise<string[]> {
    const teams = (await em.find(TeamMember, { person: user.id, team: { archivedAt: null, organisation: user.organisation!.id } })).map((m) => m.team.id);
    if (!teams.length) return [];
    const members = await em.find(TeamMember, { team: { $in: teams }, person: { $ne: user.id } });
    return [...new Set(members.map((m) => m.person.id))];
  }

  /** Competencies of a published or retired framework version; a draft's are the sector body's work, and not found. */
  private async competencies(em: EntityManager, ids: string[]): Promise<Competency[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const found = await em.find(Competency, { id: { $in: unique }, frameworkVersion: { status: { $ne: FrameworkStatus.DRAFT } } });
    if (found.length !== unique.length) throw notFound('Competency', 'competencyIds');
    return unique.map((id) => found.find((c) => c.id === id)!);
  }
}
