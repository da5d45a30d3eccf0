import type { EntityManager } from '@mikro-orm/postgresql';
import { pooledRows } from './pooled-rows';

/**
 * A piece of SQL with its parameters, written as a template: `sql\`o.id = ${id}\`` keeps the value out of the
 * text (a `?` placeholder), and a nested fragment is spliced in with its own parameters in order. Read
 * models that are one hand-written statement compose their optional conditions this way instead of
 * concatenating strings with values in them.
 */
export class SqlFragment {
  constructor(
    readonly text: string,
    readonly params: readonly unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof SqlFragment) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1];
  });
  return new SqlFragment(text, params);
}

/** The fragments joined by `separator`; an empty list gives `empty` (e.g. `true` for a where clause). */
export function joinSql(parts: readonly SqlFragment[], separator: string, empty = ''): SqlFragment {
  if (parts.length === 0) return new SqlFragment(empty, []);
  return new SqlFragment(parts.map((p) => p.text).join(separator), parts.flatMap((p) => p.params));
}

/**
 * A LIKE pattern that finds `term` anywhere, with the term's own `%`, `_` and `\` taken literally, so a search
 * for "50%" does not match everything.
 */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Runs the fragment on the unit of work's connection and returns its rows: inside a transaction through the
 * ORM (which runs it on the transaction's connection), otherwise on a pooled connection directly. With the
 * ORM's query log on (`debug`) every statement goes through the ORM, so the log shows them all.
 */
export function queryRows<T>(em: EntityManager, query: SqlFragment): Promise<T[]> {
  const inTransaction = em.getContext(false).getTransactionContext() !== undefined;
  if (inTransaction || em.config.get('debug')) return em.execute<T[]>(query.text, [...query.params]);
  return pooledRows<T>(em, query.text, query.params);
}
