import { and, type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/** `text` as a LIKE pattern that matches it literally: `%`, `_` and `\\` lose their meaning. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** AND of the given conditions, `true` when there are none (relational `RAW` filters need SQL). */
export function allOf(...conditions: (SQL | undefined)[]): SQL {
  return and(...conditions) ?? sql`true`;
}

/**
 * True for a position that no later observation of the same stakeholder and topic
 * supersedes. Derived at read time so ingesting an older article never needs rewrites.
 */
export function isCurrentPosition(p: Record<'id' | 'stakeholderId' | 'topicId' | 'observedAt', SQLWrapper>): SQL {
  return sql`not exists (select 1 from positions later where later.stakeholder_id = ${p.stakeholderId} and later.topic_id = ${p.topicId} and (later.observed_at, later.id) > (${p.observedAt}, ${p.id}))`;
}

/** A row named by its primary key or by its unique slug. */
export type RowRef = { id: number } | { slug: string };

/** `column` points at the stakeholder or topic named by `ref`. */
export function refersTo(column: SQLWrapper, table: 'stakeholders' | 'topics', ref: RowRef): SQL {
  const match = 'id' in ref ? sql`id = ${ref.id}` : sql`slug = ${ref.slug}`;
  return sql`${column} in (select id from ${sql.identifier(table)} where ${match})`;
}
