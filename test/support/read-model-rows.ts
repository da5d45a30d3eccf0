import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/modules/auth/password';
import { PartyKind, Role } from '../../server/src/modules/user/role';
import { PASSWORD } from './fixtures';

/**
 * Rows for the read models (register, organisation list, sector overview), written straight into the
 * tables: these tests are about what is read back, not about the workflow that would normally write them.
 */

export interface SqlConnection {
  execute(sql: string, params?: unknown[]): Promise<any>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);

export async function userIdOf(conn: SqlConnection, email: string): Promise<string> {
  const [row] = await conn.execute(`select id from app_user where email = ?`, [email]);
  return row.id;
}

export interface CiFixture {
  id: string;
  name: string;
  manager: string;
  auditor: string;
  auditorId: string;
}

/** A certifying institution with a manager and an auditor (emails; password PASSWORD). */
export async function createCertifyingInstitution(conn: SqlConnection, label: string): Promise<CiFixture> {
  const tag = randomUUID().slice(0, 8);
  const id = randomUUID();
  const name = `${label} ${tag}`;
  const passwordHash = await hashPassword(PASSWORD);
  await conn.execute(`insert into certifying_institution (id, name) values (?, ?)`, [id, name]);
  const mk = async (role: Role) => {
    const userId = randomUUID();
    const email = `${role.toLowerCase()}-${tag}@test.example`;
    await conn.execute(
      `insert into app_user (id, email, name, password_hash, role, party_kind, certifying_institution_id) values (?, ?, ?, ?, ?, ?, ?)`,
      [userId, email, `${role} ${tag}`, passwordHash, role, PartyKind.CERTIFYING_INSTITUTION, id],
    );
    return { userId, email };
  };
  const manager = await mk(Role.CI_MANAGER);
  const auditor = await mk(Role.AUDITOR);
  return { id, name, manager: manager.email, auditor: auditor.email, auditorId: auditor.userId };
}

export interface CycleRow {
  organisationId: string;
  frameworkVersionId: string;
  startedById: string;
  phase: string;
  closed?: boolean;
  overdue?: boolean;
  certifyingInstitutionId?: string | null;
  leadAuditorId?: string | null;
  variant?: 'EXTERNAL_AUDIT' | 'PEER_REVIEW' | 'COMBINED';
}

export async function insertCycle(conn: SqlConnection, c: CycleRow): Promise<string> {
  const id = randomUUID();
  await conn.execute(
    `insert into cycle (id, organisation_id, framework_version_id, started_by_id, variant, whole_organisation, scope_units, fte,
                        phase, seq, closed_at, overdue, due_at, certifying_institution_id, lead_auditor_id)
     values (?, ?, ?, ?, ?, true, '{}', 40, ?, 1, ${c.closed ? 'now()' : 'null'}, ?, ${c.overdue ? `now() - interval '1 day'` : 'null'}, ?, ?)`,
    [id, c.organisationId, c.frameworkVersionId, c.startedById, c.variant ?? 'EXTERNAL_AUDIT', c.phase, c.overdue ?? false, c.certifyingInstitutionId ?? null, c.leadAuditorId ?? null],
  );
  return id;
}

export interface CertificateRow {
  number: string;
  cycleId: string;
  organisationId: string;
  frameworkVersionId: string;
  certifyingInstitutionId?: string | null;
  status: 'VALID' | 'SUSPENDED' | 'WITHDRAWN' | 'EXPIRED' | 'RENEWED';
  validFrom: Date;
  validUntil: Date;
  variant?: 'EXTERNAL_AUDIT' | 'PEER_REVIEW' | 'COMBINED';
  scopeUnits?: string[];
}

export async function insertCertificate(conn: SqlConnection, c: CertificateRow): Promise<void> {
  const units = c.scopeUnits ?? [];
  await conn.execute(
    `insert into certificate (id, number, cycle_id, organisation_id, certifying_institution_id, framework_version_id, variant,
                              whole_organisation, scope_units, valid_from, valid_until, status)
     values (?, ?, ?, ?, ?, ?, ?, ?, array[${units.map(() => '?').join(', ')}]::text[], ?::timestamptz, ?::timestamptz, ?)`,
    [
      randomUUID(),
      c.number,
      c.cycleId,
      c.organisationId,
      c.certifyingInstitutionId ?? null,
      c.frameworkVersionId,
      c.variant ?? 'EXTERNAL_AUDIT',
      units.length === 0,
      ...units,
      c.validFrom.toISOString(),
      c.validUntil.toISOString(),
      c.status,
    ],
  );
}

