import type { EntityManager } from '@mikro-orm/postgresql';
import { CertifyingInstitution } from '../../modules/certifying-institution/certifying-institution.entity';
import { Competency } from '../../modules/framework/competency.entity';
import { FrameworkCategory } from '../../modules/framework/framework-category.entity';
import { PLACEHOLDER_GUIDE } from '../../modules/framework/variant-guide.types';
import { PLACEHOLDER_RULES } from '../../modules/framework/framework-rules';
import { FrameworkStatus, FrameworkVersion } from '../../modules/framework/framework-version.entity';
import { Norm } from '../../modules/framework/norm.entity';
import { Organisation } from '../../modules/organisation/organisation.entity';
import { SectorBody } from '../../modules/sector-body/sector-body.entity';
import { hashPassword } from '../../modules/auth/password';
import { PARTY_OF_ROLE, PartyKind } from '../../modules/user/role';
import { User } from '../../modules/user/user.entity';
import { DEMO_ACCOUNTS, DEMO_CI, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_SECTOR_BODY } from './demo-accounts';
import { COMPACT_DEMO_FRAMEWORK, type FrameworkSpec } from './demo-framework';
import { seedDemoLearning } from './demo-learning';
import { seedDemoPeerReview } from './demo-peer-review';

/**
 * Demo content: an illustrative framework (the compact one unless told: what tests start cycles on),
 * organisations, a CI, the sector body and one account per role.
 * Idempotent: each row is looked up by its natural key first, so running it on every start adds nothing twice.
 */
export async function seedDemoData(
  em: EntityManager,
  frameworkSpec: FrameworkSpec = COMPACT_DEMO_FRAMEWORK,
): Promise<{ framework: FrameworkVersion; organisations: Map<string, Organisation> }> {
  return em.transactional(async (tx) => {
    const framework = await seedFrameworkVersion(tx, frameworkSpec);
    const organisations = new Map<string, Organisation>();
    for (const o of DEMO_ORGANISATIONS) {
      const org = (await tx.findOne(Organisation, { name: o.name })) ?? tx.create(Organisation, { name: o.name, place: o.place, fte: o.fte });
      organisations.set(o.key, org);
    }
    const ci = (await tx.findOne(CertifyingInstitution, { name: DEMO_CI.name })) ?? tx.create(CertifyingInstitution, { name: DEMO_CI.name });
    const sector = (await tx.findOne(SectorBody, { name: DEMO_SECTOR_BODY.name })) ?? tx.create(SectorBody, { name: DEMO_SECTOR_BODY.name });
    await tx.flush();

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) {
      if (await tx.findOne(User, { email: a.email })) continue;
      const partyKind = PARTY_OF_ROLE[a.role];
      tx.create(User, {
        email: a.email,
        name: a.name,
        role: a.role,
        partyKind,
        passwordHash,
        organisation: partyKind === PartyKind.ORGANISATION ? organisations.get(a.organisation!)!.id : undefined,
        certifyingInstitution: partyKind === PartyKind.CERTIFYING_INSTITUTION ? ci.id : undefined,
        sectorBody: partyKind === PartyKind.SECTOR_BODY ? sector.id : undefined,
      });
    }
    await tx.flush();
    await seedDemoLearning(tx, organisations.get('voorbeeldstad')!);
    await seedDemoPeerReview(tx, organisations);
    return { framework, organisations };
  });
}

/**
 * A published, illustrative framework version with placeholder rules; the one already seeded (same name and
 * version) when it exists.
 */
export async function seedFrameworkVersion(tx: EntityManager, spec: FrameworkSpec): Promise<FrameworkVersion> {
  const existing = await tx.findOne(FrameworkVersion, { name: spec.name, version: spec.version });
  if (existing) return existing;
  const version = tx.create(FrameworkVersion, {
    name: spec.name,
    version: spec.version,
    effectiveDate: spec.effectiveDate,
    status: FrameworkStatus.PUBLISHED,
    illustrative: true,
    rules: PLACEHOLDER_RULES,
    variantGuide: PLACEHOLDER_GUIDE,
  });
  const competencies = spec.competencies.map((title, i) =>
    tx.create(Competency, {
      frameworkVersion: version,
      code: `C${i + 1}`,
      title,
      // How the ten competencies map to norms is not published: the demo's links are a guess, and say so.
      linkPresumed: true,
      position: i + 1,
    }),
  );
  spec.categories.forEach((c, ci) => {
    const category = tx.create(FrameworkCategory, { frameworkVersion: version, code: c.code, title: c.title, position: ci + 1 });
    c.norms.forEach((n, ni) => {
      const norm = tx.create(Norm, {
        frameworkVersion: version,
        category,
        code: n.code,
        title: n.title,
        description: n.description,
        guidance: n.guidance,
        exampleEvidence: n.exampleEvidence,
        position: ni + 1,
      });
      norm.competencies.set(n.competencies.map((k) => competencies[k - 1]));
    });
  });
  await tx.flush();
  return version;
}
