import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Certificate, CertificateStatus } from '../certificate/certificate.entity';
import { Cycle } from '../cycle/cycle.entity';

/**
 * Per-request loaders for an organisation's per-row fields, keyed by organisation id, so a page of 500
 * organisations costs one query per field. Unscoped: the field resolvers apply the access policy.
 */
export function createOrganisationLoaders(em: EntityManager) {
  return {
    /** The open cycle (at most one, by cycle_one_open_per_organisation), or null. */
    currentCycle: new DataLoader<string, Cycle | null>(async (organisationIds) => {
      const cycles = await em.find(Cycle, { organisation: { $in: [...organisationIds] }, closedAt: null });
      const byOrganisation = new Map(cycles.map((c) => [c.organisation.id, c]));
      return organisationIds.map((id) => byOrganisation.get(id) ?? null);
    }),
    /** The certificate as the register shows it: the newest valid or suspended one, or null. */
    currentCertificate: new DataLoader<string, Certificate | null>(async (organisationIds) => {
      const certificates = await em.find(
        Certificate,
        { organisation: { $in: [...organisationIds] }, status: { $in: [CertificateStatus.VALID, CertificateStatus.SUSPENDED] } },
        { orderBy: { validFrom: 'desc', createdAt: 'desc' } },
      );
      const byOrganisation = new Map<string, Certificate>();
      for (const c of certificates) if (!byOrganisation.has(c.organisation.id)) byOrganisation.set(c.organisation.id, c);
      return organisationIds.map((id) => byOrganisation.get(id) ?? null);
    }),
  };
}
