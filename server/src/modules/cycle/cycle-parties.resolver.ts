import { FieldResolver, Resolver, Root } from 'type-graphql';
import { waitingOn, type Party } from '../../../../workflows/src/rules';
import { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import { UserSummary, userSummary } from '../user/user-summary.view';
import { WaitingParty } from './cycle-enums';
import { Cycle } from './cycle.entity';

/** Who holds the cycle: the party that acts next, the engaged institution and its assigned auditors. */
@Resolver(() => Cycle)
export class CyclePartiesResolver {
  @FieldResolver(() => WaitingParty, { description: 'Who is to act next; dueAt says until when.' })
  waitingOn(@Root() cycle: Cycle): Party {
    return waitingOn({ phase: cycle.phase, step: cycle.step });
  }

  @FieldResolver(() => CertifyingInstitution, { nullable: true, description: 'The institution engaged for the external audit.' })
  certifyingInstitution(@Root() cycle: Cycle): Promise<CertifyingInstitution> | null {
    return cycle.certifyingInstitution ? cycle.certifyingInstitution.loadOrFail() : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  async leadAuditor(@Root() cycle: Cycle): Promise<UserSummary | null> {
    return cycle.leadAuditor ? userSummary(await cycle.leadAuditor.loadOrFail()) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  async coAuditor(@Root() cycle: Cycle): Promise<UserSummary | null> {
    return cycle.coAuditor ? userSummary(await cycle.coAuditor.loadOrFail()) : null;
  }
}
