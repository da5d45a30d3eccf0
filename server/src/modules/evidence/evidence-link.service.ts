import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../../common/errors';
import { queryRows, sql, SqlFragment } from '../../common/sql-fragment';
import type { AccessPolicy } from '../access/access-policy';
import { assertNormOfCycle, present, seen, visibleCycle, visibleNorm } from '../access/references';
import { Cycle } from '../cycle/cycle.entity';
import type { Norm } from '../framework/norm.entity';
import { ActionStatus, ImprovementAction } from '../improvement-plan/improvement-action.entity';
import { InternalAuditFinding } from '../internal-audit/internal-audit-finding.entity';
import { SelfEvaluationAnswer } from '../self-evaluation/self-evaluation-answer.entity';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';
import type { LinkEvidenceInput } from './dto/link-evidence.input';
import type { UnlinkEvidenceInput } from './dto/unlink-evidence.input';
import { UPLOADERS } from './evidence-intake.service';
import { isMemberOf } from './evidence-library.service';
import { EvidenceLink } from './evidence-link.entity';
import { isLinkLocked, lockedLinkRefusal, phaseForNewLink, type LinkTarget } from './evidence-lock-rules';
import type { EvidenceLoaders } from './evidence.loaders';
import { Evidence } from './evidence.entity';

interface ResolvedTarget {
  target: LinkTarget;
  column: 'norm_id' | 'self_evaluation_answer_id' | 'internal_audit_finding_id' | 'improvement_action_id';
  id: string;
  what: string;
  cycleId: string;
  actionId?: string;
  norm?: Norm;
}

/**
 * Links between evidence and what it supports. Every write locks the cycle row first, as the other content
 * modules do, so a link and the submission that locks its phase cannot interleave.
 */
export class EvidenceLinkService {
  constructor(private readonly policy: AccessPolicy) {}

