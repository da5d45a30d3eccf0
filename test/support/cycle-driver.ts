import type { EntityManager } from '@mikro-orm/postgresql';
import { createOrganisation, PASSWORD, type OrgFixture } from './fixtures';
import { GqlSession } from './gql';
import { mutationId } from './operations';
import { createCertifyingInstitution, createFramework, secondsRules, type CiFixture } from './scheme-fixtures';

export const CYCLE_FIELDS = `id phase step`;
export const command = (name: string, inputType: string) => `mutation($i: ${inputType}!) { ${name}(input: $i) { ${CYCLE_FIELDS} } }`;

export interface DrivenCycle {
  cycleId: string;
  normIds: string[];
  org: OrgFixture;
  ci: CiFixture;
  officer: GqlSession;
  manager: GqlSession;
  lead: GqlSession;
  /** Input for a command on this cycle, with a fresh mutation ID. */
  input(extra?: Record<string, unknown>): { i: Record<string, unknown> };
}

async function login(url: string, email: string): Promise<GqlSession> {
  const s = new GqlSession(url);
  await s.login(email, PASSWORD);
  return s;
}

/**
 * Brings a fresh cycle through GraphQL to the external audit, waiting for the certifying institution
 * (step ENGAGEMENT_REQUESTED): what several tests start from.
 */
export async function driveToEngagement(url: string, em: EntityManager): Promise<DrivenCycle> {
  const { version, normIds } = await createFramework(em, secondsRules());
  const org = await createOrganisation(em, 'Gestuurde cyclus');
  const ci = await createCertifyingInstitution(em);
  const officer = await login(url, org.officer);
  const start = await officer.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, {
    i: { variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40, frameworkVersionId: version.id },
  });
  const cycleId: string = start.startCycle.id;
  const input = (extra: Record<string, unknown> = {}) => ({ i: { cycleId, clientMutationId: mutationId(), ...extra } });
  await officer.ok(command('completePreparation', 'CycleCommandInput'), input());
  for (const normId of normIds) {
    await officer.ok(`mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id } }`, { i: { cycleId, normId, score: 'MEETS' } });
  }
  await officer.ok(command('submitSelfEvaluation', 'CycleCommandInput'), input());
  const [auditor] = await em.getConnection().execute(`select id from app_user where email = ?`, [org.internalAuditor]);
  const planned = await officer.ok(`mutation($i: PlanInternalAuditInput!) { planInternalAudit(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), cycleId, unit: 'Team Zuid', plannedDate: '2026-12-01', auditorIds: [auditor.id] },
  });
  const internalAuditId = planned.planInternalAudit.id;
  await officer.ok(`mutation($i: RecordInternalAuditFindingInput!) { recordInternalAuditFinding(input: $i) { id } }`, {
    i: { internalAuditId, normId: normIds[0], strengths: 'Sterk' },
  });
  await officer.ok(`mutation($i: SetInternalAuditStatusInput!) { setInternalAuditStatus(input: $i) { status } }`, { i: { internalAuditId, status: 'DONE' } });
  await officer.ok(command('completeInternalAudit', 'CycleCommandInput'), input());
  await officer.ok(command('engageCertifyingInstitution', 'EngageCertifyingInstitutionInput'), input({ certifyingInstitutionId: ci.ci.id }));
  return { cycleId, normIds, org, ci, officer, manager: await login(url, ci.manager), lead: await login(url, ci.lead.email), input };
}
