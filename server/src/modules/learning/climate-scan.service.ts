import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { DomainError, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { newestFirstPage } from '../../common/newest-first-page';
import type { Page } from '../../common/pagination';
import { queryRows, sql } from '../../common/sql-fragment';
import { Organisation } from '../organisation/organisation.entity';
import type { User } from '../user/user.entity';
import type { AnswerClimateScanInput, OpenClimateScanRoundInput, SaveClimateScanQuestionsInput } from './dto/climate-scan.inputs';
import { assertEveryCondition, ILLUSTRATIVE_QUESTIONS } from './climate-scan-rules';
import { ClimateScanParticipation, ClimateScanQuestionSet, ClimateScanResponse, ClimateScanRound, ClimateScanRoundTeam } from './climate-scan.entity';
import type { ClimateScanForYou } from './climate-scan.views';
import { Team, TeamMember } from './team.entity';

/**
 * The learning-climate scan: the organisation's statements, the rounds in which teams answer them, and the
 * answers, kept without the person (docs/learning.md). Opening and closing a round take the organisation and
 * the actor rather than a request, so a scheduled workflow activity can call them as a person's request does.
 */
export class ClimateScanService {
  /** The statements rounds are opened with now: the newest saved set, or the illustrative set (version 0, not stored). */
  async currentQuestions(em: EntityManager, organisationId: string): Promise<ClimateScanQuestionSet> {
    const newest = await em.findOne(ClimateScanQuestionSet, { organisation: organisationId }, { orderBy: { version: 'desc' } });
    if (newest) return newest;
    return Object.assign(new ClimateScanQuestionSet(), { organisation: em.getReference(Organisation, organisationId), version: 0, illustrative: true, questions: [...ILLUSTRATIVE_QUESTIONS] });
  }

  /** A new version of the statements; rounds opened before keep theirs. */
  async saveQuestions(em: EntityManager, user: User, input: Change<SaveClimateScanQuestionsInput>): Promise<ClimateScanQuestionSet> {
    assertEveryCondition(input.questions);
    const organisationId = user.organisation!.id;
    await this.lockOrganisation(em, organisationId);
    const version = (await this.newestVersion(em, organisationId)) + 1;
    const questions = input.questions.map((q) => ({ id: randomUUID(), condition: q.condition, textNl: q.textNl.trim(), textEn: q.textEn.trim() }));
    return em.create(ClimateScanQuestionSet, { organisation: organisationId, version, illustrative: false, questions, savedBy: user.id });
  }

  /** Opens a round for the teams named, with the statements in use now; one round at a time per organisation. */
  async open(em: EntityManager, organisationId: string, actorId: string | null, input: Change<OpenClimateScanRoundInput>): Promise<ClimateScanRound> {
    const teamIds = [...new Set(input.teamIds)];
    const teams = await em.find(Team, { id: { $in: teamIds }, organisation: organisationId });
    if (teams.length !== teamIds.length) throw notFound('Team', 'teamIds');
    const archived = teams.find((t) => t.archivedAt);
    if (archived) throw new DomainError('CONFLICT', `The team "${archived.name}" is archived; a round asks only open teams.`, 'teamIds');
    // The organisation's row lock orders this against another opening and a save of the statements.
    await this.lockOrganisation(em, organisationId);
    const open = await em.findOne(ClimateScanRound, { organisation: organisationId, closedAt: null });
    if (open) throw new DomainError('CONFLICT', `The round "${open.period}" is still open; close it before opening another.`);
    let questionSet = await this.currentQuestions(em, organisationId);
    if (questionSet.version === 0) {
      // The illustrative set is stored when first used, so the round keeps exactly what was asked.
      questionSet = em.create(ClimateScanQuestionSet, { organisation: organisationId, version: 1, illustrative: true, questions: questionSet.questions });
    }
    const round = em.create(ClimateScanRound, { organisation: organisationId, questionSet, period: input.period.trim(), openedBy: actorId });
    for (const team of teams) em.create(ClimateScanRoundTeam, { round, team });
    return round;
  }

  /** Closes an open round: from then on no answers are taken and the results show. */
  async close(em: EntityManager, organisationId: string, roundId: string): Promise<ClimateScanRound> {
    const round = await em.findOne(ClimateScanRound, { id: roundId, organisation: organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!round) throw notFound('Climate scan round');
    if (round.closedAt) throw new DomainError('CONFLICT', 'This round is closed already.');
    round.closedAt = new Date();
    return round;
  }

  rounds(em: EntityManager, user: User, first: number, after: string | null | undefined): Promise<Page<ClimateScanRound>> {
    return newestFirstPage(em, ClimateScanRound, { organisation: user.organisation!.id }, first, after);
  }

  /** The open round with the viewer's teams in it; null when there is none, or none of their teams is asked. */
  async forViewer(em: EntityManager, user: User, roundId?: string): Promise<ClimateScanForYou | null> {
    const round = await em.findOne(ClimateScanRound, { organisation: user.organisation!.id, ...(roundId ? { id: roundId } : { closedAt: null }) });
    if (!round) return null;
    const asked = await em.find(ClimateScanRoundTeam, { round: round.id, team: { id: { $in: await this.teamIdsOf(em, user) } } }, { populate: ['team'] });
    if (!asked.length) return null;
    const answered = new Set((await em.find(ClimateScanParticipation, { round: round.id, person: user.id })).map((p) => p.team.id));
    const teams = asked
      .map((a) => ({ teamId: a.team.id, teamName: a.team.getEntity().name, answered: answered.has(a.team.id) }))
      .sort((a, b) => a.teamName.localeCompare(b.teamName) || a.teamId.localeCompare(b.teamId));
    return { round, teams };
  }

  /**
   * Takes one person's answers for one of their teams. The marker that they answered and the answers are two
   * rows with nothing in common but the round and the team: no person, time or key on the answers.
   */
  async answer(em: EntityManager, user: User, input: Change<AnswerClimateScanInput>): Promise<ClimateScanForYou> {
    // A shared lock: answers go on side by side, but not past a close that is under way.
    const round = await em.findOne(ClimateScanRound, { id: input.roundId, organisation: user.organisation!.id }, { lockMode: LockMode.PESSIMISTIC_READ });
    if (!round) throw notFound('Climate scan round');
    const asked = await em.count(ClimateScanRoundTeam, { round: round.id, team: input.teamId });
    if (!asked || !(await this.teamIdsOf(em, user)).includes(input.teamId)) throw notFound('Team', 'teamId');
    if (round.closedAt) throw new DomainError('WRONG_PHASE', 'This round is closed; answers are no longer taken.');
    const scores = scoresFor((await round.questionSet.load())!, input.answers);
    const [marked] = await queryRows<{ id: string }>(
      em,
      sql`insert into climate_scan_participation (id, created_at, round_id, team_id, person_id) values (${randomUUID()}, now(), ${round.id}, ${input.teamId}, ${user.id})
          on conflict do nothing returning id`,
    );
    if (!marked) throw new DomainError('CONFLICT', 'You have answered for this team in this round already. Thank you! Answers are anonymous, so they cannot be changed.');
    em.create(ClimateScanResponse, { round: round.id, team: input.teamId, scores });
    await em.flush();
    return (await this.forViewer(em, user, round.id))!;
  }

  private async teamIdsOf(em: EntityManager, user: User): Promise<string[]> {
    return (await em.find(TeamMember, { person: user.id })).map((m) => m.team.id);
  }

  private async newestVersion(em: EntityManager, organisationId: string): Promise<number> {
    const newest = await em.findOne(ClimateScanQuestionSet, { organisation: organisationId }, { orderBy: { version: 'desc' } });
    return newest?.version ?? 0;
  }

  private async lockOrganisation(em: EntityManager, organisationId: string): Promise<void> {
    await em.findOne(Organisation, { id: organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }
}

/** A score for every statement of the set, each once; otherwise refused naming the answer or the statement left out. */
function scoresFor(set: ClimateScanQuestionSet, answers: readonly { questionId: string; score: number }[]): Record<string, number> {
  const scores: Record<string, number> = {};
  answers.forEach((a, i) => {
    if (!set.questions.some((q) => q.id === a.questionId)) throw new DomainError('BAD_USER_INPUT', 'This statement is not part of the round.', `answers.${i}.questionId`);
    if (a.questionId in scores) throw new DomainError('BAD_USER_INPUT', 'This statement is answered twice; give one score for it.', `answers.${i}.questionId`);
    scores[a.questionId] = a.score;
  });
  const missing = set.questions.find((q) => !(q.id in scores));
  if (missing) {
    throw new DomainError('BAD_USER_INPUT', `Give a score for every statement; this one has none yet: "${missing.textNl}".`, 'answers', { questionId: missing.id });
  }
  return scores;
}
