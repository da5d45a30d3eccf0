import type { EntityManager } from '@mikro-orm/postgresql';
import { FrameworkStatus, FrameworkVersion } from '../framework/framework-version.entity';
import { peerAuditorTrainingValidity, PLACEHOLDER_RULES, type SchemeDuration } from '../framework/framework-rules';

/**
 * The newest published framework version: the one whose rules and norms apply to what belongs to no one cycle
 * (a peer auditor, a visit to an organisation without an open cycle). Null before any version is published.
 */
export async function newestPublishedVersion(em: EntityManager): Promise<FrameworkVersion | null> {
  const [current] = await em.find(FrameworkVersion, { status: FrameworkStatus.PUBLISHED }, { orderBy: { effectiveDate: 'desc', createdAt: 'desc' }, limit: 1 });
  return current ?? null;
}

/**
 * How long a peer auditor's training counts: the rule of the newest published framework version (a peer
 * auditor belongs to no one cycle), or the placeholder before any version is published.
 */
export async function currentTrainingValidity(em: EntityManager): Promise<SchemeDuration> {
  const current = await newestPublishedVersion(em);
  return current ? peerAuditorTrainingValidity(current.rules) : PLACEHOLDER_RULES.peerAuditorTrainingValidity!;
}
