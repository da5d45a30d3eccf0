import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/modules/auth/password';
import { CertifyingInstitution } from '../../server/src/modules/certifying-institution/certifying-institution.entity';
import type { Organisation } from '../../server/src/modules/organisation/organisation.entity';
import { PARTY_OF_ROLE, Role } from '../../server/src/modules/user/role';
import { User } from '../../server/src/modules/user/user.entity';
import { PASSWORD } from './fixtures';

let cachedHash: Promise<string> | null = null;
const passwordHash = () => (cachedHash ??= hashPassword(PASSWORD));

export interface CiTeam {
  ciId: string;
  manager: User;
  lead: User;
  co: User;
  /** An auditor of the same institution who is not assigned to the cycle. */
  unassigned: User;
}

/** A fresh certifying institution with a manager and three auditors (two to assign, one not). */
export async function createCiTeam(em: EntityManager): Promise<CiTeam> {
  const tag = randomUUID().slice(0, 8);
  const ci = em.create(CertifyingInstitution, { name: `CI ${tag}` });
  const hash = await passwordHash();
  const mk = (role: Role, who: string) =>
    em.create(User, {
      email: `${who}-${tag}@test.example`,
      name: `${who} ${tag}`,
      role,
      partyKind: PARTY_OF_ROLE[role],
      certifyingInstitution: ci,
      passwordHash: hash,
    });
  const team = {
    ciId: ci.id,
    manager: mk(Role.CI_MANAGER, 'manager'),
    lead: mk(Role.AUDITOR, 'lead'),
    co: mk(Role.AUDITOR, 'co'),
    unassigned: mk(Role.AUDITOR, 'unassigned'),
  };
  await em.flush();
  return team;
}

/** One more user of an organisation, in the given role. */
export async function addOrganisationUser(em: EntityManager, organisation: Organisation, role: Role, who: string): Promise<User> {
  const tag = randomUUID().slice(0, 8);
  const user = em.create(User, {
    email: `${who}-${tag}@test.example`,
    name: `${who} ${tag}`,
    role,
    partyKind: PARTY_OF_ROLE[role],
    organisation: organisation.id,
    passwordHash: await passwordHash(),
  });
  await em.flush();
  return user;
}

interface SqlConnection {
  execute(sql: string, params?: unknown[]): Promise<any>;
}

/** The institution engaged and its two auditors assigned, with one and a half audit days, as acceptEngagement leaves a cycle. */
export async function assignTeam(conn: SqlConnection, cycleId: string, team: CiTeam): Promise<void> {
  await conn.execute(`update cycle set certifying_institution_id = ?, lead_auditor_id = ?, co_auditor_id = ?, audit_days = 1.5, audit_days_computed = 1.5 where id = ?`, [
    team.ciId,
    team.lead.id,
    team.co.id,
    cycleId,
  ]);
}

/**
 * Puts a cycle's projection where a test needs it, as the workflow's projection would. The content
 * modules judge only these columns, so this stands in for the process commands.
 */
export async function placeCycle(conn: SqlConnection, cycleId: string, phase: string, step: string | null = null): Promise<void> {
  await conn.execute(`update cycle set phase = ?, step = ? where id = ?`, [phase, step, cycleId]);
}

/** Row counts and digests of everything the content mutations can write, and of every cycle's position. */
export async function contentFingerprint(conn: SqlConnection): Promise<Record<string, unknown>> {
  const [row] = await conn.execute(`select
    (select count(*)::int from internal_audit) as internal_audits,
    (select coalesce(md5(string_agg(id::text || status || unit || planned_date::text || array_to_string(auditor_ids, ','), ',' order by id)), '') from internal_audit) as internal_audit_digest,
    (select count(*)::int from internal_audit_finding) as internal_audit_findings,
    (select coalesce(md5(string_agg(id::text || norm_id::text || strengths || improvement_points || recorded_by_id::text, ',' order by id)), '') from internal_audit_finding) as internal_audit_finding_digest,
    (select count(*)::int from audit_finding) as audit_findings,
    (select coalesce(md5(string_agg(id::text || score || strengths || improvement_points || recorded_by_id::text || updated_at::text, ',' order by id)), '') from audit_finding) as audit_finding_digest,
    (select count(*)::int from improvement_action) as improvement_actions,
    (select coalesce(md5(string_agg(id::text || coalesce(norm_id::text, '-') || what || owner || due_date::text || success_indicator || status || progress_note || updated_at::text, ',' order by id)), '') from improvement_action) as improvement_action_digest,
    (select count(*)::int from audit_programme) as audit_programmes,
    (select coalesce(md5(string_agg(id::text || slots::text || saved_by_id::text || updated_at::text || coalesce(confirmed_by_id::text, '-') || coalesce(confirmed_at::text, '-'), ',' order by id)), '') from audit_programme) as audit_programme_digest,
    (select count(*)::int from self_evaluation_answer) as answers,
    (select coalesce(md5(string_agg(id::text || phase || coalesce(step, '-') || seq, ',' order by id)), '') from cycle) as cycle_positions`);
  return row;
}
