import { LearningEntry, LearningKind } from '../../server/src/modules/learning/learning-entry.entity';
import { purgeExpiredLearningTime } from '../../server/src/modules/learning/learning-retention';
import { Role } from '../../server/src/modules/user/role';
import { addOrganisationMember, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { runAs } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { refusalCheck } from './refusal-check';

/**
 * How long registered learning time is kept (docs/learning.md, "Keeping learning time"): the coordinator sets
 * the months within the allowed range; the purge removes an organisation's entries older than its own months,
 * the default where it chose none, and nothing of another organisation or younger than that.
 */

const SETTINGS = `mutation($i: SetLearningSettingsInput!) { updateLearningSettings(input: $i) { id retentionMonths } }`;

let stack: Stack;
let chooser: OrgFixture;
let bystander: OrgFixture;
let coordinator: GqlSession;
let chooserPerson: string;
let bystanderPerson: string;

const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);

/** The calendar day `months` months before `today` (UTC), moved by `days` (a few, clear of how month ends are counted). */
function monthsAgo(today: Date, months: number, days = 0): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  stack = await startStack();
  chooser = await createOrganisation(stack.orm.em.fork(), 'Bewaartermijn');
  bystander = await createOrganisation(stack.orm.em.fork(), 'Standaardtermijn');
  const lc = await addOrganisationMember(stack.orm.em.fork(), chooser.organisation, Role.ORG_LEARNING_COORDINATOR);
  chooserPerson = (await addOrganisationMember(stack.orm.em.fork(), chooser.organisation, Role.ORG_PROFESSIONAL)).id;
  bystanderPerson = (await addOrganisationMember(stack.orm.em.fork(), bystander.organisation, Role.ORG_PROFESSIONAL)).id;
  coordinator = await signedIn(stack.url, lc.email, PASSWORD);
}, 60_000);

afterAll(() => stack?.stop());

describe('the months are the coordinator’s to set', () => {
  const snapshot = async () => (await sql(`select count(*)::int as n from learning_settings where organisation_id = ?`, [chooser.organisation.id]))[0];
  const expectRefused = refusalCheck(snapshot);
  const base = { normPercent: 10, minContributors: 5 };

  it('refuses fewer than 12 and more than 120 months, naming the field and the rule, and keeps nothing', async () => {
    await expectRefused(coordinator, SETTINGS, { ...base, retentionMonths: 6 }, { code: 'BAD_USER_INPUT', field: 'retentionMonths', message: /12 to 120 months/ });
    await expectRefused(coordinator, SETTINGS, { ...base, retentionMonths: 121 }, { code: 'BAD_USER_INPUT', field: 'retentionMonths' });
    const r = await coordinator.request(SETTINGS, { i: { clientMutationId: `rule-${chooser.organisation.id}`, ...base, retentionMonths: 0 } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retentionMonths', rule: 'retentionMonthsRange', min: 12, max: 120 });
  });

  it('keeps the months in force when a later save leaves them out', async () => {
    expect((await runAs(coordinator, SETTINGS, { ...base, retentionMonths: 24 })).updateLearningSettings.retentionMonths).toBe(24);
    expect((await runAs(coordinator, SETTINGS, base)).updateLearningSettings.retentionMonths).toBe(24);
  });

  it('the mutation’s first name, setLearningSettings, is the same operation: a retry under it answers the first save', async () => {
    const i = { clientMutationId: `names-${chooser.organisation.id}`, ...base, retentionMonths: 24 };
    const first = (await coordinator.ok(SETTINGS, { i })).updateLearningSettings;
    const count = async () => (await sql(`select count(*)::int as n from learning_settings where organisation_id = ?`, [chooser.organisation.id]))[0].n;
    const before = await count();
    const retried = (await coordinator.ok(SETTINGS.replace('updateLearningSettings', 'setLearningSettings'), { i })).setLearningSettings;
    expect(retried).toEqual(first);
    expect(await count()).toBe(before);
  });
});

describe('the purge', () => {
  it('removes only entries older than their own organisation’s months, and a second run removes nothing', async () => {
    const today = new Date();
    const em = stack.orm.em.fork();
    const entry = (organisation: OrgFixture, person: string, date: string) =>
      em.create(LearningEntry, { organisation: organisation.organisation.id, person, date, hours: 1, kind: LearningKind.READING });
    const made = {
      chooserOld: entry(chooser, chooserPerson, monthsAgo(today, 24, -3)),
      chooserKept: entry(chooser, chooserPerson, monthsAgo(today, 24, 3)),
      // Older than the chooser's 24 months, younger than the default 60: kept for the organisation that chose nothing.
      bystanderKept: entry(bystander, bystanderPerson, monthsAgo(today, 30)),
      bystanderOld: entry(bystander, bystanderPerson, monthsAgo(today, 60, -3)),
    };
    await em.flush();
    const left = async () =>
      (await sql(`select id from learning_entry where person_id in (?, ?) order by date`, [chooserPerson, bystanderPerson])).map((r) => String(r.id));

    expect(await purgeExpiredLearningTime(stack.orm.em.fork(), today)).toBeGreaterThanOrEqual(2);
    expect((await left()).sort()).toEqual([made.chooserKept.id, made.bystanderKept.id].sort());
    expect(await purgeExpiredLearningTime(stack.orm.em.fork(), today)).toBe(0);
    expect((await left()).sort()).toEqual([made.chooserKept.id, made.bystanderKept.id].sort());
  });
});
