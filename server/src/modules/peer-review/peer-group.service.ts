import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { newestFirstPage } from '../../common/newest-first-page';
import type { Page } from '../../common/pagination';
import { seen } from '../access/references';
import type { PeerGroupWorkflows } from '../../temporal/cycle-commands';
import { User } from '../user/user.entity';
import { currentPeerGroupDurations } from './peer-group-durations';
import { openPeerAssessmentCycle } from './peer-review-cycle';
import type { DeclinePeerGroupInput, FormPeerGroupInput, PeerGroupCommandInput, ProposePeerGroupInput } from './dto/peer-group.inputs';
import { PeerGroup, PeerGroupMember, PeerGroupStatus } from './peer-group.entity';
import { MIN_GROUP_SIZE } from './peer-matching';
import { peerGroupFilter } from './peer-review-scope';
import { PeerReviewSignUp, SignUpStatus } from './peer-review-sign-up.entity';

const SIGN_UP = 'Peer review sign-up';
const TOO_FEW = `A peer group needs at least ${MIN_GROUP_SIZE} organisations`;

/**
 * Peer groups: formed by the sector body from open sign-ups, or proposed by organisations that agreed their
 * partners and then confirmed or declined by the sector body. A sign-up is in at most one group that is
 * proposed or formed (its status GROUPED); a declined proposal opens its sign-ups again.
 */
export class PeerGroupService {
  constructor(
    private readonly workflows: PeerGroupWorkflows,
    /** TEST_SECONDS_DURATIONS: see peerGroupDurationsFrom. */
    private readonly testSecondsDurations = false,
  ) {}

  form(em: EntityManager, user: User, input: Change<FormPeerGroupInput>): Promise<PeerGroup> {
    return em.transactional(async (tx) => {
      const signUps = await lockedSignUps(tx, input.signUpIds);
      for (const id of input.signUpIds) seen(signUps.get(id), () => true, SIGN_UP, 'signUpIds');
      if (signUps.size < MIN_GROUP_SIZE) throw badInput('signUpIds', `${TOO_FEW}; name at least ${MIN_GROUP_SIZE} sign-ups.`, 'peerGroupTooSmall', { limit: MIN_GROUP_SIZE });
      assertAllOpen([...signUps.values()], 'signUpIds');
      await linkCycles(tx, [...signUps.values()]);
      return group(tx, user, PeerGroupStatus.FORMED, [...signUps.values()], null);
    });
  }

