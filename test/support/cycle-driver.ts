import type { EntityManager } from '@mikro-orm/postgresql';
import { createOrganisation, PASSWORD, type OrgFixture } from './fixtures';
import { GqlSession } from './gql';
import { mutationId } from './operations';
import { createCertifyingInstitution, createFramework, secondsRules, type CiFixture } from './scheme-fixtures';
import { inDays, today } from './dates';

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

/**
 * Tests drive many cycles at once, all from one address: more simultaneous logins than the address may have
 * in flight are told to wait (RATE_LIMITED with retryAfterSeconds). A real client waits as told; so does this.
 */
async function login(url: string, email: string): Promise<GqlSession> {
  const s = new GqlSession(url);
  for (;;) {
    const r = await s.request(`mutation($i: LoginInput!) { login(input: $i) { id } }`, { i: { email, password: PASSWORD } });
    const err = r.errors?.[0];
    if (!err) return s;
    if (err.extensions?.code !== 'RATE_LIMITED') throw new Error(`GraphQL error: ${JSON.stringify(r.errors)}`);
    await new Promise((resolve) => setTimeout(resolve, Number(err.extensions.retryAfterSeconds) * 1000));
  }
}

/** Answers every norm with MEETS and submits the self-evaluation: the cycle moves to the internal audit. */
export async function answerAllAndSubmit(officer: GqlSession, cycleId: string, normIds: string[]): Promise<void> {
  for (const normId of normIds) {
    await officer.ok(`mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id } }`, { i: { clientMutationId: mutationId(), cycleId, normId, score: 'MEETS' } });
  }
  await officer.ok(command('submitSelfEvaluation', 'CycleCommandInput'), { i: { cycleId, clientMutationId: mutationId() } });
}

/** Plans an internal audit by the organisation's internal auditor, records one finding, marks it done and completes the phase. */
export async function passInternalAudit(officer: GqlSession, em: EntityManager, org: OrgFixture, cycleId: string, normId: string): Promise<void> {
  const [auditor] = await em.getConnection().execute(`select id from app_user where email = ?`, [org.internalAuditor]);
  const planned = await officer.ok(`mutation($i: PlanInternalAuditInput!) { planInternalAudit(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), cycleId, unit: 'Team Zuid', plannedDate: today(), auditorIds: [auditor.id] },
  });
  const internalAuditId = planned.planInternalAudit.id;
  await officer.ok(`mutation($i: RecordInternalAuditFindingInput!) { recordInternalAuditFinding(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), internalAuditId, normId, strengths: 'Sterk' },
  });
  await officer.ok(`mutation($i: SetInternalAuditStatusInput!) { setInternalAuditStatus(input: $i) { status } }`, { i: { clientMutationId: mutationId(), internalAuditId, status: 'DONE' } });
  await officer.ok(command('completeInternalAudit', 'CycleCommandInput'), { i: { cycleId, clientMutationId: mutationId() } });
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
    i: { clientMutationId: mutationId(), variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40, frameworkVersionId: version.id },
  });
  const cycleId: string = start.startCycle.id;
  const input = (extra: Record<string, unknown> = {}) => ({ i: { cycleId, clientMutationId: mutationId(), ...extra } });
  await officer.ok(command('completePreparation', 'CompletePreparationInput'), input());
  await answerAllAndSubmit(officer, cycleId, normIds);
  await passInternalAudit(officer, em, org, cycleId, normIds[0]);
  await officer.ok(command('engageCertifyingInstitution', 'EngageCertifyingInstitutionInput'), input({ certifyingInstitutionId: ci.ci.id }));
  return { cycleId, normIds, org, ci, officer, manager: await login(url, ci.manager), lead: await login(url, ci.lead.email), input };
}

// --- Appended for the access matrix and the command-refusal tests: a cycle parked at any station. ---

import type { StoredSchemeRules } from '../../server/src/modules/cycle/cycle-durations';
import type { SchemeRules } from '../../server/src/modules/framework/framework-rules';
import { seconds } from './scheme-fixtures';
import { EXTERNAL_PATH_STATIONS } from '../../workflows/src/process/stations';

/**
 * Scheme rules for tests that park cycles and look at them for a while: no deadline passes and no
 * certificate expires (or opens its next cycle) while the test runs, so the audit trail only moves when
 * a test moves it.
 */
export function longRules(overrides: Partial<SchemeRules> = {}): StoredSchemeRules {
  return secondsRules({
    selfEvaluationWindow: seconds(3600),
    draftReportReplyWindow: seconds(3600),
    improvementPlanDue: seconds(3600),
    certificateValidity: seconds(3600),
    recertificationReminder: seconds(60),
    ...overrides,
  });
}

const inputFieldCache = new Map<string, Promise<Set<string>>>();

