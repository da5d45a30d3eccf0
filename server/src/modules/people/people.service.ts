import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound } from '../../common/errors';
import { componentLogger } from '../../common/logger';
import { newestFirstPage } from '../../common/newest-first-page';
import type { Page } from '../../common/pagination';
import type { Change } from '../../common/mutation-id';
import { queryRows, sql } from '../../common/sql-fragment';
import { hashPassword } from '../auth/password';
import { hashToken, newToken } from '../auth/session-token';
import { Team, TeamMember } from '../learning/team.entity';
import type { Mailer } from '../notification/mailer';
import { Organisation } from '../organisation/organisation.entity';
import { ORGANISATION_ROLES, PartyKind } from '../user/role';
import { User } from '../user/user.entity';
import { AccountInvitation } from './account-invitation.entity';
import type { AcceptInvitationInput, InvitePersonInput } from './dto/people.inputs';
import { invitationMail } from './invitation-mail';

const DAY_MS = 24 * 3600_000;
/** Long enough for someone on leave for a week; short enough that a forgotten link does not linger. */
export const INVITATION_DAYS = 14;
const log = componentLogger('api');

/**
 * The quality officer invites the organisation's people (professionals, team leads, the learning
 * coordinator and the other organisation roles); each chooses their own password through a single-use link.
 * With mail configured the link goes only to the person; without, the inviter gets it once to hand over.
 */
export class PeopleService {
  constructor(
    private readonly mailer: Mailer | null,
    private readonly appUrl: string,
  ) {}

  /** Whether invitation links go out by mail (else the inviter hands them over). */
  get mailsInvitations(): boolean {
    return this.mailer !== null;
  }

  async invite(em: EntityManager, inviter: User, input: Change<InvitePersonInput>): Promise<AccountInvitation> {
    const organisationId = inviter.organisation!.id;
    if (!ORGANISATION_ROLES.includes(input.role)) throw badInput('role', 'Choose one of the roles of an organisation.', 'roleOfOrganisation');
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    const teamIds = [...new Set(input.teamIds ?? [])];
    const teams = teamIds.length ? await em.find(Team, { id: { $in: teamIds }, organisation: organisationId }) : [];
    if (teams.length !== teamIds.length) throw notFound('Team', 'teamIds');
    if (teams.some((t) => t.archivedAt)) throw new DomainError('CONFLICT', 'An archived team takes no new people.', 'teamIds');

    let person = await em.findOne(User, { email });
    if (person) {
      if (!(await this.isPending(em, person, organisationId))) throw badInput('email', 'Another account already uses this e-mail address.', 'emailTaken');
      // Inviting a pending person again renews the link (a lost mail, a typo in the name): the old link dies.
      Object.assign(person, { name, role: input.role });
      await em.nativeUpdate(AccountInvitation, { person: person.id, acceptedAt: null, revokedAt: null }, { revokedAt: new Date() });
    } else {
      // A random password nobody knows: the account cannot be signed in to until its person chose one.
      person = em.create(User, { email, name, role: input.role, partyKind: PartyKind.ORGANISATION, organisation: organisationId, passwordHash: await hashPassword(newToken()) });
    }
    const already = new Set((await em.find(TeamMember, { person: person.id, team: { $in: teamIds } })).map((m) => m.team.id));
    for (const team of teams) if (!already.has(team.id)) em.create(TeamMember, { team, person });

    const token = newToken();
    const invitation = em.create(AccountInvitation, { person, invitedBy: inviter.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITATION_DAYS * DAY_MS) });
    const link = `${this.appUrl}/invitation#${token}`;
    if (this.mailer) {
      const organisation = await em.findOneOrFail(Organisation, organisationId);
      // Not waited for: a mail server that is slow must not hold the inviter. A failed mail is logged, and
      // inviting again sends a new link.
      this.mailer.send(invitationMail({ name, address: email }, organisation.name, link, invitation.expiresAt)).catch((err: unknown) => {
        log.warn({ invitationId: invitation.id, reason: err instanceof Error ? err.message : String(err) }, 'invitation mail failed');
      });
    } else {
      invitation.link = link;
    }
    return invitation;
  }

  /**
   * The person behind a valid link chooses their password; the link is used up in the same statement that
   * checks it, so two requests with one link never both pass.
   */
  async accept(em: EntityManager, input: AcceptInvitationInput): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    const [used] = await queryRows<{ person_id: string }>(
      em,
      sql`update account_invitation set accepted_at = now()
           where token_hash = ${hashToken(input.token)} and accepted_at is null and revoked_at is null and expires_at > now()
       returning person_id`,
    );
    if (!used) {
      throw badInput('token', 'This invitation link no longer works: it was used, replaced by a newer one, or it expired. Ask whoever invited you for a new one.', 'invitationInvalid');
    }
    const person = await em.findOneOrFail(User, used.person_id);
    if (input.password.trim().toLowerCase() === person.email) throw badInput('password', 'Choose a password other than your e-mail address.', 'passwordIsEmail');
    person.passwordHash = passwordHash;
    return person;
  }

  /** The organisation's invitations still waiting for their person, newest first, with their people loaded. */
  async pending(em: EntityManager, officer: User, first: number, after: string | null | undefined): Promise<Page<AccountInvitation>> {
    const page = await newestFirstPage(em, AccountInvitation, { person: { organisation: officer.organisation!.id }, acceptedAt: null, revokedAt: null }, first, after);
    await em.populate(page.nodes, ['person']);
    return page;
  }

  /** Invited to this organisation and never signed up: such an account may be invited again. */
  private async isPending(em: EntityManager, person: User, organisationId: string): Promise<boolean> {
    if (person.organisation?.id !== organisationId) return false;
    const invitations = await em.find(AccountInvitation, { person: person.id });
    return invitations.length > 0 && invitations.every((i) => i.acceptedAt === null);
  }
}
