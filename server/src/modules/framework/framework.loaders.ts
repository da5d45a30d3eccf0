import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedBy } from '../../common/group-by';
import { queryRows, sql } from '../../common/sql-fragment';
import type { Competency } from './competency.entity';
import type { Norm } from './norm.entity';

interface ItemRow {
  id: string;
  created_at: string;
  code: string;
  title: string;
  position: number;
}

interface NormRow extends ItemRow {
  category_id: string;
  description: string;
  guidance: string;
  example_evidence: string;
}

/**
 * Per-request loaders for a framework's content, so a version's norms cost one query for all its categories
 * and their competencies one query for all its norms, whatever the framework's size. They give plain
 * read-only objects of the GraphQL shape rather than managed entities: the frameworks page reads every norm
 * of every version, and hydrating 2,000 norms into the identity map (each with its competency collection)
 * was most of that request's time. The fields they leave out (the norm's version, category and collection)
 * are no GraphQL fields; `Norm.competencies` is resolved through competenciesByNorm for entities and plain
 * objects alike.
 */
export function createFrameworkLoaders(em: EntityManager) {
  return {
    /** A category's norms in the framework's order. */
    normsByCategory: new DataLoader<string, Norm[]>(async (categoryIds) => {
      const rows = await queryRows<NormRow>(
        em,
        sql`select id, created_at, category_id, code, title, description, guidance, example_evidence, position
              from norm where category_id in (${[...categoryIds]}) order by position, code`,
      );
      return groupedBy(categoryIds, rows, (r) => r.category_id).map((norms) => norms.map(toNorm));
    }),
    /** A norm's competencies in the framework's order. */
    competenciesByNorm: new DataLoader<string, Competency[]>(async (normIds) => {
      const rows = await queryRows<ItemRow & { norm_id: string; link_presumed: boolean }>(
        em,
        sql`select nc.norm_id, c.id, c.created_at, c.code, c.title, c.position, c.link_presumed
              from norm_competency nc join competency c on c.id = nc.competency_id
             where nc.norm_id in (${[...normIds]}) order by c.position, c.code`,
      );
      return groupedBy(normIds, rows, (r) => r.norm_id).map((competencies) => competencies.map((r) => ({ ...item(r), linkPresumed: r.link_presumed }) as Competency));
    }),
  };
}

export type FrameworkLoaders = ReturnType<typeof createFrameworkLoaders>;

/** What every framework item shows; raw queries give timestamps as text (the ORM's type parsers keep them so). */
function item(r: ItemRow) {
  return { id: r.id, createdAt: new Date(r.created_at), code: r.code, title: r.title, position: r.position };
}

function toNorm(r: NormRow): Norm {
  return { ...item(r), description: r.description, guidance: r.guidance, exampleEvidence: r.example_evidence } as Norm;
}
