import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../../../../workflows/src/rules';
import type { Variant } from '../../../../workflows/src/process/phases';
import { hashPassword } from '../../modules/auth/password';
import { CertifyingInstitution } from '../../modules/certifying-institution/certifying-institution.entity';
import { Cycle } from '../../modules/cycle/cycle.entity';
import { DurationUnit, PLACEHOLDER_RULES } from '../../modules/framework/framework-rules';
import { FrameworkStatus, FrameworkVersion } from '../../modules/framework/framework-version.entity';
import type { StoredSchemeRules } from '../../modules/cycle/cycle-durations';
import { Norm } from '../../modules/framework/norm.entity';
import { InternalAuditOutcome } from '../../modules/internal-audit/dto/set-internal-audit-status.input';
import { Organisation } from '../../modules/organisation/organisation.entity';
import { PartyKind, Role } from '../../modules/user/role';
import { User } from '../../modules/user/user.entity';
import type { Services } from '../../services';
import sector from './data/demo-sector-organisations.json';
import { DEMO_CI, DEMO_PASSWORD } from './demo-accounts';
import { COMPACT_DEMO_FRAMEWORK, type FrameworkSpec } from './demo-framework';
import { seedFrameworkVersion } from './demo.seeder';
import { EXTERNAL_PATH_STATIONS } from '../../../../workflows/src/process/stations';

const DAY_MS = 86_400_000;

/**
 * Where a sector cycle is brought: the position after each command of the process, in order, and the ends a
 * decided cycle can have. A PEER_REVIEW cycle that completes its internal audit (AWAITING_ENGAGEMENT) waits
 * for a peer group instead (PEER_ASSESSMENT).
 */
const STATIONS = [...EXTERNAL_PATH_STATIONS, 'DECIDED'] as const;
type Station = (typeof STATIONS)[number];

/**
 * How a decided cycle ends: awarded (and then maybe suspended or withdrawn), refused or deferred; or, on the
 * history version's short durations, awarded and then expired, or awarded and renewed by the next cycle.
 */
export type SectorEnd = 'VALID' | 'SUSPENDED' | 'WITHDRAWN' | 'REFUSED' | 'DEFERRED' | 'EXPIRED' | 'RENEWED';

export interface SectorProfile {
  variant: Variant;
  station: Station;
  end?: SectorEnd;
}

/**
 * The first fourteen profiles between them reach every phase, every variant and every certificate state the
 * seed can reach, so a reduced sector (a test's) shows them all; the rest repeat a mix weighted towards
 * certified organisations and early phases, as a sector has them.
 */
const COVERING: SectorProfile[] = [
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'VALID' },
  { variant: 'COMBINED', station: 'DECIDED', end: 'SUSPENDED' },
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'WITHDRAWN' },
  { variant: 'PEER_REVIEW', station: 'PREPARATION' },
  { variant: 'COMBINED', station: 'SELF_EVALUATION' },
  { variant: 'EXTERNAL_AUDIT', station: 'INTERNAL_AUDIT' },
  { variant: 'PEER_REVIEW', station: 'AWAITING_ENGAGEMENT' },
  { variant: 'EXTERNAL_AUDIT', station: 'SCHEDULING' },
  { variant: 'COMBINED', station: 'AUDITING' },
  { variant: 'EXTERNAL_AUDIT', station: 'DRAFTING' },
  { variant: 'COMBINED', station: 'AWAITING_DECISION' },
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'REFUSED' },
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'EXPIRED' },
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'RENEWED' },
];
const MIX: SectorProfile[] = [
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'VALID' },
  { variant: 'COMBINED', station: 'DECIDED', end: 'VALID' },
  { variant: 'EXTERNAL_AUDIT', station: 'SELF_EVALUATION' },
  { variant: 'EXTERNAL_AUDIT', station: 'PREPARATION' },
  { variant: 'PEER_REVIEW', station: 'SELF_EVALUATION' },
  { variant: 'PEER_REVIEW', station: 'INTERNAL_AUDIT' },
  { variant: 'EXTERNAL_AUDIT', station: 'ENGAGEMENT_REQUESTED' },
  { variant: 'COMBINED', station: 'DATES_PROPOSED' },
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'VALID' },
  { variant: 'EXTERNAL_AUDIT', station: 'AWAITING_REPLY' },
  { variant: 'COMBINED', station: 'REPLIED' },
  { variant: 'EXTERNAL_AUDIT', station: 'SUBMITTED' },
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'DEFERRED' },
  { variant: 'EXTERNAL_AUDIT', station: 'AWAITING_ENGAGEMENT' },
  { variant: 'PEER_REVIEW', station: 'AWAITING_ENGAGEMENT' },
  { variant: 'COMBINED', station: 'DECIDED', end: 'VALID' },
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'SUSPENDED' },
  { variant: 'COMBINED', station: 'INTERNAL_AUDIT' },
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'RENEWED' },
  { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'EXPIRED' },
];

