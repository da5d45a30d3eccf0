import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../../../../workflows/src/rules';
import { badInput, DomainError, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { newestFirstPage } from '../../common/newest-first-page';
import type { Page } from '../../common/pagination';
import { seen } from '../access/references';
import { User } from '../user/user.entity';
import type { NominatePeerAuditorInput, RecordPeerAuditorTrainingInput } from './dto/peer-auditor.inputs';
import { assignmentRefusal, type AssignmentRefusal } from './peer-auditor-eligibility';
import { PeerAuditor } from './peer-auditor.entity';
import { peerAuditorFilter } from './peer-review-scope';
import { currentTrainingValidity } from './training-validity';

/** The register of peer auditors: each organisation its own, the sector body all, an institution none. */
export class PeerAuditorService {
  nominate(em: EntityManager, user: User, input: Change<NominatePeerAuditorInput>): Promise<PeerAuditor> {
    const organisationId = user.organisation!.id;
    return em.transactional(async (tx) => {
      const person = await tx.findOne(User, { id: input.personId });
      seen(person, (p) => p.organisation?.id === organisationId, 'Person', 'personId');
      if (await tx.count(PeerAuditor, { person: input.personId })) throw new DomainError('CONFLICT', 'This person is already a peer auditor.');
      return tx.create(PeerAuditor, { organisation: organisationId, person: input.personId, nominatedBy: user.id });
    });
  }

  recordTraining(em: EntityManager, user: User, input: Change<RecordPeerAuditorTrainingInput>): Promise<PeerAuditor> {
    return em.transactional(async (tx) => {
      const found = await tx.findOne(PeerAuditor, { id: input.peerAuditorId, organisation: user.organisation!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!found) throw notFound('Peer auditor');
      if (input.trainedOn > calendarDate(Date.now())) throw badInput('trainedOn', 'The training lies in the future; record it once it was completed.', 'trainingInFuture');
      found.trainedOn = input.trainedOn;
      found.trainingProvider = input.provider.trim();
      return found;
    });
  }

  list(em: EntityManager, user: User, first: number, after: string | null | undefined): Promise<Page<PeerAuditor>> {
    return newestFirstPage(em, PeerAuditor, peerAuditorFilter(user), first, after);
  }

  /** Why this auditor cannot visit the organisation on that day (for the visits), or null when they can. */
  async whyNotAssignable(em: EntityManager, auditor: PeerAuditor, visitedOrganisationId: string, onDate: string): Promise<AssignmentRefusal | null> {
    const validity = await currentTrainingValidity(em);
    return assignmentRefusal({ organisationId: auditor.organisation.id, trainedOn: auditor.trainedOn }, visitedOrganisationId, onDate, validity);
  }
}
