import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { newestFirstPage } from '../../common/newest-first-page';
import type { Page } from '../../common/pagination';
import { User } from '../user/user.entity';
import type { SetContractHoursInput, SetLearningBudgetInput, SetLearningSettingsInput } from './dto/learning.inputs';
import { assertSettings, assertYear, DEFAULT_MIN_CONTRIBUTORS, DEFAULT_NORM_PERCENT } from './learning-rules';
import { ContractHours, LearningBudget, LearningSettings } from './learning-settings.entity';
import type { TeamService } from './team.service';

/** What the organisation offers for learning. Every change is a new row, so nothing said before is lost. */
export class LearningSettingsService {
  constructor(private readonly teams: TeamService) {}

  setSettings(em: EntityManager, user: User, input: Change<SetLearningSettingsInput>): LearningSettings {
    assertSettings(input.normPercent, input.minContributors);
    return em.create(LearningSettings, { organisation: user.organisation!.id, normPercent: input.normPercent, minContributors: input.minContributors, setBy: user.id });
  }

  /** The newest settings, or the defaults (not stored) when none were ever saved. */
  async current(em: EntityManager, organisationId: string): Promise<{ normPercent: number; minContributors: number }> {
    const newest = await em.findOne(LearningSettings, { organisation: organisationId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    return newest ?? { normPercent: DEFAULT_NORM_PERCENT, minContributors: DEFAULT_MIN_CONTRIBUTORS };
  }

  history(em: EntityManager, user: User, first: number, after: string | null | undefined): Promise<Page<LearningSettings>> {
    return newestFirstPage(em, LearningSettings, { organisation: user.organisation!.id }, first, after);
  }

  async setBudget(em: EntityManager, user: User, input: Change<SetLearningBudgetInput>): Promise<LearningBudget> {
    const organisationId = user.organisation!.id;
    if (!input.teamId === !input.personId) throw badInput('teamId', 'Name either a team or a person for the budget, not both and not neither.', 'budgetTeamOrPerson');
    assertYear('year', input.year);
    if (!Number.isFinite(input.hours) || input.hours < 0 || input.hours > 100_000) throw badInput('hours', 'Give a budget from 0 to 100000 hours.', 'budgetHoursRange', { limit: 100_000 });
    if (input.teamId) await this.teams.ofOrganisation(em, organisationId, input.teamId, 'teamId');
    if (input.personId) await this.person(em, organisationId, input.personId);
    return em.create(LearningBudget, { organisation: organisationId, team: input.teamId, person: input.personId, year: input.year, hours: input.hours, setBy: user.id });
  }

  budgets(em: EntityManager, user: User, year: number, first: number, after: string | null | undefined): Promise<Page<LearningBudget>> {
    assertYear('year', year);
    return newestFirstPage(em, LearningBudget, { organisation: user.organisation!.id, year }, first, after);
  }

  async setContractHours(em: EntityManager, user: User, input: Change<SetContractHoursInput>): Promise<ContractHours> {
    const organisationId = user.organisation!.id;
    await this.person(em, organisationId, input.personId);
    if (!Number.isFinite(input.hoursPerWeek) || input.hoursPerWeek < 0 || input.hoursPerWeek > 60) throw badInput('hoursPerWeek', 'Give contract hours from 0 to 60 per week.', 'contractHoursRange', { limit: 60 });
    return em.create(ContractHours, { organisation: organisationId, person: input.personId, hoursPerWeek: input.hoursPerWeek, setBy: user.id });
  }

  contractHours(em: EntityManager, user: User, first: number, after: string | null | undefined): Promise<Page<ContractHours>> {
    return newestFirstPage(em, ContractHours, { organisation: user.organisation!.id }, first, after);
  }

  private async person(em: EntityManager, organisationId: string, personId: string): Promise<User> {
    const person = await em.findOne(User, { id: personId, organisation: organisationId });
    if (!person) throw notFound('Person', 'personId');
    return person;
  }
}
