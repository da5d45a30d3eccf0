import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { User } from '../user/user.entity';
import type { RecordTeamClimateAgreementInput } from './dto/climate-scan.inputs';
import { ClimateScanResponse, ClimateScanRound, ClimateScanRoundTeam, ClimateTeamAgreement, LearningCondition, type ClimateScanQuestion } from './climate-scan.entity';
import type { ClimateScanResults, ClimateTeamResult } from './climate-scan.views';
import type { LearningSettingsService } from './learning-settings.service';
import { ALL_TEAMS_ROLES } from './team.service';
import { TeamMember } from './team.entity';

const CONDITIONS = Object.values(LearningCondition);
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A round's results per team, and what each team agreed. Only averages leave this service, and only for a
 * closed round in which at least the organisation's threshold of people answered for the team: while a round
 * is open, figures that change with each answer would show what the last person answered.
 */
export class ClimateScanResultsService {
  constructor(private readonly settings: LearningSettingsService) {}

  async results(em: EntityManager, user: User, roundId: string): Promise<ClimateScanResults> {
    const round = await this.round(em, user, roundId);
    const teamIds = await this.visibleTeamIds(em, user, round);
    return this.teamResults(em, round, teamIds);
  }

  /** Every team of a round, under the same threshold: what the learning year report and the sector figures keep. */
  async allTeams(em: EntityManager, round: ClimateScanRound): Promise<ClimateScanResults> {
    return this.teamResults(em, round, (await em.find(ClimateScanRoundTeam, { round: round.id })).map((t) => t.team.id));
  }

  private async teamResults(em: EntityManager, round: ClimateScanRound, teamIds: string[]): Promise<ClimateScanResults> {
    const [asked, questionSet, responses, agreements, { minContributors }] = await Promise.all([
      em.find(ClimateScanRoundTeam, { round: round.id, team: { $in: teamIds } }, { populate: ['team'] }),
      round.questionSet.load(),
      em.find(ClimateScanResponse, { round: round.id, team: { $in: teamIds } }),
      em.find(ClimateTeamAgreement, { round: round.id, team: { $in: teamIds } }),
      this.settings.current(em, round.organisation.id),
    ]);
    const teams = asked
      .map((a) => a.team.getEntity())
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map<ClimateTeamResult>((team) => {
        const answers = responses.filter((r) => r.team.id === team.id);
        const shown = round.closedAt !== null && answers.length >= minContributors;
        return {
          teamId: team.id,
          teamName: team.name,
          shown,
          respondents: shown ? answers.length : null,
          conditions: CONDITIONS.map((condition) => ({
            condition,
            average: shown ? average(questionSet!.questions, condition, answers) : null,
            count: shown ? answers.length : null,
          })),
          agreement: agreements.find((g) => g.team.id === team.id && g.text) ?? null,
        };
      });
    return { round, minRespondents: minContributors, teams };
  }

  /** The team lead's record of what the team concluded and agreed; an empty text clears it. */
  async recordAgreement(em: EntityManager, user: User, input: Change<RecordTeamClimateAgreementInput>): Promise<ClimateTeamAgreement> {
    const round = await this.round(em, user, input.roundId);
    const asked = await em.count(ClimateScanRoundTeam, { round: round.id, team: input.teamId });
    const member = await em.count(TeamMember, { team: input.teamId, person: user.id });
    if (!asked || !member) throw notFound('Team', 'teamId');
    const text = input.text.trim();
    const existing = await em.findOne(ClimateTeamAgreement, { round: round.id, team: input.teamId });
    if (existing) return Object.assign(existing, { text, writtenBy: em.getReference(User, user.id), updatedAt: new Date() });
    return em.create(ClimateTeamAgreement, { round: round.id, team: input.teamId, text, writtenBy: user.id });
  }

  private async round(em: EntityManager, user: User, roundId: string): Promise<ClimateScanRound> {
    const round = await em.findOne(ClimateScanRound, { id: roundId, organisation: user.organisation!.id });
    if (!round) throw notFound('Climate scan round');
    return round;
  }

  /** The coordinator and the quality officer see every team of the round; anyone else the teams they are in. */
  private async visibleTeamIds(em: EntityManager, user: User, round: ClimateScanRound): Promise<string[]> {
    if (ALL_TEAMS_ROLES.includes(user.role)) return (await em.find(ClimateScanRoundTeam, { round: round.id })).map((t) => t.team.id);
    return (await em.find(TeamMember, { person: user.id })).map((m) => m.team.id);
  }
}

/** The mean of every score given to a statement of the condition, over all who answered. */
function average(questions: readonly ClimateScanQuestion[], condition: LearningCondition, answers: readonly ClimateScanResponse[]): number | null {
  const keys = questions.filter((q) => q.condition === condition).map((q) => q.id);
  const scores = answers.flatMap((a) => keys.map((k) => a.scores[k]).filter((s): s is number => typeof s === 'number'));
  return scores.length ? round2(scores.reduce((sum, s) => sum + s, 0) / scores.length) : null;
}
