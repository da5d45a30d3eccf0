import { randomUUID } from 'node:crypto';
import { storeEvidence, linkEvidenceRow } from '../support/dossier-rows';
import { pdfContent } from '../support/evidence-http';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { insertCycle, insertFinding, insertFrameworkWithNorms, userIdOf, type SqlConnection } from '../support/read-model-rows';
import { startStack, type Stack } from '../support/stack';
import { statementsDuring } from '../support/statement-counter';

/**
 * The decision dossier's summary (Cycle.decisionSummary): the tallies of findings and self-evaluation on
 * the same norms, and the award rule's verdict with the norms it weighs, which is the verdict the
 * decision command enforces. And the evidence library's "linked to" (Evidence.links): the links of each
 * file, in the cycles the reader may see.
 */

const DECIDER = 'commissie@swn.demo';
const DEMO_PASSWORD = 'demo-wachtwoord';

let stack: Stack;
let conn: SqlConnection;
let org: OrgFixture;
let otherOrg: OrgFixture;
let framework: { id: string; normIds: string[] };
let decisionCycle: string;
const sessions = new Map<string, GqlSession>();

async function as(email: string): Promise<GqlSession> {
  let s = sessions.get(email);
  if (!s) {
    s = new GqlSession(stack.url);
    await s.login(email, email.endsWith('@swn.demo') ? DEMO_PASSWORD : PASSWORD);
    sessions.set(email, s);
  }
  return s;
}

const SUMMARY = `query($id: ID!) { cycle(id: $id) { decisionSummary {
  findings { meets partlyMeets doesNotMeet notApplicable }
  selfEvaluation { meets partlyMeets doesNotMeet notApplicable }
  normsWithoutFinding awardRule awardRulePlaceholder awardAllowed
  decidingNorms { norm { code } score selfEvaluationScore actionCount blocking }
} } }`;

async function answer(cycleId: string, normId: string, score: string, by: string) {
  await conn.execute(`insert into self_evaluation_answer (id, cycle_id, norm_id, score, updated_by_id) values (?, ?, ?, ?, ?)`, [randomUUID(), cycleId, normId, score, by]);
}

async function action(cycleId: string, normId: string, by: string) {
  await conn.execute(
    `insert into improvement_action (id, cycle_id, norm_id, what, owner, due_date, success_indicator, updated_by_id) values (?, ?, ?, 'Scholing', 'Team', current_date + 30, 'Gedaan', ?)`,
    [randomUUID(), cycleId, normId, by],
  );
}

async function setAwardRule(rule: string) {
  await conn.execute(`update framework_version set rules = jsonb_set(rules, '{awardRule}', to_jsonb(?::text)) where id = ?`, [rule, framework.id]);
}

beforeAll(async () => {
  stack = await startStack({ worker: false });
  const em = stack.orm.em.fork();
  conn = em.getConnection();
  org = await createOrganisation(em, 'Besluitsamenvatting');
  otherOrg = await createOrganisation(em, 'Andere organisatie');
  framework = await insertFrameworkWithNorms(conn, 'Samenvattingkader', stack.demo.framework.id, 5);
  const officerId = await userIdOf(conn, org.officer);
  const auditorId = officerId; // who recorded a finding is not what this test is about
  decisionCycle = await insertCycle(conn, { organisationId: org.organisation.id, frameworkVersionId: framework.id, startedById: officerId, phase: 'DECISION' });
  await conn.execute(`update cycle set step = 'AWAITING_DECISION' where id = ?`, [decisionCycle]);
  const [n1, n2, n3, n4] = framework.normIds;
  // N1 meets, N2 partly, N3 does not meet but has an action, N4 does not meet without one; N5 has no finding.
  await insertFinding(conn, decisionCycle, n1, 'MEETS', auditorId);
  await insertFinding(conn, decisionCycle, n2, 'PARTLY_MEETS', auditorId);
  await insertFinding(conn, decisionCycle, n3, 'DOES_NOT_MEET', auditorId);
  await insertFinding(conn, decisionCycle, n4, 'DOES_NOT_MEET', auditorId);
  await answer(decisionCycle, n1, 'MEETS', officerId);
  await answer(decisionCycle, n2, 'MEETS', officerId);
  await answer(decisionCycle, n3, 'PARTLY_MEETS', officerId);
  await answer(decisionCycle, framework.normIds[4], 'NOT_APPLICABLE', officerId);
  await action(decisionCycle, n3, officerId);
  await setAwardRule('NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION');
});

afterAll(async () => {
  await stack?.stop();
});

