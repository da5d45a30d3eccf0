import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/modules/auth/password';
import type { StoredSchemeRules } from '../../server/src/modules/cycle/cycle-durations';
import { CertifyingInstitution } from '../../server/src/modules/certifying-institution/certifying-institution.entity';
import { FrameworkCategory } from '../../server/src/modules/framework/framework-category.entity';
import { AwardRule, DurationUnit, type SchemeRules } from '../../server/src/modules/framework/framework-rules';
import { FrameworkStatus, FrameworkVersion } from '../../server/src/modules/framework/framework-version.entity';
import { Norm } from '../../server/src/modules/framework/norm.entity';
import { PLACEHOLDER_GUIDE } from '../../server/src/modules/framework/variant-guide.types';
import { Role } from '../../server/src/modules/user/role';
import { PartyKind } from '../../server/src/modules/user/role';
import { User } from '../../server/src/modules/user/user.entity';
import { PASSWORD } from './fixtures';

/** A duration of `amount` seconds on the test server: stored in a public unit, counted in seconds (see secondsRules). */
export const seconds = (amount: number) => ({ amount, unit: DurationUnit.DAYS });

/**
 * Scheme rules with durations of seconds, so a whole cycle runs inside one test on a real Temporal server.
 * The public API has no unit of seconds, so the rules are written straight to the database (createFramework)
 * with the test-only marker: the test stack sets TEST_SECONDS_DURATIONS, and every amount then counts as
 * seconds when a cycle pins its durations. Through the API the row reads as days.
 */
export function secondsRules(overrides: Partial<SchemeRules> = {}): StoredSchemeRules {
  return {
    amountsInSecondsForTests: true,
    placeholder: false,
    certificateValidity: seconds(14),
    recertificationReminder: seconds(9),
    selfEvaluationWindow: seconds(120),
    draftReportReplyWindow: seconds(120),
    improvementPlanDue: seconds(120),
    awardRule: AwardRule.NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION,
    auditDaysTable: [
      { maxFte: 50, days: 1 },
      { maxFte: null, days: 2 },
    ],
    ...overrides,
  };
}

/** Scheme rules as updateSchemeRules takes them: valid, so a refusal is about something else. */
export const SCHEME_RULES_INPUT = {
  auditDaysTable: [
    { maxFte: 50, days: 1 },
    { maxFte: null, days: 2 },
  ],
  awardRule: 'NO_DOES_NOT_MEET',
  certificateValidity: { amount: 36, unit: 'MONTHS' },
  recertificationReminder: { amount: 6, unit: 'MONTHS' },
  selfEvaluationWindow: { amount: 8, unit: 'WEEKS' },
  draftReportReplyWindow: { amount: 2, unit: 'WEEKS' },
  improvementPlanDue: { amount: 8, unit: 'WEEKS' },
};

/** A draft framework version without norms (so publishing it is INCOMPLETE), the sector body's alone to see. */
export async function createDraftVersion(em: EntityManager, rules: StoredSchemeRules): Promise<FrameworkVersion> {
  const draft = em.create(FrameworkVersion, {
    name: `Conceptkader ${randomUUID().slice(0, 8)}`,
    version: '1',
    effectiveDate: '2027-01-01',
    status: FrameworkStatus.DRAFT,
    illustrative: true,
    rules,
  });
  await em.flush();
  return draft;
}

/** A small published framework (three test norms) with the given rules. */
export async function createFramework(em: EntityManager, rules: StoredSchemeRules, normCount = 3): Promise<{ version: FrameworkVersion; normIds: string[] }> {
  const version = em.create(FrameworkVersion, {
    name: `Testkader ${randomUUID().slice(0, 8)}`,
    version: '1',
    effectiveDate: '2026-01-01',
    status: FrameworkStatus.PUBLISHED,
    illustrative: true,
    rules,
  });
  const category = em.create(FrameworkCategory, { frameworkVersion: version, code: 'T', title: 'Testcategorie', position: 1 });
  const norms = Array.from({ length: normCount }, (_, i) =>
    em.create(Norm, { frameworkVersion: version, category, code: `T-${i + 1}`, title: `Testnorm ${i + 1}`, description: 'Testnorm', position: i + 1 }),
  );
  await em.flush();
  return { version, normIds: norms.map((n) => n.id) };
}

export interface CiFixture {
  ci: CertifyingInstitution;
  manager: string;
  lead: User;
  co: User;
  otherAuditor: User;
}

/** A certifying institution with a manager and three auditors. */
export async function createCertifyingInstitution(em: EntityManager): Promise<CiFixture> {
  const passwordHash = await hashPassword(PASSWORD);
  const tag = randomUUID().slice(0, 8);
  const ci = em.create(CertifyingInstitution, { name: `Test-CI ${tag}` });
  const mk = (role: Role, name: string) =>
    em.create(User, { email: `${name}-${tag}@ci.test.example`, name: `${name} ${tag}`, role, partyKind: PartyKind.CERTIFYING_INSTITUTION, certifyingInstitution: ci, passwordHash });
  const manager = mk(Role.CI_MANAGER, 'manager');
  const fixture = { ci, manager: manager.email, lead: mk(Role.AUDITOR, 'lead'), co: mk(Role.AUDITOR, 'co'), otherAuditor: mk(Role.AUDITOR, 'other') };
  await em.flush();
  return fixture;
}

/** A sound decision tree as updateVariantGuide takes it: the placeholder's questions, loaded as the sector body's own. */
export const VARIANT_GUIDE_INPUT = { start: PLACEHOLDER_GUIDE.start, questions: PLACEHOLDER_GUIDE.questions };
