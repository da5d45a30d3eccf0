import type { Client } from 'pg';

export interface LargeFramework {
  id: string;
  norms: number;
  categories: number;
  competencies: number;
}

const CATEGORIES = 20;
const NORMS_PER_CATEGORY = 100;
const COMPETENCIES = 10;

/**
 * A draft framework version of 2,000 norms (20 categories of 100, each norm linked to two of ten
 * competencies), with the demo version's scheme rules: far larger than any real scheme, so the frameworks
 * page is measured where per-category or per-norm loading would show. Written on the caller's transaction.
 */
export async function seedLargeFramework(db: Client, rulesFromVersionId: string): Promise<LargeFramework> {
  const { rows } = await db.query<{ id: string }>(
    `insert into framework_version (id, name, version, effective_date, status, illustrative, rules)
     select gen_random_uuid(), 'Benchkader', '2000-normen', current_date + 365, 'DRAFT', true, rules
       from framework_version where id = $1
     returning id`,
    [rulesFromVersionId],
  );
  const id = rows[0].id;
  // Competencies and categories alike: a code, a title and a position each.
  const items = (table: 'competency' | 'framework_category', code: string, title: string, count: number) =>
    db.query(
      `insert into ${table} (id, framework_version_id, code, title, position)
       select gen_random_uuid(), $1, $2 || k, $3 || ' ' || k, k from generate_series(1, $4::int) k`,
      [id, code, title, count],
    );
  await items('competency', 'C', 'Competentie', COMPETENCIES);
  await items('framework_category', 'K', 'Categorie', CATEGORIES);
  await db.query(
    `insert into norm (id, framework_version_id, category_id, code, title, description, guidance, example_evidence, position)
     select gen_random_uuid(), $1, c.id, c.code || '.' || j, format('Norm %s.%s', c.position, j),
            'Wat de organisatie laat zien om aan deze norm te voldoen.', 'Toelichting voor de auditor.', 'Een voorbeeld van bewijs.', j
       from framework_category c cross join generate_series(1, $2::int) j
      where c.framework_version_id = $1`,
    [id, NORMS_PER_CATEGORY],
  );
  await db.query(
    `insert into norm_competency (norm_id, competency_id)
     select n.id, k.id from norm n join competency k on k.framework_version_id = n.framework_version_id
      where n.framework_version_id = $1 and k.position in (1 + n.position % $2::int, 1 + (n.position + 3) % $2::int)`,
    [id, COMPETENCIES],
  );
  return { id, norms: CATEGORIES * NORMS_PER_CATEGORY, categories: CATEGORIES, competencies: COMPETENCIES };
}