  /**
   * In the order of docs/error-codes.md: the input's shape; then the file (what the operation is about) and
   * everything else it names, each NOT_FOUND (with its field) unless the caller may see it; only then the
   * rules. So a foreign answer, finding or action is not found, never "of another cycle".
   */
  async link(tx: EntityManager, user: User, input: LinkEvidenceInput): Promise<EvidenceLink> {
    assertOneTarget(input);
    const evidence = seen(await tx.findOne(Evidence, { id: input.evidenceId }), (e) => isMemberOf(user, e.organisation.id), 'Evidence');
    const named = input.cycleId ? await visibleCycle(tx, this.policy, user, input.cycleId, {}, 'cycleId') : null;
    const target = await this.resolveTarget(tx, user, input);
    if (named && named.id !== target.cycleId) throw badInput('cycleId', 'This is not the cycle of the item you link to; leave cycleId out.', 'linkOtherCycle');
    const cycle = await this.lockedCycle(tx, user, target.cycleId, target.what);
    if (target.norm) assertNormOfCycle(target.norm, cycle);
    const action = target.actionId ? await tx.findOne(ImprovementAction, { id: target.actionId }, { refresh: true }) : null;
    const phase = phaseForNewLink(target.target, cycle, action?.status === ActionStatus.DONE);

    // Linking what is already linked finds the existing link: the unique index decides, also under a race.
    // The column is one of the code's own four (resolveTarget), never input.
    const column = new SqlFragment(target.column, []);
    await queryRows(
      tx,
      sql`insert into evidence_link (id, created_at, evidence_id, cycle_id, ${column}, linked_in_phase, carried_over, linked_by_id)
          values (${randomUUID()}, now(), ${evidence.id}, ${cycle.id}, ${target.id}, ${phase}, false, ${user.id}) on conflict do nothing`,
    );
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`select id from evidence_link where evidence_id = ${evidence.id} and cycle_id = ${cycle.id} and ${column} = ${target.id}`,
    );
    return present(await tx.findOne(EvidenceLink, { id: row.id }), 'Evidence link');
  }

  async unlink(tx: EntityManager, user: User, input: UnlinkEvidenceInput): Promise<string> {
    const found = await tx.findOne(EvidenceLink, { id: input.linkId });
    if (!found) throw notFound('Evidence link');
    const cycle = await this.lockedCycle(tx, user, found.cycle.id, 'Evidence link');
    // Read again under the lock: an unlink that committed while we waited is seen.
    const link = await tx.findOne(EvidenceLink, { id: input.linkId }, { refresh: true });
    if (!link) throw notFound('Evidence link');
    const action = link.improvementAction ? await tx.findOne(ImprovementAction, { id: link.improvementAction.id }) : null;
    if (isLinkLocked(link.linkedInPhase, cycle, action?.status === ActionStatus.DONE)) throw lockedLinkRefusal('unlinked');
    await tx.nativeDelete(EvidenceLink, { id: link.id });
    return link.id;
  }

  async linksOf(user: User, cycle: Cycle, loaders: EvidenceLoaders): Promise<EvidenceLink[]> {
    this.policy.assertCanReadCycle(user, cycle);
    return loaders.linksByCycle.load(cycle.id);
  }

  /** The cycle row, locked, for a member of its organisation allowed to link; others learn only "not found". */
  private async lockedCycle(tx: EntityManager, user: User, cycleId: string, what: string): Promise<Cycle> {
    const cycle = await tx.findOne(Cycle, { id: cycleId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!cycle || !this.policy.canReadCycle(user, cycle) || user.partyKind !== PartyKind.ORGANISATION) throw notFound(what);
    this.policy.assertOrganisationActor(user, cycle, UPLOADERS);
    return cycle;
  }

  /** The one thing the input names, if the caller may see it (NOT_FOUND naming its field otherwise), and its cycle. */
  private async resolveTarget(tx: EntityManager, user: User, input: LinkEvidenceInput): Promise<ResolvedTarget> {
    if (input.normId) {
      const norm = await visibleNorm(tx, this.policy, user, input.normId);
      return { target: 'NORM', column: 'norm_id', id: norm.id, what: 'Cycle', cycleId: input.cycleId!, norm };
    }
    if (input.selfEvaluationAnswerId) {
      const what = 'Self-evaluation answer';
      const answer = present(await tx.findOne(SelfEvaluationAnswer, { id: input.selfEvaluationAnswerId }), what, 'selfEvaluationAnswerId');
      const cycleId = await this.cycleOfItem(tx, user, answer.cycle.id, what, 'selfEvaluationAnswerId');
      return { target: 'SELF_EVALUATION_ANSWER', column: 'self_evaluation_answer_id', id: answer.id, what, cycleId };
    }
    if (input.internalAuditFindingId) {
      const what = 'Internal audit finding';
      const finding = await tx.findOne(InternalAuditFinding, { id: input.internalAuditFindingId }, { populate: ['internalAudit'] });
      const found = present(finding, what, 'internalAuditFindingId');
      const cycleId = await this.cycleOfItem(tx, user, found.internalAudit.getEntity().cycle.id, what, 'internalAuditFindingId');
      return { target: 'INTERNAL_AUDIT_FINDING', column: 'internal_audit_finding_id', id: found.id, what, cycleId };
    }
    const what = 'Improvement action';
    const action = present(await tx.findOne(ImprovementAction, { id: input.improvementActionId! }), what, 'improvementActionId');
    const cycleId = await this.cycleOfItem(tx, user, action.cycle.id, what, 'improvementActionId');
    return { target: 'IMPROVEMENT_ACTION', column: 'improvement_action_id', id: action.id, what, cycleId, actionId: action.id };
  }

  /** The cycle of a named item, if the caller may see it: an item of someone else's cycle is not found, like one of nothing. */
  private async cycleOfItem(tx: EntityManager, user: User, cycleId: string, what: string, field: string): Promise<string> {
    return seen(await tx.findOne(Cycle, { id: cycleId }), (c) => this.policy.canReadCycle(user, c), what, field).id;
  }
}

/** The shape, needing no data: exactly one thing to link to, and for a norm the cycle it is linked in. */
function assertOneTarget(input: LinkEvidenceInput): void {
  const given = [input.normId, input.selfEvaluationAnswerId, input.internalAuditFindingId, input.improvementActionId].filter((v) => !!v);
  if (given.length !== 1) {
    throw badInput('normId', 'Give exactly one of normId, selfEvaluationAnswerId, internalAuditFindingId or improvementActionId.', 'linkOneTarget');
  }
  if (input.normId && !input.cycleId) throw badInput('cycleId', 'Name the cycle (cycleId) when linking evidence to a norm.', 'linkNormNeedsCycle');
}
