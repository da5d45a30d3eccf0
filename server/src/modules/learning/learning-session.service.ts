import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, calendarDate } from '../../../../workflows/src/rules';
import { badInput, DomainError, notFound } from '../../common/errors';
import { decodeSortedCursor, encodeSortedCursor } from '../../common/keyset-cursor';
import type { Change } from '../../common/mutation-id';
import type { Page } from '../../common/pagination';
import { User } from '../user/user.entity';
import type { PlanLearningSessionInput, RecordLearningSessionAttendanceInput } from './dto/learning-session.inputs';
import { LearningEntry } from './learning-entry.entity';
import { assertQuarterHours, ENTRY_KIND_OF_SESSION, SESSION_HORIZON_DAYS } from './learning-rules';
import { LearningSession, LearningSessionParticipant } from './learning-session.entity';
import { LearningTheme, LearningThemeStatus } from './learning-theme.entity';
import { Role } from '../user/role';
import type { TeamService } from './team.service';

/** Who plans sessions, records attendance and reads every session: the quality officer does all the coordinator does. */
export const SESSION_PLANNERS: readonly Role[] = [Role.ORG_LEARNING_COORDINATOR, Role.ORG_QUALITY_OFFICER];

/**
 * Sessions and central trainings the learning coordinator plans, and the learning time their attendance
 * gives. Everything is scoped to the caller's organisation; another organisation's session, theme, team or
 * person is not found, as one of nothing is.
 */
export class LearningSessionService {
  constructor(private readonly teams: TeamService) {}

  async plan(em: EntityManager, user: User, input: Change<PlanLearningSessionInput>): Promise<LearningSession> {
    const organisation = user.organisation!.id;
    if (input.date < '2000-01-01') throw badInput('date', 'Give a day from the year 2000 on.', 'dayBefore2000');
    if (input.date > addDays(calendarDate(Date.now()), SESSION_HORIZON_DAYS)) throw badInput('date', 'Plan a session at most a year ahead.', 'sessionTooFarAhead');
    assertQuarterHours('hours', input.hours, 24);
    const theme = input.themeId ? await em.findOne(LearningTheme, { id: input.themeId, organisation }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (input.themeId && !theme) throw notFound('Learning theme', 'themeId');
    const team = input.teamId ? await this.teams.ofOrganisation(em, organisation, input.teamId, 'teamId') : null;
    if (team?.archivedAt) throw new DomainError('CONFLICT', 'This team is archived; plan the session for an open team or name the people.', 'teamId');
    const named = [...new Set(input.participantIds)];
    const people = named.length ? await em.find(User, { id: { $in: named }, organisation }) : [];
    if (people.length !== named.length) throw notFound('Person', 'participantIds');
    const participantIds = named.length || !team ? named : (await this.teams.members(em, team.id)).map((p) => p.id);
    if (participantIds.length === 0) throw badInput('participantIds', team ? 'This team has nobody in it yet; name the people taking part.' : 'Name at least one person taking part, or a team.', 'participantsEmpty');
    const session = em.create(LearningSession, {
      organisation,
      theme: theme?.id ?? null,
      title: input.title.trim(),
      kind: input.kind,
      date: input.date,
      hours: input.hours,
      team: team?.id ?? null,
      plannedBy: user.id,
    });
    for (const person of participantIds) em.create(LearningSessionParticipant, { session, person });
    if (theme) theme.status = LearningThemeStatus.PLANNED;
    return session;
  }

  /**
   * Sets who attended, replacing what was recorded before. Each attendee gets one learning entry for the
   * session (the unique key on session and person holds it to one whatever happens), one no longer counted
   * as attending loses it; a person already attending keeps theirs as it is, changes they made included.
   * The session's row lock makes two recordings at the same moment apply one after the other.
   */
  async recordAttendance(em: EntityManager, user: User, input: Change<RecordLearningSessionAttendanceInput>): Promise<LearningSession> {
    const session = await this.ofOrganisation(em, user, input.sessionId, LockMode.PESSIMISTIC_WRITE);
    const participants = await em.find(LearningSessionParticipant, { session: session.id });
    const byPerson = new Map(participants.map((p) => [p.person.id, p]));
    const attendees = new Set(input.attendeeIds);
    // What the caller named is judged before when: an unknown person is NOT_FOUND whatever the day.
    if ([...attendees].some((id) => !byPerson.has(id))) throw notFound('Participant', 'attendeeIds');
    if (session.date > calendarDate(Date.now())) {
      throw new DomainError('WRONG_PHASE', `This session takes place on ${session.date}; record who attended from that day on.`, 'sessionId');
    }
    const theme = await session.theme?.load();
    const leaving = participants.filter((p) => p.attended && !attendees.has(p.person.id));
    if (leaving.length) await em.nativeDelete(LearningEntry, { session: session.id, person: { $in: leaving.map((p) => p.person.id) } });
    for (const p of leaving) p.attended = false;
    for (const p of participants.filter((q) => !q.attended && attendees.has(q.person.id))) {
      p.attended = true;
      em.create(LearningEntry, {
        organisation: session.organisation.id,
        person: p.person.id,
        session: session.id,
        date: session.date,
        hours: session.hours,
        kind: ENTRY_KIND_OF_SESSION[session.kind],
        theme: theme?.title ?? session.title,
      });
    }
    session.attendanceRecordedAt = new Date();
    return session;
  }

  /** The coordinator and the quality officer read all of the organisation's sessions; anyone else those they take part in. */
  async list(em: EntityManager, user: User, first: number, after: string | null | undefined): Promise<Page<LearningSession>> {
    const scope = SESSION_PLANNERS.includes(user.role)
      ? { organisation: user.organisation!.id }
      : { organisation: user.organisation!.id, id: { $in: (await em.find(LearningSessionParticipant, { person: user.id })).map((p) => p.session.id) } };
    const keyset = after ? afterCursor(after) : {};
    const [rows, totalCount] = await Promise.all([
      em.find(LearningSession, { $and: [scope, keyset] }, { orderBy: { date: 'desc', id: 'desc' }, limit: first + 1 }),
      em.count(LearningSession, scope),
    ]);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return { nodes, totalCount, pageInfo: { endCursor: last ? encodeSortedCursor([last.date, last.id]) : null, hasNextPage: rows.length > first } };
  }

  /** A person's deletion of their learning data: their part in sessions goes (their entries go with the rest). */
  async forgetPerson(em: EntityManager, user: User): Promise<number> {
    return em.nativeDelete(LearningSessionParticipant, { person: user.id });
  }

  private async ofOrganisation(em: EntityManager, user: User, id: string, lockMode?: LockMode): Promise<LearningSession> {
    const session = await em.findOne(LearningSession, { id, organisation: user.organisation!.id }, lockMode ? { lockMode } : {});
    if (!session) throw notFound('Learning session');
    return session;
  }
}

/** The rows after a cursor, newest day first; a cursor that encodeSortedCursor did not make is refused naming `after`. */
function afterCursor(cursor: string) {
  const [date, id] = decodeSortedCursor(cursor, 2, [1]);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw badInput('after', 'This cursor is not valid; use pageInfo.endCursor from the previous page.');
  return { $or: [{ date: { $lt: date } }, { date, id: { $lt: id } }] };
}
