import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../../common/errors';
import { assertContentOpen } from '../../common/phase-guard';
import { queryRows, sql } from '../../common/sql-fragment';
import type { AccessPolicy } from '../access/access-policy';
import { present, seen, visibleCycle } from '../access/references';
import { REMEMBER_ID, type MutationReceipts } from '../receipt/mutation-receipts';
import { Cycle } from '../cycle/cycle.entity';
import type { User } from '../user/user.entity';
import type { ConfirmEvidenceStillValidInput } from './dto/confirm-evidence-still-valid.input';
import { EvidenceCarryOver } from './evidence-carry-over.entity';
import type { EvidenceCarryOverCandidate } from './evidence-carry-over.view';
import { UPLOADERS } from './evidence-intake.service';
import { isMemberOf } from './evidence-library.service';
import { Evidence } from './evidence.entity';

/** Evidence linked in a cycle, each with the codes of the norms it supported there (through any kind of link). */
/** The evidence linked in a cycle, each with the norms it was linked to; the caller closes the statement. */
const linkedInCycle = (cycleId: string) => sql`
  select l.evidence_id, array_remove(array_agg(distinct coalesce(n.code, an.code, fn.code, acn.code)), null) as norm_codes
  from evidence_link l
  left join norm n on n.id = l.norm_id
  left join self_evaluation_answer sa on sa.id = l.self_evaluation_answer_id left join norm an on an.id = sa.norm_id
  left join internal_audit_finding f on f.id = l.internal_audit_finding_id left join norm fn on fn.id = f.norm_id
  left join improvement_action a on a.id = l.improvement_action_id left join norm acn on acn.id = a.norm_id
  where l.cycle_id = ${cycleId}`;

/**
 * Carry-over into the next cycle at recertification: the evidence of the previous cycle is offered with a
 * "still valid?" question. Yes links it to the norms with the same codes in the new cycle's framework
 * version (carriedOver); no records that, and takes back the links an earlier yes made. Only while the new
 * cycle's self-evaluation is open: after that its evidence is fixed like any other.
 */
export class EvidenceCarryOverService {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly receipts: MutationReceipts,
  ) {}

  /** The mutation: applied once per clientMutationId, answered with the evidence's candidate view. */
  async answer(em: EntityManager, user: User, input: ConfirmEvidenceStillValidInput): Promise<EvidenceCarryOverCandidate> {
    const id = await this.receipts.once(em, user, {
      operation: 'confirmEvidenceStillValid',
      clientMutationId: input.clientMutationId,
      run: (tx) => this.confirm(tx, user, input),
      remember: REMEMBER_ID,
    });
    return this.candidate(em, user, id);
  }

  /** For members of the organisation; the previous cycle is theirs, not necessarily the new auditors'. */
  async candidates(em: EntityManager, user: User, cycle: Cycle): Promise<EvidenceCarryOverCandidate[]> {
    this.policy.assertCanReadCycle(user, cycle);
    if (!cycle.previousCycle || !isMemberOf(user, cycle.organisation.id)) return [];
    const linked = await queryRows<{ evidence_id: string; norm_codes: string[] }>(em, sql`${linkedInCycle(cycle.previousCycle.id)} group by l.evidence_id`);
    if (!linked.length) return [];
    const ids = linked.map((r) => r.evidence_id);
    const [files, answers] = await Promise.all([
      em.find(Evidence, { id: { $in: ids } }, { orderBy: { name: 'asc', id: 'asc' } }),
      em.find(EvidenceCarryOver, { cycle: cycle.id, evidence: { $in: ids } }),
    ]);
    const codes = new Map(linked.map((r) => [r.evidence_id, r.norm_codes]));
    const answerOf = new Map(answers.map((a) => [a.evidence.id, a]));
    return files.map((evidence) => ({
      evidence,
      normCodes: [...(codes.get(evidence.id) ?? [])].sort(),
      stillValid: answerOf.get(evidence.id)?.stillValid ?? null,
      confirmedAt: answerOf.get(evidence.id)?.confirmedAt ?? null,
    }));
  }

  /** Records the answer and applies it; returns the carry-over row's ID. */
  async confirm(tx: EntityManager, user: User, input: ConfirmEvidenceStillValidInput): Promise<string> {
    const cycle = await visibleCycle(tx, this.policy, user, input.cycleId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    // The file is a reference: the organisation's own, or not found, before any rule says more about it.
    seen(await tx.findOne(Evidence, { id: input.evidenceId }), (e) => isMemberOf(user, e.organisation.id), 'Evidence', 'evidenceId');
    this.policy.assertOrganisationActor(user, cycle, UPLOADERS);
    if (!cycle.previousCycle) throw badInput('cycleId', 'This cycle does not follow an earlier one, so there is no evidence to carry over.', 'noPreviousCycle');
    assertContentOpen(cycle, 'EVIDENCE_CARRY_OVER');

    const [linked] = await queryRows<{ norm_codes: string[] }>(tx, sql`${linkedInCycle(cycle.previousCycle.id)} and l.evidence_id = ${input.evidenceId} group by l.evidence_id`);
    if (!linked) throw badInput('evidenceId', 'This evidence was not linked in the previous cycle.', 'notLinkedBefore');

    const [row] = await queryRows<{ id: string }>(tx, sql`insert into evidence_carry_over (id, created_at, cycle_id, evidence_id, still_valid, confirmed_by_id, confirmed_at)
       values (${randomUUID()}, now(), ${cycle.id}, ${input.evidenceId}, ${input.stillValid}, ${user.id}, now())
       on conflict (cycle_id, evidence_id) do update set still_valid = excluded.still_valid, confirmed_by_id = excluded.confirmed_by_id, confirmed_at = now()
       returning id`);
    if (input.stillValid && linked.norm_codes.length) {
      await queryRows(tx, sql`insert into evidence_link (id, created_at, evidence_id, cycle_id, norm_id, linked_in_phase, carried_over, linked_by_id)
         select gen_random_uuid(), now(), ${input.evidenceId}, ${cycle.id}, n.id, 'SELF_EVALUATION', true, ${user.id} from norm n
         where n.framework_version_id = ${cycle.frameworkVersion.id} and n.code in (${linked.norm_codes})
         on conflict do nothing`);
    } else if (!input.stillValid) {
      await queryRows(tx, sql`delete from evidence_link where cycle_id = ${cycle.id} and evidence_id = ${input.evidenceId} and carried_over`);
    }
    return row.id;
  }

  /** The candidate view of one answer, for the mutation's result (also when a retried request replays it). */
  async candidate(em: EntityManager, user: User, carryOverId: string): Promise<EvidenceCarryOverCandidate> {
    // A retried request replays an answer whose file may have been deleted since (the answer goes with it).
    const answer = present(await em.findOne(EvidenceCarryOver, { id: carryOverId }, { refresh: true }), 'Evidence');
    const cycle = present(await em.findOne(Cycle, { id: answer.cycle.id }), 'Cycle');
    const found = (await this.candidates(em, user, cycle)).find((c) => c.evidence.id === answer.evidence.id);
    if (!found) throw notFound('Evidence');
    return found;
  }
}
