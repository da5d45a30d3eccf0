import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate, respondentDueDateRefusal } from '../../../../workflows/src/rules';
import { respondentsInvitedSignal } from '../../../../workflows/src/messages';
import { badInput } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { newestFirstPage } from '../../common/newest-first-page';
import type { Page } from '../../common/pagination';
import { assertContentOpen, assertNoRefusal } from '../../common/phase-guard';
import type { CycleCommands } from '../../temporal/cycle-commands';
import type { AccessPolicy } from '../access/access-policy';
import { present, seen, visibleCycle } from '../access/references';
import type { StoredSchemeRules } from '../cycle/cycle-durations';
import { FrameworkCategory } from '../framework/framework-category.entity';
import { Role } from '../user/role';
import { User } from '../user/user.entity';
import type { InviteRespondentsInput } from './dto/invite-respondents.input';
import type { RespondentInvitationsArgs } from './dto/respondent-invitations.args';
import { notifyInvitees } from './respondent-notices';
import { respondentDueAt } from './respondent-due';
import { RespondentInvitation } from './respondent-invitation.entity';
import type { RespondentInvitationView } from './respondent-invitation.view';
import { invitationViews } from './respondent-views';

const QUALITY_OFFICER = [Role.ORG_QUALITY_OFFICER] as const;

/** Inviting respondents and listing the invitations: the organisation's quality officers' work. */
export class RespondentInvitationService {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly commands: CycleCommands,
    private readonly testSecondsDurations: boolean,
  ) {}

  async invite(em: EntityManager, user: User, input: Change<InviteRespondentsInput>): Promise<RespondentInvitationView[]> {
    const userIds = input.invitees.map((i) => i.userId);
    if (new Set(userIds).size !== userIds.length) throw badInput('invitees', 'Name each person once.', 'personTwice');
    const categoryCodes = [...new Set(input.categoryCodes ?? [])];

    return em.transactional(async (tx) => {
      // The cycle's row lock, which every write of the self-evaluation takes: an invitation lands before the
      // self-evaluation is locked or is refused after, and two invitations of one person cannot both pass.
      const cycle = await visibleCycle(tx, this.policy, user, input.cycleId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const people = await tx.find(User, { id: { $in: userIds } });
      input.invitees.forEach((invitee, i) =>
        seen(people.find((p) => p.id === invitee.userId), (p) => this.policy.canSeeOrganisationMember(user, p), 'Person', `invitees.${i}.userId`),
      );
      this.policy.assertOrganisationActor(user, cycle, QUALITY_OFFICER);
      assertContentOpen(cycle, 'SELF_EVALUATION_ANSWERS', 'Respondents can be invited');

      const already = await tx.find(RespondentInvitation, { cycle: cycle.id, respondent: { $in: userIds } }, { populate: ['respondent'] });
      if (already.length) {
        throw badInput('invitees', `Already invited on this cycle: ${already.map((a) => a.respondent.getEntity().name).join(', ')}.`, 'invitedAlready', { names: already.map((a) => a.respondent.getEntity().name).join(', ') });
      }
      if (categoryCodes.length) {
        const known = await tx.find(FrameworkCategory, { frameworkVersion: cycle.frameworkVersion.id, code: { $in: categoryCodes } });
        const unknown = categoryCodes.filter((c) => !known.some((k) => k.code === c));
        if (unknown.length) throw badInput('categoryCodes', `Not a category of this cycle's framework: ${unknown.join(', ')}.`, 'unknownCategories', { names: unknown.join(', ') });
      }
      const now = new Date();
      // A deadline that passed (the cycle is overdue) bounds nothing: the self-evaluation still takes answers.
      const latest = cycle.phase === 'SELF_EVALUATION' && cycle.dueAt && !cycle.overdue ? calendarDate(cycle.dueAt.getTime()) : null;
      assertNoRefusal(respondentDueDateRefusal(input.dueDate, { today: calendarDate(now.getTime()), latest }));

      const invitations = input.invitees.map((invitee) =>
        tx.create(RespondentInvitation, {
          cycle: cycle.id,
          respondent: invitee.userId,
          layer: invitee.layer,
          categoryCodes,
          dueDate: input.dueDate,
          invitedBy: user.id,
          createdAt: now,
        }),
      );
      await tx.flush();
      await notifyInvitees(tx, cycle.id, invitations);
      // Last, once everything else held: a refusal after it would leave the workflow a reminder of nobody.
      const rules = (await cycle.frameworkVersion.loadOrFail()).rules as StoredSchemeRules;
      const dueAt = respondentDueAt(input.dueDate, now.getTime(), rules, this.testSecondsDurations);
      await this.commands.signal(cycle.id, respondentsInvitedSignal, { invitedAt: now.toISOString(), dueDate: input.dueDate, dueAt: new Date(dueAt).toISOString() });
      return invitationViews(tx, invitations);
    });
  }

  /** The invitations made together with this one (one inviteRespondents), for a retry's answer. */
  async batchOf(em: EntityManager, invitationId: string): Promise<RespondentInvitationView[]> {
    const first = present(await em.findOne(RespondentInvitation, { id: invitationId }), 'Respondent invitation');
    const batch = await em.find(RespondentInvitation, { cycle: first.cycle.id, invitedBy: first.invitedBy.id, createdAt: first.createdAt }, { orderBy: { id: 'asc' } });
    return invitationViews(em, batch);
  }

  async list(em: EntityManager, user: User, args: RespondentInvitationsArgs): Promise<Page<RespondentInvitationView>> {
    const cycle = await visibleCycle(em, this.policy, user, args.cycleId);
    this.policy.assertOrganisationActor(user, cycle, QUALITY_OFFICER);
    const page = await newestFirstPage(em, RespondentInvitation, { cycle: cycle.id }, args.first, args.after);
    return { ...page, nodes: await invitationViews(em, page.nodes) };
  }
}
