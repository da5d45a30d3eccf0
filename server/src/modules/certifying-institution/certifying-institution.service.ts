import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../common/errors';
import { pooledRows } from '../../common/pooled-rows';
import type { AccessPolicy } from '../access/access-policy';
import { PartyKind, Role, SECTOR_ROLES } from '../user/role';
import { User } from '../user/user.entity';
import { userSummary, type UserSummary } from '../user/user-summary.view';
import type { AuditorWorkload } from './auditor-workload.view';
import { CertifyingInstitution } from './certifying-institution.entity';
import type { SetCertifyingInstitutionAdmissionInput } from './dto/set-admission.input';

/**
 * The certifying institutions: who may be engaged (the admitted ones, for everyone signed in) and the
 * sector body's admission of them. Revoking an admission keeps the cycles an institution already holds,
 * as a running audit is not taken away halfway; only new engagements are refused.
 */
export class CertifyingInstitutionService {
  constructor(private readonly policy: AccessPolicy) {}

  list(em: EntityManager, user: User, admittedOnly: boolean): Promise<CertifyingInstitution[]> {
    const sector = user.partyKind === PartyKind.SECTOR_BODY;
    // Only the sector body sees institutions that are not (or no longer) admitted.
    const where = admittedOnly || !sector ? { admitted: true } : {};
    return em.find(CertifyingInstitution, where, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async setAdmission(em: EntityManager, user: User, input: SetCertifyingInstitutionAdmissionInput): Promise<CertifyingInstitution> {
    this.policy.assertSectorRole(user, [Role.SECTOR_ADMIN]);
    const ci = await em.findOne(CertifyingInstitution, { id: input.certifyingInstitutionId });
    if (!ci) throw notFound('Certifying institution');
    ci.admitted = input.admitted;
    await em.flush();
    return ci;
  }

  /** The auditors and managers of an institution, for its own managers to assign; others get none. */
  async auditorsOf(em: EntityManager, user: User, ci: CertifyingInstitution): Promise<UserSummary[]> {
    if (!mayListAuditors(user, ci)) return [];
    const users = await em.find(User, { certifyingInstitution: ci.id, role: Role.AUDITOR }, { orderBy: { name: 'asc', id: 'asc' } });
    return users.map(userSummary);
  }

  /**
   * Every auditor of the institution with the audits they carry now, so whoever assigns an engagement can
   * spread the work; the same people see it as see the auditors. One statement for the whole institution.
   */
  async workloadOf(em: EntityManager, user: User, ci: CertifyingInstitution): Promise<AuditorWorkload[]> {
    if (!mayListAuditors(user, ci)) return [];
    const rows = await pooledRows<WorkloadRow>(em, WORKLOAD_SQL, [OPEN_AUDIT_PHASES, ci.id, Role.AUDITOR]);
    return rows.map((r) => ({
      auditor: { id: r.id, name: r.name, role: Role.AUDITOR },
      openAudits: Number(r.open_audits),
      leading: Number(r.leading),
      upcomingAuditDates: r.upcoming ?? [],
    }));
  }
}

/** The institution's own people and the sector body see its auditors; everyone else sees none. */
const mayListAuditors = (user: User, ci: CertifyingInstitution): boolean =>
  user.certifyingInstitution?.id === ci.id || SECTOR_ROLES.includes(user.role);

/** From accepting the engagement to the decision, an assigned auditor has work on the cycle. */
const OPEN_AUDIT_PHASES = ['EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION'];

interface WorkloadRow {
  id: string;
  name: string;
  open_audits: string;
  leading: string;
  upcoming: string[] | null;
}

const WORKLOAD_SQL = `
select u.id, u.name,
  count(c.id) as open_audits,
  count(c.id) filter (where c.lead_auditor_id = u.id) as leading,
  (array_agg(to_char(c.confirmed_audit_date, 'YYYY-MM-DD') order by c.confirmed_audit_date)
    filter (where c.confirmed_audit_date >= (now() at time zone 'Europe/Amsterdam')::date))[1:5] as upcoming
from app_user u
left join cycle c on (c.lead_auditor_id = u.id or c.co_auditor_id = u.id) and c.phase in (?)
where u.certifying_institution_id = ? and u.role = ?
group by u.id, u.name
order by u.name, u.id`;
