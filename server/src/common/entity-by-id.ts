import { wrap, type Dictionary, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, SqlFragment } from './sql-fragment';

/**
 * One entity by its ID, as `em.findOne(entity, { id })` (with `refresh` as that option) answers it: the one the
 * unit of work already holds with its data, unless refreshed, else the row read in one plain statement and handed to the
 * entity factory the way `em.find` hands over a mapped row. It skips the query builder `findOne` makes on
 * every call, which cost more CPU than the round trip itself: a command reads its cycle twice. Only for
 * entities of plain columns (no filters, formulas or embeddables) keyed by `id`.
 */
export async function entityById<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string, options: { refresh?: boolean } = {}): Promise<T | null> {
  const meta = em.getMetadata().get<T>(entity.name);
  if (!options.refresh) {
    const held = em.getUnitOfWork().getById<T>(meta.className, id as never, meta.schema);
    // A reference (another entity's relation) is held too, but without its data: that one is read.
    if (held && wrap(held).isInitialized()) return held;
  }
  const [row] = await queryRows<Dictionary>(em, new SqlFragment(`select * from "${meta.tableName}" where id = ?`, [id]));
  if (!row) return null;
  return managedEntity(em, entity, em.getDriver().mapResult(row as never, meta) as Dictionary);
}

/**
 * A row the driver has mapped to property names, as an entity of this unit of work: handed to the entity
 * factory the way `em.find` hands over a loaded row (merged into the identity map, its data the snapshot).
 */
export function managedEntity<T extends object>(em: EntityManager, entity: EntityClass<T>, data: Dictionary): T {
  return em.getEntityFactory().create(entity, data as never, { merge: true, refresh: true, convertCustomTypes: true });
}
