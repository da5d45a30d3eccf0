import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../../../../workflows/src/rules';
import type { Services } from '../../services';
import { LearningEntry, LearningKind } from '../../modules/learning/learning-entry.entity';
import { ContractHours, LearningBudget, LearningSettings, LearningYearReport } from '../../modules/learning/learning-settings.entity';
import { yearOf } from '../../modules/learning/learning-year.service';
import { Role } from '../../modules/user/role';
import { Team, TeamMember } from '../../modules/learning/team.entity';
import type { Organisation } from '../../modules/organisation/organisation.entity';
import { User } from '../../modules/user/user.entity';

const TEAM = 'Wijkteam Centrum';
/** The team's people and what each learned this month: three contributors, the demo's threshold. */
const PEOPLE: [email: string, hoursPerWeek: number, entries: [daysAgo: number, hours: number, kind: LearningKind, theme: string][]][] = [
  ['professional@voorbeeldstad.demo', 32, [[1, 2, LearningKind.INTERVISION, 'Casuïstiek'], [3, 1.5, LearningKind.READING, 'Outreachend werken']]],
  ['teamleider@voorbeeldstad.demo', 36, [[2, 3, LearningKind.TRAINING, 'Coachend leidinggeven']]],
  ['intern@voorbeeldstad.demo', 24, [[1, 2, LearningKind.TEAM_SESSION, 'Waarderend auditen']]],
];

/**
 * A team of the first demo organisation with its people, the norm (10 %, threshold 3 so the small team shows
 * figures), contract hours, a team budget and some learning time. Seeded once: nothing is added when the team exists.
 */
export async function seedDemoLearning(em: EntityManager, organisation: Organisation): Promise<void> {
  if (await em.count(Team, { organisation, name: TEAM })) return;
  const officer = await em.findOneOrFail(User, { email: 'kwaliteit@voorbeeldstad.demo' });
  const team = em.create(Team, { organisation, name: TEAM });
  em.create(LearningSettings, { organisation, normPercent: 10, minContributors: 3, setBy: officer });
  const today = Date.now();
  em.create(LearningBudget, { organisation, team, year: Number(calendarDate(today).slice(0, 4)), hours: 400, setBy: officer });
  for (const [email, hoursPerWeek, entries] of PEOPLE) {
    const person = await em.findOneOrFail(User, { email });
    em.create(TeamMember, { team, person });
    em.create(ContractHours, { organisation, person, hoursPerWeek, setBy: officer });
    for (const [daysAgo, hours, kind, theme] of entries) {
      // Within this month where the month allows, so the overview shows them at once.
      const day = calendarDate(today - daysAgo * 86_400_000);
      const date = day.slice(0, 7) === calendarDate(today).slice(0, 7) ? day : calendarDate(today);
      em.create(LearningEntry, { organisation, person, date, hours, kind, theme });
    }
  }
  await em.flush();
}

/**
 * Each demo organisation's learning year, started through the real service so its workflow keeps the rhythm, and
 * last year closed with its report so the report screen has one to show. Last year is started only while it has
 * no report, and starting this year again attaches to the workflow that runs: a rerun repeats nothing. The
 * worker must be polling, as for the demo cycles.
 */
export async function seedDemoLearningYears(em: EntityManager, services: Services, organisations: Map<string, Organisation>): Promise<void> {
  const year = yearOf(new Date());
  for (const organisation of organisations.values()) {
    const officer = await em.findOne(User, { organisation: organisation.id, role: Role.ORG_QUALITY_OFFICER });
    if (!officer) continue;
    if (!(await em.count(LearningYearReport, { organisation: organisation.id, year: year - 1 }))) await services.learningYears.start(em, officer, { year: year - 1 });
    await services.learningYears.start(em, officer, { year });
  }
}
