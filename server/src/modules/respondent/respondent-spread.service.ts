import type { EntityManager } from '@mikro-orm/postgresql';
import { notAllowed } from '../../common/errors';
import type { AccessPolicy } from '../access/access-policy';
import { visibleCycle } from '../access/references';
import { PartyKind, Role } from '../user/role';
import type { User } from '../user/user.entity';
import { isSelfEvaluationDelegate } from '../self-evaluation/self-evaluation-delegation.service';
import { RespondentAnswer } from './respondent-answer.entity';
import { RespondentInvitation } from './respondent-invitation.entity';
import { normCounts, type ScoredAnswer } from './respondent-spread';
import { normsOfVersions } from './respondent-views';
import type { NormSpread, RespondentText, SelfEvaluationSpread } from './self-evaluation-spread.view';

/**
 * The respondents' submitted views on a cycle, spread over the layers. The organisation's quality officers
 * see everything, with who wrote what; a respondent who submitted, and a delegate who writes the consolidated
 * answers, see the counts only (who wrote what stays with the quality officers); anyone else who may
 * see the cycle (its institution, the sector body, the organisation's other members) is refused, and who
 * may not see the cycle is told it is not found.
 */
export class RespondentSpreadService {
  constructor(private readonly policy: AccessPolicy) {}

  async spread(em: EntityManager, user: User, cycleId: string): Promise<SelfEvaluationSpread> {
    const cycle = await visibleCycle(em, this.policy, user, cycleId);
    const officer = user.partyKind === PartyKind.ORGANISATION && user.role === Role.ORG_QUALITY_OFFICER;
    if (!officer) {
      const submitted = await em.count(RespondentInvitation, { cycle: cycle.id, respondent: user.id, submittedAt: { $ne: null } });
      if (submitted === 0 && !(await isSelfEvaluationDelegate(em, cycle.id, user.id))) {
        throw notAllowed("Only the organisation's quality officers, the cycle's delegates, and respondents once they have submitted, see the respondents' views.");
      }
    }
    const invitations = await em.find(RespondentInvitation, { cycle: cycle.id }, { populate: ['respondent'] });
    const submitted = invitations.filter((i) => i.submittedAt !== null);
    const [answers, norms] = await Promise.all([
      submitted.length ? em.find(RespondentAnswer, { invitation: { $in: submitted.map((i) => i.id) }, score: { $ne: null } }, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [],
      normsOfVersions(em, [cycle.frameworkVersion.id]),
    ]);
    const invitationOf = new Map(submitted.map((i) => [i.id, i]));
    const spreads: NormSpread[] = [];
    for (const norm of norms.get(cycle.frameworkVersion.id) ?? []) {
      const onNorm = answers.filter((a) => a.norm.id === norm.id);
      if (onNorm.length === 0) continue;
      const scored: ScoredAnswer[] = onNorm.map((a) => ({ layer: invitationOf.get(a.invitation.id)!.layer, score: a.score! }));
      const texts = (pick: (a: RespondentAnswer) => string): RespondentText[] =>
        officer
          ? onNorm
              .filter((a) => pick(a).trim() !== '')
              .map((a) => {
                const invitation = invitationOf.get(a.invitation.id)!;
                return { answerId: a.id, layer: invitation.layer, respondentName: invitation.respondent.getEntity().name, text: pick(a) };
              })
          : [];
      spreads.push({ normId: norm.id, ...normCounts(scored), goesWell: texts((a) => a.goesWell), toImprove: texts((a) => a.toImprove) });
    }
    return { cycleId: cycle.id, invitedCount: invitations.length, submittedCount: submitted.length, norms: spreads };
  }
}
