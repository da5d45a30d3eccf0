import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../common/errors';
import type { AccessPolicy } from '../access/access-policy';
import { peerReadingOf } from '../access/peer-auditor-reading';
import { Cycle } from '../cycle/cycle.entity';
import { Organisation } from '../organisation/organisation.entity';
import { PeerVisit } from '../peer-review/peer-visit.entity';
import { Role } from '../user/role';
import type { User } from '../user/user.entity';
import { ClimateScanRound } from './climate-scan.entity';
import type { ClimateScanResultsService } from './climate-scan-results.service';
import { assertYear } from './learning-rules';
import { underThreshold, type LearningOverviewService } from './learning-overview.service';
import { LearningYearReport } from './learning-settings.entity';
import type { LearningSettingsService } from './learning-settings.service';
import { roundAggregates } from './learning-year.service';
import type { LearningDashboard } from './learning-dashboard.views';
import type { LearningYearReportScanRound } from './learning-year.views';
import { Team } from './team.entity';

/** The variants in which a certifying institution's auditors audit the organisation (docs/learning.md). */
const AUDITED_VARIANTS: readonly string[] = ['EXTERNAL_AUDIT', 'COMBINED'];

/**
 * An audited organisation's learning, as its auditors read it: the team figures under the same privacy rule as
 * the organisation's own overview (teams with no month above the threshold are left out, only counted), the
 * closed climate-scan rounds of the year as team averages under the threshold, and the year report when the
 * year is closed. Nothing personal and no team lead's note: a note is free text and may name people.
 */
export class LearningDashboardService {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly overview: LearningOverviewService,
    private readonly scanResults: ClimateScanResultsService,
    private readonly settings: LearningSettingsService,
  ) {}

  /** For the lead and co-auditor of a cycle audited by their institution; for anyone else the cycle is not found. */
  async ofCycle(em: EntityManager, user: User, cycleId: string, year: number): Promise<LearningDashboard> {
    assertYear('year', year);
    const cycle = await em.findOne(Cycle, { id: cycleId });
    const auditing = cycle && user.role === Role.AUDITOR && this.policy.isAssignedAuditor(user, cycle) && AUDITED_VARIANTS.includes(cycle.variant);
    if (!cycle || !auditing) throw notFound('Cycle');
    return this.dashboard(em, cycle.organisation.id, year);
  }

  /** For the pair of a peer visit, in the window they read the visited organisation; for anyone else not found. */
  async ofPeerVisit(em: EntityManager, user: User, visitId: string, year: number): Promise<LearningDashboard> {
    assertYear('year', year);
    const reading = await peerReadingOf(em, user, visitId);
    const visit = reading && (await em.findOne(PeerVisit, { id: reading.visitId }));
    if (!visit) throw notFound('Peer visit');
    return this.dashboard(em, visit.organisation.id, year);
  }

  private async dashboard(em: EntityManager, organisationId: string, year: number): Promise<LearningDashboard> {
    const [organisation, teams, rounds, yearReport, settings] = await Promise.all([
      em.findOneOrFail(Organisation, { id: organisationId }),
      em.find(Team, { organisation: organisationId, archivedAt: null }, { orderBy: { name: 'asc', id: 'asc' } }),
      em.find(
        ClimateScanRound,
        { organisation: organisationId, closedAt: { $ne: null }, createdAt: { $gte: new Date(Date.UTC(year, 0, 1)), $lt: new Date(Date.UTC(year + 1, 0, 1)) } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      ),
      em.findOne(LearningYearReport, { organisation: organisationId, year }),
      this.settings.current(em, organisationId),
    ]);
    const overviews = [];
    // One team after another: each team's figures are a few grouped queries, and a request keeps one connection.
    for (const team of teams) overviews.push(underThreshold(team, year, await this.overview.figures(em, team, year), { notes: false }));
    const shown = overviews.filter((o) => o.months.some((m) => m.shown));
    const climateScans: LearningYearReportScanRound[] = [];
    for (const round of rounds) climateScans.push((await roundAggregates(this.scanResults, em, round)) as LearningYearReportScanRound);
    return {
      organisationName: organisation.name,
      year,
      minContributors: settings.minContributors,
      teams: shown,
      teamsNotShown: overviews.length - shown.length,
      climateScans,
      yearReport,
    };
  }
}
