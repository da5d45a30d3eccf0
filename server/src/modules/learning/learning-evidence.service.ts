import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { badInput, DomainError, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { queryRows, sql } from '../../common/sql-fragment';
import type { AccessPolicy } from '../access/access-policy';
import { assertNormOfCycle, present, visibleCycle, visibleNorm } from '../access/references';
import { Cycle } from '../cycle/cycle.entity';
import { UPLOADERS } from '../evidence/evidence-intake.service';
import { isLinkLocked, lockedLinkRefusal, phaseForNewLink } from '../evidence/evidence-lock-rules';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';
import { ClimateScanRound } from './climate-scan.entity';
import type { ClimateScanResultsService } from './climate-scan-results.service';
import type { LinkLearningEvidenceInput, UnlinkLearningEvidenceInput } from './dto/learning.inputs';
import { LearningEvidenceLink } from './learning-evidence.entity';
import { LearningYearReport } from './learning-settings.entity';
import type { LearningYearReportScanRound } from './learning-year.views';
import { roundAggregates } from './learning-year.service';

/**
 * The learning year report and closed scan rounds as evidence for the norms of a cycle. The organisation
 * chooses the norms (which norms are about the learning organisation is the scheme's text, not LabelCycle's);
 * the links follow the same phase locks as evidence files, and whoever reads the cycle (its auditors too)
 * reads what is linked, as aggregates only.
 */
export class LearningEvidenceService {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly scanResults: ClimateScanResultsService,
  ) {}

  async link(tx: EntityManager, user: User, input: Change<LinkLearningEvidenceInput>): Promise<LearningEvidenceLink> {
    if (!input.learningYearReportId === !input.climateScanRoundId) {
      throw badInput('learningYearReportId', 'Name either a learning year report or a climate-scan round, not both and not neither.', 'learningEvidenceOneSource');
    }
    const named = await visibleCycle(tx, this.policy, user, input.cycleId, {}, 'cycleId');
    const norm = await visibleNorm(tx, this.policy, user, input.normId);
    const organisationId = named.organisation.id;
    if (user.partyKind !== PartyKind.ORGANISATION || user.organisation?.id !== organisationId) throw notFound('Cycle', 'cycleId');
    const report = input.learningYearReportId ? await tx.findOne(LearningYearReport, { id: input.learningYearReportId, organisation: organisationId }) : null;
    if (input.learningYearReportId && !report) throw notFound('Learning year report', 'learningYearReportId');
    const round = input.climateScanRoundId ? await tx.findOne(ClimateScanRound, { id: input.climateScanRoundId, organisation: organisationId }) : null;
    if (input.climateScanRoundId && !round) throw notFound('Climate scan round', 'climateScanRoundId');
    if (round && !round.closedAt) throw new DomainError('WRONG_PHASE', 'This round is still open; its results show once it is closed.', 'climateScanRoundId');
    const cycle = await this.lockedCycle(tx, user, named.id);
    assertNormOfCycle(norm, cycle);
    const phase = phaseForNewLink('NORM', cycle);
    // Linking what is linked already finds the existing link: the unique index decides, also under a race.
    await queryRows(
      tx,
      sql`insert into learning_evidence_link (id, created_at, cycle_id, norm_id, learning_year_report_id, climate_scan_round_id, linked_in_phase, linked_by_id)
          values (${randomUUID()}, now(), ${cycle.id}, ${norm.id}, ${report?.id ?? null}, ${round?.id ?? null}, ${phase}, ${user.id}) on conflict do nothing`,
    );
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`select id from learning_evidence_link where cycle_id = ${cycle.id} and norm_id = ${norm.id} and coalesce(learning_year_report_id, climate_scan_round_id) = ${report?.id ?? round!.id}`,
    );
    return present(await tx.findOne(LearningEvidenceLink, { id: row.id }), 'Learning evidence link');
  }

  async unlink(tx: EntityManager, user: User, input: Change<UnlinkLearningEvidenceInput>): Promise<string> {
    const found = await tx.findOne(LearningEvidenceLink, { id: input.linkId });
    if (!found) throw notFound('Learning evidence link');
    const cycle = await this.lockedCycle(tx, user, found.cycle.id, 'Learning evidence link');
    const link = await tx.findOne(LearningEvidenceLink, { id: input.linkId }, { refresh: true });
    if (!link) throw notFound('Learning evidence link');
    if (isLinkLocked(link.linkedInPhase, cycle)) throw lockedLinkRefusal('unlinked');
    await tx.nativeDelete(LearningEvidenceLink, { id: link.id });
    return link.id;
  }

  async ofCycle(em: EntityManager, user: User, cycleId: string): Promise<LearningEvidenceLink[]> {
    // The cycle is what the query is about: not found without a field, as for the cycle's other reads.
    const cycle = await visibleCycle(em, this.policy, user, cycleId);
    return em.find(LearningEvidenceLink, { cycle: cycle.id }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['norm'] });
  }

  /** A linked round's team aggregates, under the organisation's threshold. */
  async scanRound(em: EntityManager, link: LearningEvidenceLink): Promise<LearningYearReportScanRound | null> {
    if (!link.climateScanRound) return null;
    const round = present(await em.findOne(ClimateScanRound, { id: link.climateScanRound.id }), 'Climate scan round');
    return roundAggregates(this.scanResults, em, round) as Promise<LearningYearReportScanRound>;
  }

  /** The cycle row, locked, for a member of its organisation allowed to link; others learn only "not found". */
  private async lockedCycle(tx: EntityManager, user: User, cycleId: string, what = 'Cycle'): Promise<Cycle> {
    const cycle = await tx.findOne(Cycle, { id: cycleId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!cycle || !this.policy.canReadCycle(user, cycle) || user.partyKind !== PartyKind.ORGANISATION) throw notFound(what);
    this.policy.assertOrganisationActor(user, cycle, UPLOADERS);
    return cycle;
  }
}