/** The profile of the sector's n-th organisation (0-based). */
export function sectorProfile(n: number): SectorProfile {
  return n < COVERING.length ? COVERING[n] : MIX[(n - COVERING.length) % MIX.length];
}

export const DEMO_SECTOR_SIZE = sector.organisations.length;

export interface SectorSeedOptions {
  /** How many of the sector's organisations (at most DEMO_SECTOR_SIZE). */
  size?: number;
  /** How many organisations are driven at once: each holds a database connection and waits on the worker. */
  concurrency?: number;
  /**
   * The short durations of the history version, in seconds: how long its certificates are valid, and how long
   * before the end the next cycle opens. Null: the services count no seconds (production), and the expired and
   * renewed profiles end valid on the main framework instead.
   */
  history?: HistoryDurations | null;
  log?: (line: string) => void;
}

export interface HistoryDurations {
  validitySeconds: number;
  reminderSeconds: number;
}

/** Long enough to drive a renewal with 49 norms on two busy cores before the first certificate ends. */
export const DEMO_HISTORY_DURATIONS: HistoryDurations = { validitySeconds: 150, reminderSeconds: 140 };

export interface SectorSeedResult {
  /** Organisations whose cycle was started and driven by this run. */
  driven: number;
  /** Organisations that had a cycle already (an earlier run): left as they are. */
  skipped: number;
  /** Organisations whose driving failed, with the reason; their cycle stays where it got to. */
  failed: { name: string; error: string }[];
}

/** The quality officer's and the internal auditor's login of a sector organisation. */
export function sectorEmails(name: string): { officer: string; internalAuditor: string } {
  const slug = name
    .replace(/\(demo\)/, '')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { officer: `kwaliteit@${slug}.demo`, internalAuditor: `intern@${slug}.demo` };
}

/**
 * A demo sector of about a hundred organisations, each with one cycle brought to its profile's station through
 * the real services and workflows (the workflow owns the phase, so nothing here writes one). Organisations,
 * their two logins and the cycle are looked up first: an organisation that has a cycle is left alone, so a
 * second run only reads. The demo accounts of the certifying institution and the sector body must exist.
 */
export async function seedDemoSector(
  fork: () => EntityManager,
  services: Services,
  framework: FrameworkVersion,
  opts: SectorSeedOptions = {},
): Promise<SectorSeedResult> {
  const size = Math.min(opts.size ?? DEMO_SECTOR_SIZE, DEMO_SECTOR_SIZE);
  const chosen = sector.organisations.slice(0, size);
  const started = new Set(
    (await fork().find(Cycle, { organisation: { name: { $in: chosen.map((o) => o.name) } } }, { populate: ['organisation'] })).map(
      (c) => c.organisation.getEntity().name,
    ),
  );
  const todo = chosen.map((o, n) => ({ ...o, profile: sectorProfile(n) })).filter((o) => !started.has(o.name));
  const result: SectorSeedResult = { driven: 0, skipped: size - todo.length, failed: [] };
  if (!todo.length) return result;

  await createOrganisations(fork(), todo);
  const history = opts.history ?? null;
  const past = history && todo.some((o) => isHistory(o.profile)) ? await historyVersion(fork(), history) : null;
  opts.log?.(`demo sector: driving ${todo.length} organisations' cycles (${result.skipped} done before)`);
  await forEachLimited(todo, opts.concurrency ?? 4, async (o) => {
    try {
      await driveOrganisation(fork, services, framework, past && history ? { version: past, durations: history } : null, o);
      result.driven += 1;
    } catch (err) {
      result.failed.push({ name: o.name, error: err instanceof Error ? err.message : String(err) });
    }
  });
  // Its cycles run on with their durations pinned; nobody starts another on it.
  if (past) await fork().nativeUpdate(FrameworkVersion, { id: past.id }, { status: FrameworkStatus.RETIRED });
  return result;
}

