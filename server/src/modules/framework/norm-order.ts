import type { EntityManager } from '@mikro-orm/postgresql';
import { Norm } from './norm.entity';

/** Norm codes of a framework version in the framework's order (category, then norm). */
export async function normCodesInOrder(em: EntityManager, frameworkVersionId: string): Promise<string[]> {
  const norms = await em.find(Norm, { frameworkVersion: frameworkVersionId }, { orderBy: { category: { position: 'asc' }, position: 'asc' } });
  return norms.map((n) => n.code);
}
