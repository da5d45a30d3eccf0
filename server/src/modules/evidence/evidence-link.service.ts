import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../../common/errors';
import { queryRows, sql, SqlFragment } from '../../common/sql-fragment';
import type { AccessPolicy } from '../access/access-policy';
import { Cycle } from '../cycle/cycle.entity';
import { Norm } from '../framework/norm.entity';
import { ActionStatus, ImprovementAction } from '../improvement-plan/improvement-action.entity';
import { InternalAuditFinding } from '../internal-audit/internal-audit-finding.entity';
import { InternalAudit } from '../internal-audit/internal-audit.entity';
import { SelfEvaluationAnswer } from '../self-evaluation/self-evaluation-answer.entity';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';
import type { LinkEvidenceInput } from './dto/link-evidence.input';
import type { UnlinkEvidenceInput } from './dto/unlink-evidence.input';
import { UPLOADERS } from './evidence-intake.service';
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
}

/**
 * Links between evidence and what it supports. Every write locks the cycle row first, as the other content
 * modules do, so a link and the submission that locks its phase cannot interleave.
 */
export class EvidenceLinkService {
  constructor(private readonly policy: AccessPolicy) {}

  async link(tx: EntityManager, user: User, input: LinkEvidenceInput): Promise<EvidenceLink> {
    const target = await this.resolveTarget(tx, input);
    const evidence = await tx.findOne(Evidence, { id: input.evidenceId });
    if (!evidence || user.partyKind !== PartyKind.ORGANISATION || evidence.organisation.id !== user.organisation?.id) {
      throw notFound('Evidence');
    }
    const cycle = await this.lockedCycle(tx, user, target.cycleId, target.what);
    if (target.target === 'NORM' && !(await tx.findOne(Norm, { id: target.id, frameworkVersion: cycle.frameworkVersion.id }))) {
      throw badInput('normId', "This norm is not part of the cycle's framework version.");
    }
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
    return tx.findOneOrFail(EvidenceLink, { id: row.id });
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

  /** Which one thing the input names, and the cycle it belongs to. */
  private async resolveTarget(tx: EntityManager, input: LinkEvidenceInput): Promise<ResolvedTarget> {
    const given = [input.normId, input.selfEvaluationAnswerId, input.internalAuditFindingId, input.improvementActionId].filter((v) => !!v);
    if (given.length !== 1) {
      throw badInput('normId', 'Give exactly one of normId, selfEvaluationAnswerId, internalAuditFindingId or improvementActionId.');
    }
    const named = (cycleId: string): string => {
      if (input.cycleId && input.cycleId !== cycleId) throw badInput('cycleId', 'This is not the cycle of the item you link to; leave cycleId out.');
      return cycleId;
    };
    if (input.normId) {
      if (!input.cycleId) throw badInput('cycleId', 'Name the cycle (cycleId) when linking evidence to a norm.');
      return { target: 'NORM', column: 'norm_id', id: input.normId, what: 'Cycle', cycleId: input.cycleId };
    }
    if (input.selfEvaluationAnswerId) {
      const answer = await tx.findOne(SelfEvaluationAnswer, { id: input.selfEvaluationAnswerId });
      if (!answer) throw notFound('Self-evaluation answer');
      return { target: 'SELF_EVALUATION_ANSWER', column: 'self_evaluation_answer_id', id: answer.id, what: 'Self-evaluation answer', cycleId: named(answer.cycle.id) };
    }
    if (input.internalAuditFindingId) {
      const finding = await tx.findOne(InternalAuditFinding, { id: input.internalAuditFindingId });
      if (!finding) throw notFound('Internal-audit finding');
      const audit = await tx.findOneOrFail(InternalAudit, { id: finding.internalAudit.id });
      return { target: 'INTERNAL_AUDIT_FINDING', column: 'internal_audit_finding_id', id: finding.id, what: 'Internal-audit finding', cycleId: named(audit.cycle.id) };
    }
    const action = await tx.findOne(ImprovementAction, { id: input.improvementActionId! });
    if (!action) throw notFound('Improvement action');
    return {
      target: 'IMPROVEMENT_ACTION',
      column: 'improvement_action_id',
      id: action.id,
      what: 'Improvement action',
      cycleId: named(action.cycle.id),
      actionId: action.id,
    };
  }
}