const isHistory = (profile: SectorProfile) => profile.end === 'EXPIRED' || profile.end === 'RENEWED';

/** The retired version the expired and renewed certificates were awarded on: the compact norms, durations of seconds. */
const HISTORY_FRAMEWORK: FrameworkSpec = { ...COMPACT_DEMO_FRAMEWORK, name: 'Demokader met korte looptijden', version: 'geschiedenis', effectiveDate: '2024-01-01' };

/**
 * The history version, published while the seed starts cycles on it. Its amounts count as seconds (the marker
 * the services honour when they count seconds), so its certificates reach their recertification and their end
 * while the seed waits; it is older than the main framework, so the next cycle opens on that one.
 */
async function historyVersion(em: EntityManager, durations: HistoryDurations): Promise<FrameworkVersion> {
  return em.transactional(async (tx) => {
    const version = await seedFrameworkVersion(tx, HISTORY_FRAMEWORK);
    const seconds = (amount: number) => ({ amount, unit: DurationUnit.DAYS });
    const rules: StoredSchemeRules = {
      ...PLACEHOLDER_RULES,
      amountsInSecondsForTests: true,
      certificateValidity: seconds(durations.validitySeconds),
      recertificationReminder: seconds(durations.reminderSeconds),
      // Windows no drive comes near: no deadline passes while the seed works.
      selfEvaluationWindow: seconds(3600),
      draftReportReplyWindow: seconds(3600),
      improvementPlanDue: seconds(3600),
    };
    version.rules = rules;
    version.status = FrameworkStatus.PUBLISHED;
    return version;
  });
}

type SectorOrganisation = { name: string; fte: number; profile: SectorProfile };

/**
 * One organisation's cycle to its profile's station. An expired or renewed certificate is awarded on the history
 * version; the workflow opens the next cycle before its end, which the seed drives to its own certificate (renewed)
 * or leaves in preparation (expired), and then waits for the first certificate's end.
 */
async function driveOrganisation(
  fork: () => EntityManager,
  services: Services,
  framework: FrameworkVersion,
  history: { version: FrameworkVersion; durations: HistoryDurations } | null,
  o: SectorOrganisation,
): Promise<void> {
  const end = o.profile.end;
  if (!history || !isHistory(o.profile)) {
    await driveCycle(fork(), services, o, { ...o.profile, end: isHistory(o.profile) ? 'VALID' : end }, { frameworkVersionId: framework.id });
    return;
  }
  const awarded: SectorProfile = { variant: 'EXTERNAL_AUDIT', station: 'DECIDED', end: 'VALID' };
  const first = await driveCycle(fork(), services, o, awarded, { frameworkVersionId: history.version.id });
  const patience = (history.durations.validitySeconds + 60) * 1000;
  const next = await waitForRow(fork, `select id from cycle where previous_cycle_id = ?`, [first], patience, 'the next cycle');
  if (end === 'RENEWED') await driveCycle(fork(), services, o, awarded, { cycleId: String(next.id) });
  await waitForRow(fork, `select id from cycle where id = ? and phase = ?`, [first, end], patience, `the first certificate ${end === 'RENEWED' ? 'renewed' : 'expired'}`);
}