describe('Cycle.decisionSummary', () => {
  it('tallies the findings and the self-evaluation on the same norms, and names the norms the rule weighs', async () => {
    const data = await (await as(DECIDER)).ok(SUMMARY, { id: decisionCycle });
    expect(data.cycle.decisionSummary).toEqual({
      findings: { meets: 1, partlyMeets: 1, doesNotMeet: 2, notApplicable: 0 },
      // N5's answer has no finding beside it, so it is not counted; N4 was not scored by the organisation.
      selfEvaluation: { meets: 2, partlyMeets: 1, doesNotMeet: 0, notApplicable: 0 },
      normsWithoutFinding: 1,
      awardRule: 'NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION',
      awardRulePlaceholder: expect.any(Boolean),
      awardAllowed: false,
      decidingNorms: [
        { norm: { code: 'N3' }, score: 'DOES_NOT_MEET', selfEvaluationScore: 'PARTLY_MEETS', actionCount: 1, blocking: false },
        { norm: { code: 'N4' }, score: 'DOES_NOT_MEET', selfEvaluationScore: null, actionCount: 0, blocking: true },
      ],
    });
  });

  it('says what the decision command enforces: an award is refused naming the blocking norm', async () => {
    const refusal = await (await as(DECIDER)).refused(
      `mutation($i: DecideCertificationInput!) { decideCertification(input: $i) { id } }`,
      { i: { clientMutationId: mutationId(), cycleId: decisionCycle, decision: 'AWARD', reason: 'Toekennen' } },
    );
    expect(refusal.extensions).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(JSON.stringify(refusal)).toContain('N4');
    expect(JSON.stringify(refusal)).not.toContain('N3');
  });

  it('follows the rule of the framework version: under NO_DOES_NOT_MEET the action no longer helps', async () => {
    await setAwardRule('NO_DOES_NOT_MEET');
    try {
      const data = await (await as(DECIDER)).ok(SUMMARY, { id: decisionCycle });
      expect(data.cycle.decisionSummary.awardRule).toBe('NO_DOES_NOT_MEET');
      expect(data.cycle.decisionSummary.decidingNorms.map((n: { norm: { code: string }; blocking: boolean }) => [n.norm.code, n.blocking])).toEqual([
        ['N3', true],
        ['N4', true],
      ]);
    } finally {
      await setAwardRule('NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION');
    }
  });

  it('the organisation sees it once the findings are its to see; before the draft report it gets null', async () => {
    const own = await (await as(org.viewer)).ok(SUMMARY, { id: decisionCycle });
    expect(own.cycle.decisionSummary.findings.doesNotMeet).toBe(2);

    const early = await insertCycle(conn, { organisationId: org.organisation.id, frameworkVersionId: framework.id, startedById: await userIdOf(conn, org.officer), phase: 'EXTERNAL_AUDIT', closed: true });
    await conn.execute(`update cycle set step = 'AUDITING' where id = ?`, [early]);
    await insertFinding(conn, early, framework.normIds[0], 'DOES_NOT_MEET', await userIdOf(conn, org.officer));
    const before = await (await as(org.officer)).ok(SUMMARY, { id: early });
    expect(before.cycle.decisionSummary).toBeNull();
    const sector = await (await as(DECIDER)).ok(SUMMARY, { id: early });
    expect(sector.cycle.decisionSummary.findings.doesNotMeet).toBe(1);
  });

  it('another organisation cannot reach it (NOT_FOUND)', async () => {
    const refusal = await (await as(otherOrg.officer)).refused(SUMMARY, { id: decisionCycle });
    expect(refusal.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('Evidence.links', () => {
  const LIBRARY = `query { evidence(first: 50) { nodes { id name links { id normCode cycleId linkedInPhase locked } } } }`;

  it('lists what each file of the library is linked to; unlinked files have none', async () => {
    const officerId = await userIdOf(conn, org.officer);
    const file = (name: string) =>
      storeEvidence(stack.services, conn, { organisationId: org.organisation.id, uploadedById: officerId, name, type: 'application/pdf', content: pdfContent(2_000, name) });
    const linked = await file(`gekoppeld-${randomUUID().slice(0, 6)}.pdf`);
    const loose = await file(`los-${randomUUID().slice(0, 6)}.pdf`);
    for (const normId of framework.normIds.slice(0, 2)) {
      await linkEvidenceRow(conn, { evidenceId: linked.id, cycleId: decisionCycle, linkedById: officerId, phase: 'SELF_EVALUATION', target: 'norm_id', targetId: normId });
    }
    const officer = await as(org.officer);
    const { result: data, statements } = await statementsDuring(stack.orm, () => officer.ok(LIBRARY));
    // One query for the links of every file on the page, not one per file.
    expect(statements.filter((q) => /from "evidence_link"/.test(q))).toHaveLength(1);
    const byId = new Map(data.evidence.nodes.map((n: { id: string }) => [n.id, n]));
    expect((byId.get(linked.id) as { links: { normCode: string; cycleId: string }[] }).links.map((l) => [l.normCode, l.cycleId])).toEqual([
      ['N1', decisionCycle],
      ['N2', decisionCycle],
    ]);
    expect((byId.get(loose.id) as { links: unknown[] }).links).toEqual([]);

    // Through evidenceFile, someone outside the organisation sees only links in cycles they may read.
    const sector = await (await as(DECIDER)).ok(`query($id: ID!) { evidenceFile(id: $id) { links { normCode } } }`, { id: linked.id });
    expect(sector.evidenceFile.links).toHaveLength(2);
    const other = await (await as(otherOrg.officer)).refused(`query($id: ID!) { evidenceFile(id: $id) { links { normCode } } }`, { id: linked.id });
    expect(other.extensions?.code).toBe('NOT_FOUND');
  });
});
