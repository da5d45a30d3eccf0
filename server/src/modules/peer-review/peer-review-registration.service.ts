import type { EntityManager } from '@mikro-orm/postgresql';
import { registerPeerReviewUpdate } from '../../../../workflows/src/messages';
import { shiftBy } from '../../../../workflows/src/rules';
import { DomainError } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import type { CycleCommands } from '../../temporal/cycle-commands';
import { present } from '../access/references';
import { Cycle } from '../cycle/cycle.entity';
import { peerReviewValidity } from '../framework/framework-rules';
import { FrameworkVersion } from '../framework/framework-version.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import type { RegisterPeerReviewInput } from './dto/peer-finding.inputs';
import { LearningReportStatus } from './peer-finding.entity';
import { lockedReport, versionOfVisit } from './peer-finding.service';
import { PeerGroup, PeerGroupMember } from './peer-group.entity';
import { PeerReviewRegistration } from './peer-review-registration.entity';
import { SignUpStatus } from './peer-review-sign-up.entity';

/**
 * Registers a peer advisory assessment once its learning report is final (docs/peer-review.md, The register
 * entry): no certificate and no award decision, only the entry. The sector body's secretariat does it; the
 * resolver admits only SECTOR_ADMIN.
 */
export class PeerReviewRegistrationService {
  constructor(private readonly commands: CycleCommands) {}

  register(em: EntityManager, user: User, input: Change<RegisterPeerReviewInput>): Promise<PeerReviewRegistration> {
    return em.transactional(async (tx) => {
      // The visit's row lock: the report cannot change, and two registrations of one visit take turns.
      const { visit, report } = await lockedReport(tx, user, input.peerVisitId);
      if (report.status !== LearningReportStatus.FINAL || !report.finalisedAt) {
        throw new DomainError('WRONG_PHASE', `The learning report is ${report.status}; the assessment is registered once it is FINAL.`);
      }
      if (await tx.findOne(PeerReviewRegistration, { visit: visit.id })) {
        throw new DomainError('CONFLICT', 'This peer assessment is in the register already.', 'peerVisitId');
      }
      const version = present(await versionOfVisit(tx, visit), 'Framework version');
      // The cycle the assessment is part of (its sign-up's link); without one, the organisation's open cycle
      // for the scope. A visit without any cycle assessed the whole organisation.
      const member = await tx.findOne(PeerGroupMember, { group: visit.group.id, organisation: visit.organisation.id }, { populate: ['signUp'] });
      const linked = member?.signUp.getEntity().cycle?.id ?? null;
      const cycle = linked ? await tx.findOne(Cycle, { id: linked }) : await tx.findOne(Cycle, { organisation: visit.organisation.id, closedAt: null });
      const validFrom = report.finalisedAt;
      const registration = tx.create(PeerReviewRegistration, {
        visit: visit.id,
        organisation: tx.getReference(Organisation, visit.organisation.id),
        group: tx.getReference(PeerGroup, visit.group.id),
        frameworkVersion: tx.getReference(FrameworkVersion, version.id),
        wholeOrganisation: cycle?.wholeOrganisation ?? true,
        scopeUnits: cycle && !cycle.wholeOrganisation ? cycle.scopeUnits : [],
        validFrom,
        validUntil: new Date(shiftBy(validFrom.getTime(), peerReviewValidity(version.rules))),
        registeredBy: tx.getReference(User, user.id),
      });
      // The sign-up has done its work: the organisation may sign up for its next (renewal) assessment.
      if (member) member.signUp.getEntity().status = SignUpStatus.COMPLETED;
      await tx.flush();
      // The linked cycle moves to its registered end, in this transaction (one update per visit): when the cycle refuses (the
      // group's reports are not all final yet, or it is not on the peer path) nothing is registered. A COMBINED cycle is
      // linked for its auditors' reading only: it ends in its certificate, so it is not told.
      if (linked && cycle?.variant !== 'COMBINED') {
        await this.commands.send(linked, { callerId: user.id, clientMutationId: `visit-${visit.id}` }, registerPeerReviewUpdate, {
          actorId: user.id,
          registrationId: registration.id,
          validUntil: registration.validUntil.toISOString(),
        });
      }
      return registration;
    });
  }
}
