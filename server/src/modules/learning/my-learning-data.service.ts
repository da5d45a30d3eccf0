import type { EntityManager } from '@mikro-orm/postgresql';
import { csvText } from '../../common/csv-text';
import type { User } from '../user/user.entity';
import { LearningDataErasure } from './learning-data-erasure.entity';
import { LearningEntry } from './learning-entry.entity';
import { LearningGoal } from './learning-goal.entity';
import { ClimateScanParticipation } from './climate-scan.entity';
import { LearningTheme, LearningThemeInterest } from './learning-theme.entity';
import type { LearningThemeService } from './learning-theme.service';
import { LearningSessionParticipant } from './learning-session.entity';
import type { LearningSessionService } from './learning-session.service';

export interface MyLearningDataExport {
  exportedAt: Date;
  json: string;
  entriesCsv: string;
  goalsCsv: string;
}

const ENTRY_COLUMNS = ['id', 'date', 'hours', 'kind', 'theme', 'goal', 'createdAt'] as const;
const GOAL_COLUMNS = ['id', 'title', 'description', 'status', 'sharedWithTeamLead', 'competencies', 'steps', 'reflections', 'createdAt', 'updatedAt'] as const;

/**
 * A person's learning data is their personal data: they can take all of it with them and delete all of it.
 * Both touch only rows whose person is the caller; nobody else's data is read or removed.
 */
export class MyLearningDataService {
  constructor(
    private readonly themes: LearningThemeService,
    private readonly sessions: LearningSessionService,
  ) {}

  async export(em: EntityManager, user: User): Promise<MyLearningDataExport> {
    const entries = await em.find(LearningEntry, { person: user.id }, { orderBy: { date: 'asc', createdAt: 'asc', id: 'asc' } });
    const goals = await em.find(LearningGoal, { person: user.id }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['competencies'] });
    const entryRows = entries.map((e) => ({ id: e.id, date: e.date, hours: Number(e.hours), kind: e.kind, theme: e.theme, goal: e.goal, createdAt: e.createdAt.toISOString() }));
    const goalRows = goals.map((g) => ({
      id: g.id,
      title: g.title,
      description: g.description,
      status: g.status,
      sharedWithTeamLead: g.sharedWithTeamLead,
      competencies: g.competencies.getItems().map((c) => ({ code: c.code, title: c.title })),
      steps: g.steps,
      reflections: g.reflections,
      createdAt: g.createdAt.toISOString(),
      updatedAt: g.updatedAt.toISOString(),
    }));
    const proposed = await em.find(LearningTheme, { proposedBy: user.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const interests = await em.find(LearningThemeInterest, { person: user.id }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['theme'] });
    // Only that one answered is personal: what one answered is kept without the person and is not theirs to take.
    const answered = await em.find(ClimateScanParticipation, { person: user.id }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['round', 'team'] });
    const sessions = await em.find(LearningSessionParticipant, { person: user.id }, { populate: ['session'], orderBy: { session: { date: 'asc' }, id: 'asc' } });
    const exportedAt = new Date();
    const json = JSON.stringify(
      {
        exportedAt: exportedAt.toISOString(),
        person: { id: user.id, name: user.name, email: user.email },
        learningTime: entryRows,
        learningGoals: goalRows,
        proposedThemes: proposed.map((t) => ({ id: t.id, title: t.title, description: t.description, createdAt: t.createdAt.toISOString() })),
        interestShown: interests.map((i) => ({ themeId: i.theme.id, title: i.theme.getEntity().title, since: i.createdAt.toISOString() })),
        climateScansAnswered: answered.map((a) => ({ roundId: a.round.id, period: a.round.getEntity().period, team: a.team.getEntity().name, answeredAt: a.createdAt.toISOString() })),
        learningSessions: sessions.map(({ session, attended }) => {
          const s = session.getEntity();
          return { sessionId: s.id, title: s.title, kind: s.kind, date: s.date, hours: Number(s.hours), attended };
        }),
      },
      null,
      2,
    );
    const entriesCsv = csvText(
      entryRows.map((r) => ({ ...r, hours: String(r.hours) })),
      ENTRY_COLUMNS.map((key) => ({ key })),
      { bom: true },
    );
    // A spreadsheet cell holds one value: lists are written one item a line within the cell.
    const goalsCsv = csvText(
      goalRows.map((g) => ({
        ...g,
        competencies: g.competencies.map((c) => `${c.code} ${c.title}`).join('\n'),
        steps: g.steps.map((s) => `[${s.done ? 'x' : ' '}] ${s.text}`).join('\n'),
        reflections: g.reflections.map((r) => `${r.date}: ${r.text}`).join('\n'),
      })),
      GOAL_COLUMNS.map((key) => ({ key })),
      { bom: true },
    );
    return { exportedAt, json, entriesCsv, goalsCsv };
  }

  /** Deletes the caller's learning time and goals for good, and their part in the agenda and in
   * sessions (the entries their attendance gave are among their learning time); answers how much went. */
  async deleteAll(em: EntityManager, user: User): Promise<LearningDataErasure> {
    const goals = await em.find(LearningGoal, { person: user.id });
    // Through the unit of work so the goals' competency links go with them.
    goals.forEach((g) => em.remove(g));
    await em.flush();
    const entries = await em.nativeDelete(LearningEntry, { person: user.id });
    const agenda = await this.themes.forgetPerson(em, user);
    // A marker of a round still open is what keeps the person from answering twice: it stays until the round closes.
    const closed = await em.find(ClimateScanParticipation, { person: user.id, round: { closedAt: { $ne: null } } });
    const climateScanMarkers = closed.length ? await em.nativeDelete(ClimateScanParticipation, { id: { $in: closed.map((m) => m.id) } }) : 0;
    const sessions = await this.sessions.forgetPerson(em, user);
    const erasure = em.create(LearningDataErasure, { person: user.id, entries, goals: goals.length, ...agenda, sessions, climateScanMarkers });
    await em.flush();
    return erasure;
  }
}