  propose(em: EntityManager, user: User, input: Change<ProposePeerGroupInput>): Promise<PeerGroup> {
    const organisationId = user.organisation!.id;
    return em.transactional(async (tx) => {
      const partners = await lockedSignUps(tx, input.partnerSignUpIds);
      // A partner's sign-up reference is shared by the partner, and only one that says its partners are
      // known can be named: any other is not found, as an ID of nothing.
      for (const id of input.partnerSignUpIds) {
        seen(partners.get(id), (s) => s.partnersKnown || s.organisation.id === organisationId, SIGN_UP, 'partnerSignUpIds');
      }
      const own = await tx.findOne(
        PeerReviewSignUp,
        { organisation: organisationId, status: { $in: [SignUpStatus.OPEN, SignUpStatus.GROUPED] } },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (partners.size < MIN_GROUP_SIZE - 1) {
        throw badInput('partnerSignUpIds', `${TOO_FEW}: yours and at least ${MIN_GROUP_SIZE - 1} partners.`, 'peerPartnersTooFew', { limit: MIN_GROUP_SIZE - 1 });
      }
      if (!own) throw new DomainError('INCOMPLETE', 'Your organisation has not signed up for a peer review; sign up first, then propose your group.');
      if ([...partners.values()].some((s) => s.organisation.id === organisationId)) {
        throw badInput('partnerSignUpIds', "Name your partners' sign-ups only; your own sign-up is in the group already.", 'ownSignUpNamed');
      }
      assertAllOpen([own], null);
      assertAllOpen([...partners.values()], 'partnerSignUpIds');
      return group(tx, user, PeerGroupStatus.PROPOSED, [own, ...partners.values()], organisationId);
    });
  }

  confirm(em: EntityManager, user: User, input: Change<PeerGroupCommandInput>): Promise<PeerGroup> {
    return em.transactional(async (tx) => {
      const proposal = await this.lockedProposal(tx, user, input.peerGroupId, 'confirmed');
      proposal.status = PeerGroupStatus.FORMED;
      decided(tx, proposal, user);
      const members = await tx.find(PeerGroupMember, { group: proposal.id }, { populate: ['signUp'] });
      await linkCycles(tx, members.map((m) => m.signUp.getEntity()));
      return proposal;
    });
  }

  /**
   * Starts a formed group's workflow. Called once the mutation is committed (the workflow reads the members
   * from the database); starting twice attaches to the first, so a retried mutation starts one.
   */
  async formed(em: EntityManager, peerGroup: PeerGroup): Promise<PeerGroup> {
    // The deadlines are pinned in the workflow's input: a rule changed later does not move a running group's.
    await this.workflows.start({ groupId: peerGroup.id, durations: await currentPeerGroupDurations(em, this.testSecondsDurations) });
    return peerGroup;
  }

  decline(em: EntityManager, user: User, input: Change<DeclinePeerGroupInput>): Promise<PeerGroup> {
    return em.transactional(async (tx) => {
      const proposal = await this.lockedProposal(tx, user, input.peerGroupId, 'declined');
      proposal.status = PeerGroupStatus.DECLINED;
      proposal.declineReason = input.reason.trim();
      decided(tx, proposal, user);
      const members = await tx.find(PeerGroupMember, { group: proposal.id });
      await tx.nativeUpdate(PeerReviewSignUp, { id: { $in: members.map((m) => m.signUp.id) } }, { status: SignUpStatus.OPEN });
      return proposal;
    });
  }

  async get(em: EntityManager, user: User, id: string): Promise<PeerGroup> {
    const found = await em.findOne(PeerGroup, { $and: [{ id }, peerGroupFilter(user)] });
    return found ?? Promise.reject(notFound('Peer group'));
  }

  /** Newest first: the sector body's all, an organisation the groups it is in, an institution none. */
  list(em: EntityManager, user: User, first: number, after: string | null | undefined, status: PeerGroupStatus | null | undefined): Promise<Page<PeerGroup>> {
    return newestFirstPage(em, PeerGroup, { $and: [peerGroupFilter(user), status ? { status } : {}] }, first, after);
  }

  private async lockedProposal(tx: EntityManager, user: User, id: string, verb: string): Promise<PeerGroup> {
    const found = await tx.findOne(PeerGroup, { $and: [{ id }, peerGroupFilter(user)] }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!found) throw notFound('Peer group');
    if (found.status !== PeerGroupStatus.PROPOSED) {
      throw new DomainError('WRONG_PHASE', `This peer group is ${found.status}; only a proposed group can be ${verb}.`);
    }
    return found;
  }
}

/** The sign-ups by ID, row-locked in ID order (two requests lock them in the same order, so never deadlock). */
async function lockedSignUps(tx: EntityManager, ids: string[]): Promise<Map<string, PeerReviewSignUp>> {
  const rows = await tx.find(PeerReviewSignUp, { id: { $in: ids } }, { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
  return new Map(rows.map((s) => [s.id, s]));
}

function assertAllOpen(signUps: PeerReviewSignUp[], field: string | null): void {
  if (signUps.every((s) => s.status === SignUpStatus.OPEN)) return;
  if (!field) throw new DomainError('CONFLICT', 'Your organisation is already in a peer group.');
  throw badInput(field, 'One of these sign-ups is already in a peer group; each organisation takes part in one group at a time.', 'signUpInGroupAlready');
}

function group(tx: EntityManager, user: User, status: PeerGroupStatus, signUps: PeerReviewSignUp[], proposedBy: string | null): PeerGroup {
  const created = tx.create(PeerGroup, { status, createdBy: user.id, proposedBy });
  if (status === PeerGroupStatus.FORMED) decided(tx, created, user);
  for (const s of signUps) {
    s.status = SignUpStatus.GROUPED;
    tx.create(PeerGroupMember, { group: created, organisation: s.organisation.id, signUp: s });
  }
  return created;
}

/**
 * Ties each sign-up without a cycle to its organisation's open PEER_REVIEW or COMBINED cycle, if it has one
 * now: the cycle may have chosen its variant after the organisation signed up.
 */
async function linkCycles(tx: EntityManager, signUps: PeerReviewSignUp[]): Promise<void> {
  for (const s of signUps) {
    if (s.cycle) continue;
    const cycle = await openPeerAssessmentCycle(tx, s.organisation.id);
    if (cycle) s.cycle = ref(cycle);
  }
}

function decided(tx: EntityManager, peerGroup: PeerGroup, user: User): void {
  peerGroup.decidedBy = tx.getReference(User, user.id, { wrapped: true });
  peerGroup.decidedAt = new Date();
}