/** The fields the running server declares for an input type. */
export function liveInputFields(url: string, typeName: string): Promise<Set<string>> {
  const key = `${url} ${typeName}`;
  let fields = inputFieldCache.get(key);
  if (!fields) {
    fields = new GqlSession(url)
      .ok(`query($n: String!) { __type(name: $n) { inputFields { name } } }`, { n: typeName })
      .then((d) => new Set<string>((d.__type?.inputFields ?? []).map((f: { name: string }) => f.name)));
    inputFieldCache.set(key, fields);
  }
  return fields;
}

/**
 * The input with a fresh clientMutationId when the running server's input type has one. Content mutations
 * are gaining clientMutationIds; this keeps the tests right before and after that change.
 */
export async function withMutationId(url: string, typeName: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  return (await liveInputFields(url, typeName)).has('clientMutationId') ? { clientMutationId: mutationId(), ...input } : input;
}

/** Where driveCycle can park a cycle: the position after each command of the process, in order. */
export const STATIONS = [...EXTERNAL_PATH_STATIONS, 'VALID'] as const;
export type Station = (typeof STATIONS)[number];

export interface ParkedCycle extends DrivenCycle {
  frameworkVersionId: string;
  internalAuditor: GqlSession;
  co: GqlSession;
  internalAuditorId: string;
  /** The internal audit planned on the way (from INTERNAL_AUDIT on, once passed), and the improvement action. */
  internalAuditId: string | null;
  improvementActionId: string | null;
  station: Station;
  /** Drives the cycle on to a later station, through GraphQL as the parties would. */
  advanceTo(station: Station): Promise<void>;
}

export interface DriveOptions {
  rules?: SchemeRules;
  label?: string;
  /** The variant the cycle starts with; a COMBINED cycle takes the external audit's steps as well. */
  variant?: 'EXTERNAL_AUDIT' | 'COMBINED';
  /** External audit scores per norm, by position; default MEETS except PARTLY_MEETS (with improvement points) on the second norm. */
  scores?: string[];
  /** Login for the certification decision (only needed for VALID). */
  deciderEmail?: string;
  deciderPassword?: string;
}

const DRIVE = {
  start: `mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`,
  answer: `mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id } }`,
  plan: `mutation($i: PlanInternalAuditInput!) { planInternalAudit(input: $i) { id } }`,
  internalFinding: `mutation($i: RecordInternalAuditFindingInput!) { recordInternalAuditFinding(input: $i) { id } }`,
  internalStatus: `mutation($i: SetInternalAuditStatusInput!) { setInternalAuditStatus(input: $i) { status } }`,
  finding: `mutation($i: RecordAuditFindingInput!) { recordAuditFinding(input: $i) { id } }`,
  action: `mutation($i: SaveImprovementActionInput!) { saveImprovementAction(input: $i) { id } }`,
};

/**
 * A fresh organisation, certifying institution and framework, and a cycle driven through GraphQL (with the
 * worker) to the given station. Every party has a session; the cycle can be driven on later.
 */
