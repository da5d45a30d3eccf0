import { Role } from '../../server/src/modules/user/role';
import { addOrganisationMember, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId } from '../support/operations';
import { refusalCheck } from './refusal-check';
import { startStack, type Stack } from '../support/stack';

/**
 * The quality officer invites the organisation's people: the invited person chooses a password through a
 * single-use link and is signed in, in the role and teams they were invited to. The link works once, is
 * replaced by inviting again, and expires; every refusal names its field and changes nothing; only the
 * organisation's own quality officer invites, and only into its own teams.
 */

const INVITE = `mutation($i: InvitePersonInput!) { invitePerson(input: $i) { id link mailed expiresAt acceptedAt person { id name role } } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id name role email } }`;
const PENDING = `{ pendingInvitations(first: 50) { totalCount nodes { id person { name role } } } }`;
const SAVE_TEAM = `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id members { id name } } }`;

let stack: Stack;
let org: OrgFixture;
let other: OrgFixture;
let officer: GqlSession;
let otherOfficer: GqlSession;
let teamId: string;
let otherTeamId: string;

const snapshot = async () =>
  (
    await stack.orm.em.fork().getConnection().execute(`select
      (select count(*)::int from app_user) as users,
      (select md5(coalesce(string_agg(id::text || coalesce(accepted_at::text, '-') || coalesce(revoked_at::text, '-'), ',' order by id), '')) from account_invitation) as invitations,
      (select count(*)::int from team_member) as members,
      (select count(*)::int from session) as sessions`)
  )[0];
const expectRefused = refusalCheck(snapshot);
const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);
const invite = async (who: GqlSession, i: Record<string, unknown>) => (await who.ok(INVITE, { i: { clientMutationId: mutationId(), ...i } })).invitePerson;
/** acceptInvitation has no clientMutationId: it is anonymous, and the link itself is used once. */
const accept = (who: GqlSession, token: string, password: string) => who.request(ACCEPT, { i: { token, password } });

beforeAll(async () => {
  stack = await startStack({ worker: false });
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Uitnodigen'), await createOrganisation(stack.orm.em.fork(), 'Elders')];
  [officer, otherOfficer] = await Promise.all([signedIn(stack.url, org.officer, PASSWORD), signedIn(stack.url, other.officer, PASSWORD)]);
  teamId = (await officer.ok(SAVE_TEAM, { i: { clientMutationId: mutationId(), name: 'Wijkteam Oost', memberIds: [] } })).saveTeam.id;
  otherTeamId = (await otherOfficer.ok(SAVE_TEAM, { i: { clientMutationId: mutationId(), name: 'Wijkteam West', memberIds: [] } })).saveTeam.id;
});

afterAll(async () => {
  await stack?.stop();
});

