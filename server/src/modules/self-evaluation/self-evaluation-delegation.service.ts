import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { assertContentOpen } from '../../common/phase-guard';
import type { AccessPolicy } from '../access/access-policy';
import { CONTENT_WRITERS } from '../access/content-writers';
import { seen, visibleCycle } from '../access/references';
import type { Cycle } from '../cycle/cycle.entity';
import { ORGANISATION_ROLES, Role } from '../user/role';
import { User } from '../user/user.entity';
import type { SelfEvaluationDelegationInput } from './dto/self-evaluation-delegation.input';
import { SelfEvaluationDelegate } from './self-evaluation-delegate.entity';

const QUALITY_OFFICER = [Role.ORG_QUALITY_OFFICER] as const;

/** Whether the person was named to write this cycle's consolidated answers. */
export async function isSelfEvaluationDelegate(em: EntityManager, cycleId: string, userId: string): Promise<boolean> {
  return (await em.count(SelfEvaluationDelegate, { cycle: cycleId, delegate: userId })) > 0;
}

/**
 * The quality officer names members of the organisation to write the consolidated self-evaluation answers
 * with them, and withdraws that. Both take the cycle's row lock, which every save of an answer takes: a
 * save by a delegate lands before the withdrawal or is refused after it.
 */
export class SelfEvaluationDelegationService {
  constructor(private readonly policy: AccessPolicy) {}

  async delegate(em: EntityManager, user: User, input: Change<SelfEvaluationDelegationInput>): Promise<Cycle> {
    return em.transactional(async (tx) => {
      const { cycle, person } = await this.load(tx, user, input);
      assertContentOpen(cycle, 'SELF_EVALUATION_ANSWERS', 'Delegates can be named');
      const writers = CONTENT_WRITERS.SELF_EVALUATION_ANSWERS as readonly Role[];
      if (writers.includes(person.role)) throw badInput('userId', `${person.name} writes the answers already, as ${person.role}.`, 'delegateWritesAlready', { name: person.name });
      if (await isSelfEvaluationDelegate(tx, cycle.id, person.id)) throw badInput('userId', `${person.name} is a delegate already.`, 'delegateAlready', { name: person.name });
      tx.create(SelfEvaluationDelegate, { cycle: cycle.id, delegate: person.id, delegatedBy: user.id });
      return cycle;
    });
  }

  /** Allowed in any phase: taking the right back never needs the self-evaluation open. */
  async withdraw(em: EntityManager, user: User, input: Change<SelfEvaluationDelegationInput>): Promise<Cycle> {
    return em.transactional(async (tx) => {
      const { cycle, person } = await this.load(tx, user, input);
      const removed = await tx.nativeDelete(SelfEvaluationDelegate, { cycle: cycle.id, delegate: person.id });
      if (removed === 0) throw badInput('userId', `${person.name} is not a delegate of this cycle.`, 'notADelegate', { name: person.name });
      return cycle;
    });
  }

  /** The cycle's delegates, by name; the organisation's members only. */
  async delegates(em: EntityManager, user: User, cycle: Cycle): Promise<User[]> {
    this.policy.assertOrganisationActor(user, cycle, ORGANISATION_ROLES);
    const rows = await em.find(SelfEvaluationDelegate, { cycle: cycle.id }, { populate: ['delegate'] });
    return rows.map((r) => r.delegate.getEntity()).sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
  }

  private async load(tx: EntityManager, user: User, input: Change<SelfEvaluationDelegationInput>): Promise<{ cycle: Cycle; person: User }> {
    const cycle = await visibleCycle(tx, this.policy, user, input.cycleId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const person = seen(await tx.findOne(User, { id: input.userId }), (p) => this.policy.canSeeOrganisationMember(user, p), 'Person', 'userId');
    // The person is of the caller's organisation, and a quality officer acts only on their own
    // organisation's cycles: so the person is a member of the cycle's organisation.
    this.policy.assertOrganisationActor(user, cycle, QUALITY_OFFICER);
    return { cycle, person };
  }
}