/** The audit trail of a cycle: each entry enters `toPhase` at `at`; seq counts up from 1. */
export async function insertTransitions(conn: SqlConnection, cycleId: string, trail: { toPhase: string; at: Date }[]): Promise<void> {
  let from: string | null = null;
  for (const [i, t] of trail.entries()) {
    await conn.execute(
      `insert into cycle_transition (id, cycle_id, seq, from_phase, to_phase, command, at, summary) values (?, ?, ?, ?, ?, 'test', ?::timestamptz, 'test')`,
      [randomUUID(), cycleId, i + 1, from, t.toPhase, t.at.toISOString()],
    );
    from = t.toPhase;
  }
}

/** A draft framework version of its own, with norms N1..Nn, copying the rules of `rulesFromVersionId`. */
export async function insertFrameworkWithNorms(
  conn: SqlConnection,
  label: string,
  rulesFromVersionId: string,
  normCount: number,
): Promise<{ id: string; name: string; version: string; normIds: string[] }> {
  const id = randomUUID();
  const categoryId = randomUUID();
  const name = `${label} ${randomUUID().slice(0, 8)}`;
  await conn.execute(
    `insert into framework_version (id, name, version, effective_date, status, illustrative, rules)
     select ?, ?, 'test', current_date, 'DRAFT', true, rules from framework_version where id = ?`,
    [id, name, rulesFromVersionId],
  );
  await conn.execute(`insert into framework_category (id, framework_version_id, code, title, position) values (?, ?, 'C', 'Categorie', 1)`, [
    categoryId,
    id,
  ]);
  const normIds: string[] = [];
  for (let i = 1; i <= normCount; i++) {
    const normId = randomUUID();
    await conn.execute(
      `insert into norm (id, framework_version_id, category_id, code, title, description, position) values (?, ?, ?, ?, ?, 'test', ?)`,
      [normId, id, categoryId, `N${i}`, `Norm ${i}`, i],
    );
    normIds.push(normId);
  }
  return { id, name, version: 'test', normIds };
}

export async function insertFinding(conn: SqlConnection, cycleId: string, normId: string, score: string, recordedById: string): Promise<void> {
  await conn.execute(`insert into audit_finding (id, cycle_id, norm_id, score, recorded_by_id) values (?, ?, ?, ?, ?)`, [
    randomUUID(),
    cycleId,
    normId,
    score,
    recordedById,
  ]);
}

/** Sets an organisation's place (fixtures give every organisation the same one). */
export async function setPlace(conn: SqlConnection, organisationId: string, place: string): Promise<void> {
  await conn.execute(`update organisation set place = ? where id = ?`, [place, organisationId]);
}

export interface PeerRegistrationRow {
  organisationId: string;
  frameworkVersionId: string;
  /** Stands for the group's creator, the visit's planner and the registrar. */
  userId: string;
  /** Two people of the organisation who become its peer auditors (one person is a peer auditor once). */
  auditorUserIds: [string, string];
  validFrom: Date;
  validUntil: Date;
  scopeUnits?: string[];
}

/** A registered peer assessment and the group, auditors and visit it needs, without the workflow of forming them. */
export async function insertPeerRegistration(conn: SqlConnection, r: PeerRegistrationRow): Promise<void> {
  const [groupId, firstId, secondId, visitId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const units = r.scopeUnits ?? [];
  await conn.execute(`insert into peer_group (id, status, created_by_id) values (?, 'FORMED', ?)`, [groupId, r.userId]);
  for (const [i, id] of [firstId, secondId].entries()) {
    await conn.execute(`insert into peer_auditor (id, organisation_id, person_id, nominated_by_id) values (?, ?, ?, ?)`, [
      id,
      r.organisationId,
      r.auditorUserIds[i],
      r.userId,
    ]);
  }
  await conn.execute(
    `insert into peer_visit (id, group_id, organisation_id, date, first_auditor_id, second_auditor_id, status, planned_by_id, planned_at)
     values (?, ?, ?, ?::timestamptz::date, ?, ?, 'CONFIRMED', ?, now())`,
    [visitId, groupId, r.organisationId, r.validFrom.toISOString(), firstId, secondId, r.userId],
  );
  await conn.execute(
    `insert into peer_review_registration (id, visit_id, organisation_id, group_id, framework_version_id, whole_organisation, scope_units,
                                           valid_from, valid_until, registered_by_id)
     values (?, ?, ?, ?, ?, ?, array[${units.map(() => '?').join(', ')}]::text[], ?::timestamptz, ?::timestamptz, ?)`,
    [randomUUID(), visitId, r.organisationId, groupId, r.frameworkVersionId, units.length === 0, ...units, r.validFrom.toISOString(), r.validUntil.toISOString(), r.userId],
  );
}
