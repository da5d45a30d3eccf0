import type { Mailer } from '../../server/src/modules/notification/mailer';
import { createRespondentMailActivities } from '../../server/src/modules/respondent/respondent-mail.activities';
import { Role } from '../../server/src/modules/user/role';
import type { User } from '../../server/src/modules/user/user.entity';
import { addOrganisationUser, placeCycle } from '../support/content-fixtures';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId, START_CYCLE, startInput } from '../support/operations';
import { createFramework, secondsRules } from '../support/scheme-fixtures';
import { recordHistory } from '../support/record-history';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/**
 * The invitation to answer as a respondent is mailed as the workflow's notices are: the api stores the
 * in-app notice with the invitation and signals the cycle's workflow, whose activity mails it over SMTP.
 */

const PUBLIC_URL = 'https://labelcycle.example.invalid';
const INVITE = `mutation($i: InviteRespondentsInput!) { inviteRespondents(input: $i) { id } }`;

let sink: SmtpSink;
let stack: Stack;
let officer: GqlSession;
let cycleId: string;
let org: OrgFixture;
const people: User[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  stack = await startStack({ env: { SMTP_URL: sink.url, PUBLIC_URL } });
  const em = stack.orm.em.fork();
  const framework = await createFramework(em, secondsRules(), 2);
  org = await createOrganisation(em, 'Gemaild');
  for (const who of ['vrijwilliger', 'bestuurder']) people.push(await addOrganisationUser(em, org.organisation, Role.ORG_VIEWER, who));
  officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  cycleId = (await officer.ok(START_CYCLE, { i: startInput(framework.version.id) })).startCycle.id;
  await placeCycle(stack.orm.em.fork().getConnection(), cycleId, 'SELF_EVALUATION');
});
afterAll(async () => {
  await stack?.stop();
  await sink?.close();
});

it('mails each invitee once, worded as their in-app notice, with the link', async () => {
  const dueDate = inDays(20);
  await officer.ok(INVITE, {
    i: { clientMutationId: mutationId(), cycleId, dueDate, invitees: [{ userId: people[0].id, layer: 'VOLUNTEER' }, { userId: people[1].id, layer: 'BOARD' }] },
  });
  await waitFor('two invitation mails', async () => sink.mails.length >= 2);
  expect(sink.mails.flatMap((m) => m.to).sort()).toEqual(people.map((p) => p.email).sort());

  const [notice] = await stack.orm.em
    .fork()
    .getConnection()
    .execute<{ title: string; body: string }[]>(`select title, body from notification where user_id = ? and kind = 'INVITATION'`, [people[0].id]);
  // The invitation's mail, not the reminder that may follow it on a slow machine (see below).
  const mail = sink.mails.find((m) => m.to[0] === people[0].email && m.body.startsWith(notice.body))!;
  expect(mail).toBeDefined();
  expect(mail.headers.subject).toBe(notice.title);
  expect(mail.body).toBe(`${notice.body}\n\nBekijk het in LabelCycle: ${PUBLIC_URL}\n`);

  // Another invitation later mails only its own invitee.
  const third = await addOrganisationUser(stack.orm.em.fork(), org.organisation, Role.ORG_VIEWER, 'teamleider');
  await officer.ok(INVITE, { i: { clientMutationId: mutationId(), cycleId, dueDate, invitees: [{ userId: third.id, layer: 'TEAM_LEAD' }] } });
  // Waited for by its address: on a slow machine a reminder to the first two can be the third mail to arrive.
  await waitFor('the third invitee\'s mail', async () => sink.mails.some((m) => m.to[0] === third.email));
  await new Promise((r) => setTimeout(r, 1_000));
  // On the test stack a day of due date is a second, so on a slow machine the reminder (a quarter of the time
  // before the due date) may already have gone out to the first two: only the invitations are counted here.
  const invitationTitles = new Set(
    (await stack.orm.em.fork().getConnection().execute<{ title: string }[]>(`select distinct title from notification where kind = 'INVITATION'`)).map((n) => n.title),
  );
  const invitations = sink.mails.filter((m) => invitationTitles.has(m.headers.subject as string));
  expect(invitations.map((m) => m.to[0]).sort()).toEqual([...people.map((p) => p.email), third.email].sort());
  // With RECORD_HISTORIES=1: the history with the patch marker and the mail activity, for the replay tests.
  recordHistory(cycleId, 'respondent-invitation-mailed');
});

it('mails invitations that commit after the signal once they are there, and gives up on ones that never do', async () => {
  const sent: string[] = [];
  const mailer: Mailer = { appUrl: PUBLIC_URL, send: async (mail) => void sent.push(mail.to.address) };
  const { mailRespondentInvitations } = createRespondentMailActivities(stack.orm, mailer);
  // The signal can be handled before the api's transaction commits: no rows yet is "not yet", so a retry.
  const justNow = new Date().toISOString();
  await expect(mailRespondentInvitations({ cycleId, invitedAt: justNow })).rejects.toThrow('not committed yet');
  // Still nothing long after the signal: that transaction rolled back, and there is nothing to mail.
  await expect(mailRespondentInvitations({ cycleId, invitedAt: new Date(Date.now() - 3 * 60_000).toISOString() })).resolves.toBeUndefined();
  expect(sent).toEqual([]);

  // Once committed, the same call mails them.
  const fourth = await addOrganisationUser(stack.orm.em.fork(), org.organisation, Role.ORG_VIEWER, 'coordinator');
  await officer.ok(INVITE, { i: { clientMutationId: mutationId(), cycleId, dueDate: inDays(20), invitees: [{ userId: fourth.id, layer: 'PROFESSIONAL' }] } });
  const [{ invitedAt }] = await stack.orm.em
    .fork()
    .getConnection()
    .execute<{ invitedAt: string | Date }[]>(`select created_at as "invitedAt" from respondent_invitation where respondent_id = ?`, [fourth.id]);
  await mailRespondentInvitations({ cycleId, invitedAt: new Date(invitedAt).toISOString() });
  expect(sent).toEqual([fourth.email]);
});
