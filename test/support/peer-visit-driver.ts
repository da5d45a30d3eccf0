import type { EntityManager } from '@mikro-orm/postgresql';
import type { ParkedCycle } from './cycle-driver';
import { inDays, today } from './dates';
import { createOrganisation, PASSWORD, type OrgFixture } from './fixtures';
import { GqlSession } from './gql';
import { mutationId } from './operations';

export interface PeerPartner {
  fixture: OrgFixture;
  officer: GqlSession;
  /** The partner's internal auditor, nominated and trained as peer auditor, signed in. */
  auditor: GqlSession;
  auditorId: string;
}

export interface DrivenPeerVisit {
  visitId: string;
  /** The secretariat, signed in: it formed the group and registers the assessment. */
  admin: GqlSession;
  partners: PeerPartner[];
  /** The first partner's auditor records a finding on the cycle's first norm and issues the report. */
  issue(summary: string, goesWell: string): Promise<void>;
  /** The organisation replies, the second partner's auditor makes the report final. */
  finalise(reply: string): Promise<void>;
}

async function login(url: string, email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(url);
  await s.login(email, password);
  return s;
}

async function run(who: GqlSession, name: string, inputType: string, input: Record<string, unknown>): Promise<string> {
  return (await who.ok(`mutation($i: ${inputType}!) { ${name}(input: $i) { id } }`, { i: { clientMutationId: mutationId(), ...input } }))[name].id;
}

/**
 * The organisation of a parked cycle in a peer group with two new partners, through GraphQL as the parties
 * would: all three sign up in a region of their own, the secretariat forms the group, a partner plans the
 * organisation's visit for today with the partners' peer auditors, and the organisation confirms it.
 */
export async function drivePeerVisit(url: string, em: () => EntityManager, cycle: ParkedCycle): Promise<DrivenPeerVisit> {
  const admin = await login(url, 'secretariaat@swn.demo', 'demo-wachtwoord');
  const partners: PeerPartner[] = [];
  for (const label of ['Peerpartner B', 'Peerpartner C']) {
    const fixture = await createOrganisation(em(), label);
    const officer = await login(url, fixture.officer);
    const [person] = await em().getConnection().execute(`select id from app_user where email = ?`, [fixture.internalAuditor]);
    const auditorId = await run(officer, 'nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
    await run(officer, 'recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: auditorId, trainedOn: inDays(-10), provider: 'Opleider' });
    partners.push({ fixture, officer, auditorId, auditor: await login(url, fixture.internalAuditor) });
  }
  const region = `Peerregio-${mutationId().slice(0, 6)}`;
  const signUp = (officer: GqlSession) =>
    run(officer, 'signUpForPeerReview', 'SignUpForPeerReviewInput', { periodFrom: today(), periodUntil: inDays(120), fte: 40, region, partnersKnown: false });
  const signUpIds = [await signUp(cycle.officer), ...(await Promise.all(partners.map((p) => signUp(p.officer))))];
  const groupId = await run(admin, 'formPeerGroup', 'FormPeerGroupInput', { signUpIds });
  const visitId = await run(partners[0].officer, 'planPeerVisit', 'PlanPeerVisitInput', {
    peerGroupId: groupId,
    organisationId: cycle.org.organisation.id,
    date: today(),
    peerAuditorIds: partners.map((p) => p.auditorId),
  });
  await run(cycle.officer, 'confirmPeerVisit', 'ConfirmPeerVisitInput', { peerVisitId: visitId });
  const command = (who: GqlSession, name: string, inputType: string, input: Record<string, unknown>) =>
    who.ok(`mutation($i: ${inputType}!) { ${name}(input: $i) { status } }`, { i: { clientMutationId: mutationId(), peerVisitId: visitId, ...input } });
  return {
    visitId,
    admin,
    partners,
    async issue(summary, goesWell) {
      await run(partners[0].auditor, 'recordPeerFinding', 'RecordPeerFindingInput', {
        peerVisitId: visitId,
        normId: cycle.normIds[0],
        goesWell,
        intention: 'Leren van de praktijk.',
        learningPoints: 'Leg de afspraken vast.',
      });
      await command(partners[0].auditor, 'issueLearningReport', 'IssueLearningReportInput', { summary });
    },
    async finalise(reply) {
      await command(cycle.officer, 'replyToLearningReport', 'ReplyToLearningReportInput', { reply });
      await command(partners[1].auditor, 'finaliseLearningReport', 'LearningReportCommandInput', {});
    },
  };
}