async function waitForRow(fork: () => EntityManager, query: string, params: unknown[], withinMs: number, what: string): Promise<Record<string, unknown>> {
  const until = Date.now() + withinMs;
  for (;;) {
    const [row] = await fork().getConnection().execute<Record<string, unknown>[]>(query, params);
    if (row) return row;
    if (Date.now() > until) throw new Error(`${what} did not come within ${Math.round(withinMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function createOrganisations(em: EntityManager, organisations: { name: string; place: string; fte: number }[]): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    for (const o of organisations) {
      const org = (await tx.findOne(Organisation, { name: o.name })) ?? tx.create(Organisation, { name: o.name, place: o.place, fte: o.fte });
      const emails = sectorEmails(o.name);
      const people: [string, string, Role][] = [
        [emails.officer, `Kwaliteit ${o.place}`, Role.ORG_QUALITY_OFFICER],
        [emails.internalAuditor, `Interne auditor ${o.place}`, Role.ORG_INTERNAL_AUDITOR],
      ];
      for (const [email, name, role] of people) {
        if (await tx.findOne(User, { email })) continue;
        tx.create(User, { email, name, role, partyKind: PartyKind.ORGANISATION, passwordHash, organisation: org });
      }
    }
  });
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

/** Self-evaluation answers by norm position: mostly MEETS, now and then PARTLY_MEETS. */
const SELF_SCORES = ['MEETS', 'MEETS', 'PARTLY_MEETS', 'MEETS', 'MEETS'] as const;
/** The auditors' scores: MEETS, with PARTLY_MEETS (and an improvement action) on every seventh norm. */
const auditScore = (i: number) => (i % 7 === 3 ? 'PARTLY_MEETS' : 'MEETS');

/** Drives a new cycle on a framework version, or one the workflow opened, to the profile's station; answers its ID. */
async function driveCycle(
  em: EntityManager,
  services: Services,
  { name, fte }: { name: string; fte: number },
  profile: SectorProfile,
  on: { frameworkVersionId: string } | { cycleId: string },
): Promise<string> {
  const emails = sectorEmails(name);
  const person = (email: string) => em.findOneOrFail(User, { email });
  const [officer, internalAuditor, manager, lead, co, decider, admin] = await Promise.all(
    [emails.officer, emails.internalAuditor, 'manager@ci.demo', 'auditor@ci.demo', 'co-auditor@ci.demo', 'commissie@swn.demo', 'secretariaat@swn.demo'].map(person),
  );
  const ci = await em.findOneOrFail(CertifyingInstitution, { name: DEMO_CI.name });
  const cycle =
    'cycleId' in on
      ? await em.findOneOrFail(Cycle, { id: on.cycleId })
      : await services.cycles.start(em, officer, { variant: profile.variant, wholeOrganisation: true, scopeUnits: [], fte, frameworkVersionId: on.frameworkVersionId });
  const cycleId = cycle.id;
  const norms = await em.find(Norm, { frameworkVersion: cycle.frameworkVersion.id }, { orderBy: { position: 'asc', code: 'asc' } });
  // Fixed per cycle and step: a retried step is answered from its receipt instead of done twice.
  const input = <T extends object>(step: string, extra: T) => ({ cycleId, clientMutationId: `demo-sector-${step}-${cycleId}`, ...extra });
  const today = calendarDate(Date.now());
  let internalAuditId = '';

  const steps: Record<Exclude<Station, 'PREPARATION'>, () => Promise<unknown>> = {
    SELF_EVALUATION: () => services.cycleCommands.completePreparation(em, officer, input('prepare', {})),
    INTERNAL_AUDIT: async () => {
      for (const [i, norm] of norms.entries()) {
        await services.selfEvaluation.save(em, officer, {
          cycleId,
          normId: norm.id,
          score: SELF_SCORES[i % SELF_SCORES.length],
          goesWell: 'Teams bespreken casuïstiek wekelijks (demotekst).',
          toImprove: i % 5 === 2 ? 'Het leren vastleggen in een teamleeragenda (demotekst).' : '',
        });
      }
      return services.cycleCommands.submitSelfEvaluation(em, officer, input('submit', {}));
    },
    AWAITING_ENGAGEMENT: async () => {
      const audit = await services.internalAudits.plan(em, officer, input('plan-internal-audit', { unit: 'Wijkteam Centrum', plannedDate: today, auditorIds: [internalAuditor.id] }));
      internalAuditId = audit.id;
      await services.internalAudits.recordFinding(em, internalAuditor, {
        internalAuditId,
        normId: norms[0].id,
        strengths: 'Waarderend gesprek met het team (demotekst).',
        improvementPoints: 'Afspraken vastleggen (demotekst).',
      });
      await services.internalAudits.setStatus(em, internalAuditor, { internalAuditId, status: InternalAuditOutcome.DONE });
      return services.cycleCommands.completeInternalAudit(em, officer, input('complete-internal-audit', {}));
    },
    ENGAGEMENT_REQUESTED: () => services.cycleCommands.engageCertifyingInstitution(em, officer, input('engage', { certifyingInstitutionId: ci.id })),
    SCHEDULING: () => services.cycleCommands.acceptEngagement(em, manager, input('accept', { leadAuditorId: lead.id, coAuditorId: co.id })),
    // From today on, and today confirmed: the report that follows the audit can be issued at once.
    DATES_PROPOSED: () => services.cycleCommands.proposeAuditDates(em, lead, input('propose', { dates: [today, calendarDate(Date.now() + 7 * DAY_MS)] })),
    AUDITING: () => services.cycleCommands.confirmAuditDate(em, officer, input('confirm', { date: today })),
    AWAITING_REPLY: async () => {
      for (const [i, norm] of norms.entries()) {
        const score = auditScore(i);
        await services.auditFindings.record(em, i % 2 ? co : lead, {
          cycleId,
          normId: norm.id,
          score,
          strengths: 'Zichtbaar in de gesprekken met professionals (demotekst).',
          improvementPoints: score === 'MEETS' ? '' : 'Borgen in het teamoverleg (demotekst).',
        });
      }
      return services.cycleCommands.issueDraftReport(em, lead, input('draft', { summary: 'Samenvatting (demotekst).', strengths: 'Betrokken teams.', improvementPoints: 'Borging.' }));
    },
    REPLIED: () => services.cycleCommands.replyToDraftReport(em, officer, input('reply', { reply: 'Dank voor het rapport (demotekst).' })),
    DRAFTING: () =>
      services.cycleCommands.issueFinalReport(
        em,
        lead,
        input('final', { summary: 'Eindrapport (demotekst).', strengths: 'Betrokken teams.', improvementPoints: 'Borging.', advice: 'POSITIVE' as const }),
      ),
    SUBMITTED: async () => {
      for (const [i, norm] of norms.entries()) {
        if (auditScore(i) === 'MEETS') continue;
        await services.improvementPlan.save(em, officer, {
          cycleId,
          clientMutationId: `demo-sector-action-${i}-${cycleId}`,
          normId: norm.id,
          what: `Verbeteractie bij ${norm.code} (demotekst)`,
          owner: 'Teamleider',
          dueDate: calendarDate(Date.now() + 180 * DAY_MS),
          successIndicator: 'Zichtbaar in het teamoverleg',
        });
      }
      return services.cycleCommands.submitImprovementPlan(em, officer, input('submit-plan', {}));
    },
    AWAITING_DECISION: () => services.cycleCommands.reviewImprovementPlan(em, lead, input('review-plan', { review: 'ACCEPT' as const, comments: '' })),
    DECIDED: async () => {
      const end = profile.end ?? 'VALID';
      const decision = end === 'REFUSED' ? 'REFUSE' : end === 'DEFERRED' ? 'DEFER' : 'AWARD';
      await services.cycleCommands.decideCertification(em, decider, input('decide', { decision, reason: 'Op advies van de certificatie-instelling (demotekst).' }));
      if (end === 'SUSPENDED') await services.cycleCommands.suspendCertificate(em, admin, input('suspend', { reason: 'Verbeterplan niet op tijd uitgevoerd (demotekst).' }));
      if (end === 'WITHDRAWN') await services.cycleCommands.withdrawCertificate(em, admin, input('withdraw', { reason: 'Op verzoek van de organisatie (demotekst).' }));
    },
  };
  for (const station of STATIONS.slice(1, STATIONS.indexOf(profile.station) + 1)) {
    await steps[station as Exclude<Station, 'PREPARATION'>]();
    // A peer-path cycle waits for its peer group after the internal audit: the seed leaves it there.
    if (station === 'AWAITING_ENGAGEMENT' && profile.variant === 'PEER_REVIEW') break;
  }
  return cycleId;
}