it('an invited professional chooses a password through the link, is signed in, and is in the team', async () => {
  const sent = await invite(officer, { name: 'Sanne de Vries', email: 'Sanne.deVries@uitnodigen.example', role: 'ORG_PROFESSIONAL', teamIds: [teamId] });
  // No mail is configured here: the inviter gets the link once, to hand over.
  expect(sent).toMatchObject({ mailed: false, acceptedAt: null, person: { name: 'Sanne de Vries', role: 'ORG_PROFESSIONAL' } });
  expect(sent.link).toMatch(/\/invitation#[A-Za-z0-9_-]{43}$/);
  expect((await officer.ok(PENDING)).pendingInvitations.nodes.map((n: { id: string }) => n.id)).toContain(sent.id);

  // Until the person chose a password, nobody signs in to the account.
  expect((await new GqlSession(stack.url).refused(`mutation($i: LoginInput!) { login(input: $i) { id } }`, { i: { email: 'sanne.devries@uitnodigen.example', password: PASSWORD } })).extensions.code).toBe('UNAUTHENTICATED');

  const browser = new GqlSession(stack.url);
  const accepted = await accept(browser, tokenOf(sent.link), 'een lang en eigen wachtwoord');
  expect(accepted.errors).toBeUndefined();
  expect(accepted.data!.acceptInvitation).toMatchObject({ name: 'Sanne de Vries', role: 'ORG_PROFESSIONAL', email: 'sanne.devries@uitnodigen.example' });
  expect((await browser.ok(`{ me { id role organisation { id } } }`)).me).toMatchObject({ role: 'ORG_PROFESSIONAL', organisation: { id: org.organisation.id } });
  const team = await officer.ok(`{ teams { id members { name } } }`);
  expect(team.teams.find((t: { id: string }) => t.id === teamId).members.map((m: { name: string }) => m.name)).toEqual(['Sanne de Vries']);
  expect((await officer.ok(PENDING)).pendingInvitations.nodes.map((n: { id: string }) => n.id)).not.toContain(sent.id);

  // The password works from then on; the link does not work twice.
  await signedIn(stack.url, 'sanne.devries@uitnodigen.example', 'een lang en eigen wachtwoord');
  const again = await accept(new GqlSession(stack.url), tokenOf(sent.link), 'een ander lang wachtwoord');
  expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', rule: 'invitationInvalid' });
  // Someone who signed up is not invited again: the address is taken.
  await expectRefused(officer, INVITE, { name: 'Sanne', email: 'sanne.devries@uitnodigen.example', role: 'ORG_PROFESSIONAL', teamIds: [] }, { code: 'BAD_USER_INPUT', field: 'email' });
});

it('inviting a pending person again replaces the link; an expired link does not work', async () => {
  const first = await invite(officer, { name: 'Ahmed Bakker', email: 'ahmed@uitnodigen.example', role: 'ORG_TEAM_LEAD', teamIds: [] });
  const second = await invite(officer, { name: 'Ahmed Bakker', email: 'ahmed@uitnodigen.example', role: 'ORG_LEARNING_COORDINATOR', teamIds: [] });
  expect(second.person).toEqual({ ...first.person, role: 'ORG_LEARNING_COORDINATOR' });
  const old = await accept(new GqlSession(stack.url), tokenOf(first.link), 'een lang en eigen wachtwoord');
  expect(old.errors![0].extensions).toMatchObject({ field: 'token', rule: 'invitationInvalid' });

  await stack.orm.em.fork().getConnection().execute(`update account_invitation set expires_at = now() - interval '1 minute' where id = ?`, [second.id]);
  const before = await snapshot();
  const late = await accept(new GqlSession(stack.url), tokenOf(second.link), 'een lang en eigen wachtwoord');
  expect(late.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', rule: 'invitationInvalid' });
  expect(await snapshot()).toEqual(before);
});

it('a password too short or equal to the address is refused and keeps the link usable', async () => {
  const sent = await invite(officer, { name: 'Iris Jansen', email: 'iris@uitnodigen.example', role: 'ORG_PROFESSIONAL', teamIds: [] });
  const browser = new GqlSession(stack.url);
  const before = await snapshot();
  const short = await accept(browser, tokenOf(sent.link), 'kort');
  expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', rule: 'minLength', limit: 12 });
  const same = await accept(browser, tokenOf(sent.link), 'iris@uitnodigen.example');
  expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', rule: 'passwordIsEmail' });
  expect(await snapshot()).toEqual(before);
  expect((await accept(browser, tokenOf(sent.link), 'nu wel een goed wachtwoord')).errors).toBeUndefined();
});

it('refuses bad input by field, and reaches no other organisation', async () => {
  const base = { name: 'Nieuw', email: 'nieuw@uitnodigen.example', role: 'ORG_PROFESSIONAL', teamIds: [] };
  await expectRefused(officer, INVITE, { ...base, email: 'geen-adres' }, { code: 'BAD_USER_INPUT', field: 'email' });
  await expectRefused(officer, INVITE, { ...base, name: '   ' }, { code: 'BAD_USER_INPUT', field: 'name' });
  await expectRefused(officer, INVITE, { ...base, role: 'AUDITOR' }, { code: 'BAD_USER_INPUT', field: 'role' });
  await expectRefused(officer, INVITE, { ...base, email: other.officer }, { code: 'BAD_USER_INPUT', field: 'email' });
  // Another organisation's team is not found, as a team of nothing is.
  await expectRefused(officer, INVITE, { ...base, teamIds: [otherTeamId] }, { code: 'NOT_FOUND', field: 'teamIds' });
  // Only the quality officer invites.
  const professional = await addOrganisationMember(stack.orm.em.fork(), org.organisation, Role.ORG_PROFESSIONAL);
  await expectRefused(await signedIn(stack.url, professional.email, PASSWORD), INVITE, base, { code: 'NOT_ALLOWED' });
  await expectRefused(new GqlSession(stack.url), INVITE, base, { code: 'UNAUTHENTICATED' });
  // Another organisation's officer sees none of these invitations.
  expect((await otherOfficer.ok(PENDING)).pendingInvitations.totalCount).toBe(0);
  // A random token is the same answer as a used one.
  const random = await accept(new GqlSession(stack.url), 'x'.repeat(43), 'een lang en eigen wachtwoord');
  expect(random.errors![0].extensions).toMatchObject({ field: 'token', rule: 'invitationInvalid' });
});
