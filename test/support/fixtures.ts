import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/modules/auth/password';
import { Organisation } from '../../server/src/modules/organisation/organisation.entity';
import { PARTY_OF_ROLE, PartyKind, Role } from '../../server/src/modules/user/role';
import { User } from '../../server/src/modules/user/user.entity';
import { CertifyingInstitution } from '../../server/src/modules/certifying-institution/certifying-institution.entity';

export const PASSWORD = 'test-password-1';
let cachedHash: Promise<string> | null = null;

export interface OrgFixture {
  organisation: Organisation;
  officer: string;
  internalAuditor: string;
  viewer: string;
}

/** A fresh organisation with one user per organisation role, so tests never share state. */
export async function createOrganisation(em: EntityManager, label = 'Testorganisatie'): Promise<OrgFixture> {
  cachedHash ??= hashPassword(PASSWORD);
  const passwordHash = await cachedHash;
  const tag = randomUUID().slice(0, 8);
  const organisation = em.create(Organisation, { name: `${label} ${tag}`, place: 'Utrecht', fte: 40 });
  const mk = (role: Role) => {
    const email = `${role.toLowerCase()}-${tag}@test.example`;
    em.create(User, { email, name: `${role} ${tag}`, role, partyKind: PartyKind.ORGANISATION, organisation, passwordHash });
    return email;
  };
  const fixture = {
    organisation,
    officer: mk(Role.ORG_QUALITY_OFFICER),
    internalAuditor: mk(Role.ORG_INTERNAL_AUDITOR),
    viewer: mk(Role.ORG_VIEWER),
  };
  await em.flush();
  return fixture;
}

export async function createCiAuditor(em: EntityManager): Promise<string> {
  cachedHash ??= hashPassword(PASSWORD);
  const tag = randomUUID().slice(0, 8);
  const ci = em.create(CertifyingInstitution, { name: `CI ${tag}` });
  const email = `auditor-${tag}@test.example`;
  em.create(User, {
    email,
    name: `Auditor ${tag}`,
    role: Role.AUDITOR,
    partyKind: PARTY_OF_ROLE[Role.AUDITOR],
    certifyingInstitution: ci,
    passwordHash: await cachedHash,
  });
  await em.flush();
  return email;
}

/** One more person of an organisation in the given role; answers their email and ID. */
export async function addOrganisationMember(em: EntityManager, organisation: Organisation, role: Role): Promise<{ email: string; id: string }> {
  cachedHash ??= hashPassword(PASSWORD);
  const tag = randomUUID().slice(0, 8);
  const email = `${role.toLowerCase()}-${tag}@test.example`;
  const user = em.create(User, { email, name: `${role} ${tag}`, role, partyKind: PartyKind.ORGANISATION, organisation: organisation.id, passwordHash: await cachedHash });
  await em.flush();
  return { email, id: user.id };
}
