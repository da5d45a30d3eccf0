import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contentRefusal, respondentSubmittedRefusal, selfEvaluationRefusal, unscoredNorms } from '../../../../workflows/src/rules';
import { badInput, notAllowed } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { assertContentOpen, assertNoRefusal, contentPosition } from '../../common/phase-guard';
import { assertRevision, type SavedVersion } from '../../common/revision';
import type { AccessPolicy } from '../access/access-policy';
import { present, seen, visibleNorm } from '../access/references';
import { Cycle } from '../cycle/cycle.entity';
import { Role } from '../user/role';
import type { User } from '../user/user.entity';
import type { SaveRespondentAnswerInput } from './dto/save-respondent-answer.input';
import type { SubmitRespondentAnswersInput } from './dto/submit-respondent-answers.input';
import { RespondentAnswer } from './respondent-answer.entity';
import { RespondentInvitation } from './respondent-invitation.entity';
import type { RespondentInvitationView } from './respondent-invitation.view';
import type { RespondentTaskView } from './respondent-task.view';
import { invitationViews, normsInScope, normsOfVersions } from './respondent-views';

/** How many tasks myRespondentTasks lists at most: a person is rarely asked on more than a few cycles. */
export const MAX_TASKS = 50;

/**
 * A respondent's own work: autosaved answers on the norms of their invitation, submitted once. Only the
 * invitee writes them; no one reads another respondent's answers here (the spread counts submitted ones).
 */
export class RespondentAnswerService {
  constructor(private readonly policy: AccessPolicy) {}

  async save(em: EntityManager, user: User, input: Change<SaveRespondentAnswerInput>): Promise<RespondentAnswer> {
    const hasChange = (['score', 'goesWell', 'toImprove'] as const).some((k) => input[k] !== undefined);
    if (!hasChange) throw badInput('score', 'Give at least one of goesWell, toImprove or score.', 'answerEmpty');
    return em.transactional(async (tx) => {
      const { invitation, cycle } = await this.ownInvitation(tx, user, input.invitationId);
      const norm = await visibleNorm(tx, this.policy, user, input.normId);
      this.assertRespondent(user, invitation);
      this.assertOpen(cycle, invitation);
      const inScope = normsInScope((await normsOfVersions(tx, [cycle.frameworkVersion.id])).get(cycle.frameworkVersion.id)!, invitation.categoryCodes);
      if (!inScope.some((n) => n.id === norm.id)) throw badInput('normId', 'This norm is not one you were asked about.', 'normNotAsked');

      // Read under the cycle's lock, which every save of the invitation's answers takes: the revision compared is the latest.
      const existing = await tx.findOne(RespondentAnswer, { invitation: invitation.id, norm: norm.id }, { refresh: true });
      await assertRevision(input.expectedRevision, existing && answerVersion(existing, user));
      const answer = existing ?? tx.create(RespondentAnswer, { invitation: invitation.id, norm: norm.id, revision: 0 });
      answer.revision += 1;
      if (input.score !== undefined) answer.score = input.score;
      if (input.goesWell !== undefined) answer.goesWell = input.goesWell;
      if (input.toImprove !== undefined) answer.toImprove = input.toImprove;
      answer.updatedAt = new Date();
      return answer;
    });
  }

  async submit(em: EntityManager, user: User, input: Change<SubmitRespondentAnswersInput>): Promise<RespondentInvitationView> {
    return em.transactional(async (tx) => {
      const { invitation, cycle } = await this.ownInvitation(tx, user, input.invitationId);
      this.assertRespondent(user, invitation);
      this.assertOpen(cycle, invitation);
      const norms = normsInScope((await normsOfVersions(tx, [cycle.frameworkVersion.id])).get(cycle.frameworkVersion.id)!, invitation.categoryCodes);
      const scored = await tx.find(RespondentAnswer, { invitation: invitation.id, score: { $ne: null } }, { populate: ['norm'] });
      assertNoRefusal(selfEvaluationRefusal(unscoredNorms(norms.map((n) => n.code), scored.map((a) => a.norm.getEntity().code))));
      invitation.submittedAt = new Date();
      await tx.flush();
      const [view] = await invitationViews(tx, [invitation]);
      return view;
    });
  }

  /** The caller's invitations, newest first, with the norms each asks about and the caller's own answers. */
  async tasks(em: EntityManager, user: User): Promise<RespondentTaskView[]> {
    const invitations = await em.find(
      RespondentInvitation,
      { respondent: user.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: MAX_TASKS, populate: ['cycle.organisation'] },
    );
    if (invitations.length === 0) return [];
    const [views, norms, answers] = await Promise.all([
      invitationViews(em, invitations),
      normsOfVersions(em, invitations.map((i) => i.cycle.getEntity().frameworkVersion.id)),
      em.find(RespondentAnswer, { invitation: { $in: invitations.map((i) => i.id) } }, { orderBy: { createdAt: 'asc' } }),
    ]);
    return invitations.map((invitation, i) => {
      const cycle = invitation.cycle.getEntity();
      return {
        invitation: views[i],
        organisationName: cycle.organisation.getEntity().name,
        cycleId: cycle.id,
        norms: normsInScope(norms.get(cycle.frameworkVersion.id) ?? [], invitation.categoryCodes),
        answers: answers.filter((a) => a.invitation.id === invitation.id),
        open: !invitation.submittedAt && contentRefusal('SELF_EVALUATION_ANSWERS', contentPosition(cycle)) === null,
      };
    });
  }

  /**
   * The invitation with its cycle's row locked (the lock every write of the self-evaluation takes, so an
   * answer lands before the self-evaluation is locked or is refused after). Seen by its respondent and by the
   * quality officers of its organisation; anyone else is told it is not found.
   */
  private async ownInvitation(tx: EntityManager, user: User, id: string): Promise<{ invitation: RespondentInvitation; cycle: Cycle }> {
    const found = await tx.findOne(RespondentInvitation, { id });
    const cycle = seen(
      found && (await tx.findOne(Cycle, { id: found.cycle.id }, { lockMode: LockMode.PESSIMISTIC_WRITE })),
      (c) => found!.respondent.id === user.id || (user.role === Role.ORG_QUALITY_OFFICER && this.policy.canReadCycle(user, c)),
      'Respondent invitation',
    );
    // Read again under the lock: a submission that committed while we waited is seen.
    const invitation = present(await tx.findOne(RespondentInvitation, { id }, { refresh: true }), 'Respondent invitation');
    return { invitation, cycle };
  }

  private assertRespondent(user: User, invitation: RespondentInvitation): void {
    if (invitation.respondent.id !== user.id) throw notAllowed('Only the invited respondent may answer or submit.');
  }

  private assertOpen(cycle: Cycle, invitation: RespondentInvitation): void {
    assertContentOpen(cycle, 'SELF_EVALUATION_ANSWERS');
    assertNoRefusal(respondentSubmittedRefusal(invitation.submittedAt !== null));
  }
}

/** The answer as a CONFLICT reports it; only its respondent ever saves it. */
function answerVersion(answer: RespondentAnswer, respondent: User): SavedVersion {
  const { revision, score, goesWell, toImprove } = answer;
  return { revision, value: { score, goesWell, toImprove }, by: { loadOrFail: async () => respondent }, at: answer.updatedAt };
}
