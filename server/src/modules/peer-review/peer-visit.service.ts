import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../../../../workflows/src/rules';
import { badInput, DomainError, notAllowed, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { present, seen } from '../access/references';
import type { PeerGroupWorkflows } from '../../temporal/cycle-commands';
import { User } from '../user/user.entity';
import type { ConfirmPeerVisitInput, PlanPeerVisitInput, ReplanPeerVisitInput } from './dto/peer-visit.inputs';
import type { AssignmentRefusal } from './peer-auditor-eligibility';
import { PeerAuditor } from './peer-auditor.entity';
import { LearningReport } from './peer-finding.entity';
import type { PeerAuditorService } from './peer-auditor.service';
import { PeerGroup, PeerGroupMember, PeerGroupStatus } from './peer-group.entity';
import { peerGroupFilter, peerVisitFilter } from './peer-review-scope';
import { PeerVisit, PeerVisitStatus } from './peer-visit.entity';

const VISIT = 'Peer visit';
const AUDITORS = 'peerAuditorIds';

const REFUSAL: Record<AssignmentRefusal, (name: string, date: string) => string> = {
  OWN_ORGANISATION: (name) => `${name} works for the organisation visited; a visit is made by peer auditors of the other members.`,
  UNTRAINED: (name) => `${name} has no training recorded; only trained peer auditors can visit.`,
  TRAINING_EXPIRED: (name, date) => `${name}'s training no longer counts on ${date}; record a newer training or choose another peer auditor.`,
};

/**
 * The visits of a peer group: a quality officer of a member organisation plans (and, until it is confirmed,
 * re-plans) the visit of a member by a pair of peer auditors of the other members; the visited
 * organisation confirms the date. Planning locks the group, so two planners of one group take turns, and
 * the auditors named, so two groups cannot book one auditor on the same day at once.
 */
export class PeerVisitService {
  constructor(
    private readonly peerAuditors: PeerAuditorService,
    private readonly groupWorkflows: PeerGroupWorkflows,
  ) {}

  plan(em: EntityManager, user: User, input: Change<PlanPeerVisitInput>): Promise<PeerVisit> {
    return em.transactional(async (tx) => {
      const group = await tx.findOne(PeerGroup, { $and: [{ id: input.peerGroupId }, peerGroupFilter(user)] }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!group) throw notFound('Peer group');
      const members = await memberIds(tx, group.id);
      // An organisation outside the group is not one the planner can see (docs/error-codes.md).
      if (!members.has(input.organisationId)) throw notFound('Organisation', 'organisationId');
      const auditors = await lockedAuditors(tx, input.peerAuditorIds, members);
      assertFormed(group);
      assertNotPast(input.date);
      if (await tx.count(PeerVisit, { group: group.id, organisation: input.organisationId })) {
        throw new DomainError('CONFLICT', 'This organisation already has its visit in this group; re-plan that visit instead.', 'organisationId');
      }
      await this.assertAssignable(tx, auditors, input.organisationId, input.date, null);
      const visit = tx.create(PeerVisit, {
        group,
        organisation: input.organisationId,
        date: input.date,
        firstAuditor: auditors[0],
        secondAuditor: auditors[1],
        plannedBy: user.id,
        plannedAt: new Date(),
      });
      // Every visit has its learning report from the start: a draft the pair fills once the date is confirmed.
      tx.create(LearningReport, { visit });
      return visit;
    });
  }

  replan(em: EntityManager, user: User, input: Change<ReplanPeerVisitInput>): Promise<PeerVisit> {
    return em.transactional(async (tx) => {
      const visit = await lockedVisit(tx, user, input.peerVisitId);
      const auditors = await lockedAuditors(tx, input.peerAuditorIds, await memberIds(tx, visit.group.id));
      assertPlanned(visit, 're-planned');
      assertNotPast(input.date);
      await this.assertAssignable(tx, auditors, visit.organisation.id, input.date, visit.id);
      visit.date = input.date;
      visit.firstAuditor = ref(auditors[0]);
      visit.secondAuditor = ref(auditors[1]);
      visit.plannedBy = tx.getReference(User, user.id, { wrapped: true });
      visit.plannedAt = new Date();
      return visit;
    });
  }

  confirm(em: EntityManager, user: User, input: Change<ConfirmPeerVisitInput>): Promise<PeerVisit> {
    return em.transactional(async (tx) => {
      const visit = await lockedVisit(tx, user, input.peerVisitId);
      if (visit.organisation.id !== user.organisation?.id) throw notAllowed('Only the visited organisation confirms the date of its visit.');
      assertPlanned(visit, 'confirmed');
      visit.status = PeerVisitStatus.CONFIRMED;
      visit.confirmedBy = tx.getReference(User, user.id, { wrapped: true });
      visit.confirmedAt = new Date();
      return visit;
    });
  }

  /**
   * Tells the group's workflow, once the confirmation is committed: it tells its members' cycles when every
   * visit is confirmed.
   */
  async confirmed(visit: PeerVisit): Promise<PeerVisit> {
    await this.groupWorkflows.progressed(visit.group.id);
    return visit;
  }

  /** The visits a person is assigned to as peer auditor, by date. */
  assigned(em: EntityManager, user: User): Promise<PeerVisit[]> {
    return em.find(PeerVisit, { $or: [{ firstAuditor: { person: user.id } }, { secondAuditor: { person: user.id } }] }, { orderBy: { date: 'asc', id: 'asc' } });
  }

  /** Whether each auditor may visit the organisation on the day, and is not on another visit that day. */
  private async assertAssignable(tx: EntityManager, auditors: PeerAuditor[], organisationId: string, date: string, visitId: string | null): Promise<void> {
    for (const auditor of auditors) {
      const refusal = await this.peerAuditors.whyNotAssignable(tx, auditor, organisationId, date);
      if (refusal) {
        const name = (await auditor.person.loadOrFail()).name;
        throw new DomainError('BAD_USER_INPUT', REFUSAL[refusal](name, date), AUDITORS, { peerAuditorId: auditor.id, reason: refusal });
      }
    }
    const ids = auditors.map((a) => a.id);
    const busy = await tx.findOne(PeerVisit, {
      date,
      $or: [{ firstAuditor: { $in: ids } }, { secondAuditor: { $in: ids } }],
      ...(visitId ? { id: { $ne: visitId } } : {}),
    });
    if (busy) {
      const auditor = auditors.find((a) => a.id === busy.firstAuditor.id || a.id === busy.secondAuditor.id)!;
      const name = (await auditor.person.loadOrFail()).name;
      throw new DomainError('CONFLICT', `${name} is already assigned to another visit on ${date}; choose another day or another peer auditor.`, AUDITORS, {
        peerAuditorId: auditor.id,
      });
    }
  }
}

async function memberIds(tx: EntityManager, groupId: string): Promise<Set<string>> {
  return new Set((await tx.find(PeerGroupMember, { group: groupId })).map((m) => m.organisation.id));
}

/**
 * The named peer auditors in the order named, row-locked in ID order (no deadlock between two planners). An
 * auditor of an organisation outside the group is not one the planner can see: NOT_FOUND, as an ID of nothing.
 */
async function lockedAuditors(tx: EntityManager, ids: string[], members: Set<string>): Promise<PeerAuditor[]> {
  const rows = await tx.find(PeerAuditor, { id: { $in: ids } }, { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
  const byId = new Map(rows.map((a) => [a.id, a]));
  const named = ids.map((id) => seen(byId.get(id), (a) => members.has(a.organisation.id), 'Peer auditor', AUDITORS));
  if (named.length !== 2) throw badInput(AUDITORS, 'peerAuditorIds must name two peer auditors: a visit is made by a pair.', 'peerPairOfTwo');
  return named;
}

/** A visit the caller may see, with its group locked and the visit read again under that lock. */
async function lockedVisit(tx: EntityManager, user: User, id: string): Promise<PeerVisit> {
  const found = await tx.findOne(PeerVisit, { $and: [{ id }, peerVisitFilter(user)] });
  if (!found) throw notFound(VISIT);
  present(await tx.findOne(PeerGroup, { id: found.group.id }, { lockMode: LockMode.PESSIMISTIC_WRITE }), VISIT);
  return present(await tx.findOne(PeerVisit, { id }, { refresh: true }), VISIT);
}

function assertFormed(group: PeerGroup): void {
  if (group.status !== PeerGroupStatus.FORMED) {
    throw new DomainError('WRONG_PHASE', `This peer group is ${group.status}; visits are planned once the sector body formed the group.`);
  }
}

function assertPlanned(visit: PeerVisit, verb: string): void {
  if (visit.status !== PeerVisitStatus.PLANNED) throw new DomainError('WRONG_PHASE', `This visit is confirmed already; it can no longer be ${verb}.`);
}

function assertNotPast(date: string): void {
  if (date < calendarDate(Date.now())) throw badInput('date', 'This day has passed; plan the visit for today or later.', 'visitDayPassed');
}
