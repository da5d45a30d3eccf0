import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { newestFirstPage } from '../../common/newest-first-page';
import type { Page } from '../../common/pagination';
import { User } from '../user/user.entity';
import type { SetContractHoursInput, SetLearningBudgetInput, SetLearningSettingsInput } from './dto/learning.inputs';
import type { LearningYearCommands } from '../../temporal/learning-year-commands';
import {
  assertRetention,
  assertSchedule,
  assertSettings,
  assertYear,
  DEFAULT_FAR_UNDER_NORM_PERCENT,
  DEFAULT_MIN_CONTRIBUTORS,
  DEFAULT_NORM_PERCENT,
  DEFAULT_RETENTION_MONTHS,
  DEFAULT_SCAN_MONTHS,
  DEFAULT_SCAN_OPEN_DAYS,
} from './learning-rules';
import { ContractHours, LearningBudget, LearningSettings } from './learning-settings.entity';
import type { TeamService } from './team.service';

/** What the organisation offers for learning. Every change is a new row, so nothing said before is lost. */
export class LearningSettingsService {
  constructor(
    private readonly teams: TeamService,
    /** null in the worker, which only reads settings. */
    private readonly years: LearningYearCommands | null,
  ) {}

  /**
   * Adds the settings; a schedule field left out keeps the value in force. The running learning years hear of
   * the schedule by a signal, sent last so a failure to reach them keeps nothing.
   */
  async setSettings(em: EntityManager, user: User, input: Change<SetLearningSettingsInput>): Promise<LearningSettings> {
    assertSettings(input.normPercent, input.minContributors);
    const organisationId = user.organisation!.id;
    const before = await em.findOne(LearningSettings, { organisation: organisationId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    const scanMonths = input.scanMonths ?? before?.scanMonths ?? [...DEFAULT_SCAN_MONTHS];
    const scanOpenDays = input.scanOpenDays ?? before?.scanOpenDays ?? DEFAULT_SCAN_OPEN_DAYS;
    const farUnderNormPercent = input.farUnderNormPercent ?? before?.farUnderNormPercent ?? DEFAULT_FAR_UNDER_NORM_PERCENT;
    assertSchedule(scanMonths, scanOpenDays, farUnderNormPercent);
    const retentionMonths = input.retentionMonths ?? before?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
    assertRetention(retentionMonths);
    const row = em.create(LearningSettings, {
      organisation: organisationId,
      normPercent: input.normPercent,
      minContributors: input.minContributors,
      scanMonths: [...scanMonths].sort((a, b) => a - b),
      scanOpenDays,
      farUnderNormPercent,
      retentionMonths,
      setBy: user.id,
    });
    const year = new Date().getUTCFullYear();
    await this.years?.scheduleChanged(organisationId, [year - 1, year, year + 1], { scanMonths: row.scanMonths, scanOpenDays, farUnderNormPercent });
    return row;
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