export async function driveCycle(url: string, em: EntityManager, to: Station, opts: DriveOptions = {}): Promise<ParkedCycle> {
  const { version, normIds } = await createFramework(em, opts.rules ?? longRules());
  const org = await createOrganisation(em, opts.label ?? 'Geparkeerde cyclus');
  const ci = await createCertifyingInstitution(em);
  const [officer, internalAuditor, manager, lead, co] = await Promise.all(
    [org.officer, org.internalAuditor, ci.manager, ci.lead.email, ci.co.email].map((email) => login(url, email)),
  );
  const internalAuditorId: string = (await internalAuditor.ok(`{ me { id } }`)).me.id;
  const start = await officer.ok(DRIVE.start, {
    i: { clientMutationId: mutationId(), variant: opts.variant ?? 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40, frameworkVersionId: version.id },
  });
  const cycleId: string = start.startCycle.id;
  const input = (extra: Record<string, unknown> = {}) => ({ i: { cycleId, clientMutationId: mutationId(), ...extra } });
  const scores = opts.scores ?? normIds.map((_, i) => (i === 1 ? 'PARTLY_MEETS' : 'MEETS'));
  let proposedDates: string[] = [];

  const parked: ParkedCycle = {
    cycleId,
    normIds,
    org,
    ci,
    officer,
    manager,
    lead,
    co,
    internalAuditor,
    internalAuditorId,
    input,
    frameworkVersionId: version.id,
    internalAuditId: null,
    improvementActionId: null,
    station: 'PREPARATION',
    advanceTo: async (target) => {
      const steps: Record<Exclude<Station, 'PREPARATION'>, () => Promise<unknown>> = {
        SELF_EVALUATION: () => officer.ok(command('completePreparation', 'CompletePreparationInput'), input()),
        INTERNAL_AUDIT: async () => {
          for (const normId of normIds) await officer.ok(DRIVE.answer, { i: { clientMutationId: mutationId(), cycleId, normId, score: 'MEETS', goesWell: 'Goed' } });
          await officer.ok(command('submitSelfEvaluation', 'CycleCommandInput'), input());
        },
        AWAITING_ENGAGEMENT: async () => {
          const planned = await officer.ok(DRIVE.plan, {
            i: await withMutationId(url, 'PlanInternalAuditInput', { cycleId, unit: 'Team Zuid', plannedDate: today(), auditorIds: [internalAuditorId] }),
          });
          parked.internalAuditId = planned.planInternalAudit.id;
          const internalAuditId = parked.internalAuditId;
          await internalAuditor.ok(DRIVE.internalFinding, { i: { clientMutationId: mutationId(), internalAuditId, normId: normIds[0], strengths: 'Sterk', improvementPoints: 'Borgen' } });
          await internalAuditor.ok(DRIVE.internalStatus, { i: { clientMutationId: mutationId(), internalAuditId, status: 'DONE' } });
          await officer.ok(command('completeInternalAudit', 'CycleCommandInput'), input());
        },
        ENGAGEMENT_REQUESTED: () =>
          officer.ok(command('engageCertifyingInstitution', 'EngageCertifyingInstitutionInput'), input({ certifyingInstitutionId: ci.ci.id })),
        SCHEDULING: () => manager.ok(command('acceptEngagement', 'AcceptEngagementInput'), input({ leadAuditorId: ci.lead.id, coAuditorId: ci.co.id })),
        // Dates from today on; today is confirmed, so the draft report (which follows the audit) can be issued at once.
        DATES_PROPOSED: () => lead.ok(command('proposeAuditDates', 'ProposeAuditDatesInput'), input({ dates: (proposedDates = [today(), inDays(7)]) })),
        AUDITING: () => officer.ok(command('confirmAuditDate', 'ConfirmAuditDateInput'), input({ date: proposedDates[0] ?? today() })),
        AWAITING_REPLY: async () => {
          for (const [i, normId] of normIds.entries()) {
            const score = scores[i] ?? 'MEETS';
            await (i % 2 ? co : lead).ok(DRIVE.finding, {
              i: { clientMutationId: mutationId(), cycleId, normId, score, strengths: 'Zichtbaar', improvementPoints: score === 'MEETS' ? '' : 'Vastleggen' },
            });
          }
          await lead.ok(command('issueDraftReport', 'IssueDraftReportInput'), input({ summary: 'Samenvatting', strengths: 'Betrokken', improvementPoints: 'Borging' }));
        },
        REPLIED: () => officer.ok(command('replyToDraftReport', 'ReplyToDraftReportInput'), input({ reply: 'Dank u.' })),
        DRAFTING: () =>
          lead.ok(command('issueFinalReport', 'IssueFinalReportInput'), input({ summary: 'Eind', strengths: 'Betrokken', improvementPoints: 'Borging', advice: 'POSITIVE' })),
        SUBMITTED: async () => {
          for (const [i, normId] of normIds.entries()) {
            if ((scores[i] ?? 'MEETS') === 'MEETS') continue;
            const saved = await officer.ok(DRIVE.action, {
              i: await withMutationId(url, 'SaveImprovementActionInput', {
                cycleId,
                normId,
                what: `Actie ${i + 1}`,
                owner: 'Teamleider',
                dueDate: inDays(180),
                successIndicator: 'Zichtbaar in het dossier',
              }),
            });
            parked.improvementActionId ??= saved.saveImprovementAction.id;
          }
          await officer.ok(command('submitImprovementPlan', 'CycleCommandInput'), input());
        },
        AWAITING_DECISION: () => lead.ok(command('reviewImprovementPlan', 'ReviewImprovementPlanInput'), input({ review: 'ACCEPT', comments: '' })),
        VALID: async () => {
          const decider = new GqlSession(url);
          await decider.login(opts.deciderEmail ?? 'commissie@swn.demo', opts.deciderPassword ?? 'demo-wachtwoord');
          await decider.ok(command('decideCertification', 'DecideCertificationInput'), input({ decision: 'AWARD', reason: 'Positief advies' }));
        },
      };
      const from = STATIONS.indexOf(parked.station);
      const until = STATIONS.indexOf(target);
      if (until < from) throw new Error(`The cycle is at ${parked.station} already, past ${target}.`);
      for (const station of STATIONS.slice(from + 1, until + 1)) {
        await steps[station as Exclude<Station, 'PREPARATION'>]();
        parked.station = station;
      }
    },
  };
  await parked.advanceTo(to);
  return parked;
}
