import { desc, ilike, or, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';
import { escapeLike } from './predicates.js';
import { articles, stakeholders, statements } from './schema.js';

export type SearchKind = 'article' | 'statement' | 'stakeholder';

export interface SearchHit {
  kind: SearchKind;
  id: number;
  rank: number;
}

/**
 * One ranked list over articles and statements (full text with `websearch_to_tsquery`,
 * ranked by `ts_rank_cd` normalised to 0..1 over the GIN-indexed tsvector columns) and
 * stakeholders by name or alias (exact 1, prefix 0.9, substring 0.8): one SQL statement.
 */
export async function searchAll(db: Database, text: string, limit: number): Promise<SearchHit[]> {
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const anywhere = `%${escapeLike(text)}%`;
  const aliasMatches = (pattern: string) =>
    sql`exists (select 1 from unnest(${stakeholders.aliases}) alias where alias ilike ${pattern})`;
  const rows = await unionAll(
    db
      .select({ kind: sql<SearchKind>`'article'`.as('kind'), id: articles.id, rank: sql<number>`ts_rank_cd(${articles.search}, ${query}, 32)`.as('rank') })
      .from(articles)
      .where(sql`${articles.search} @@ ${query}`),
    db
      .select({ kind: sql<SearchKind>`'statement'`.as('kind'), id: statements.id, rank: sql<number>`ts_rank_cd(${statements.search}, ${query}, 32)`.as('rank') })
      .from(statements)
      .where(sql`${statements.search} @@ ${query}`),
    db
      .select({
        kind: sql<SearchKind>`'stakeholder'`.as('kind'),
        id: stakeholders.id,
        rank: sql<number>`case when ${stakeholders.name} ilike ${escapeLike(text)} or ${aliasMatches(escapeLike(text))} then 1.0
                               when ${stakeholders.name} ilike ${`${escapeLike(text)}%`} then 0.9 else 0.8 end`.as('rank'),
      })
      .from(stakeholders)
      .where(or(ilike(stakeholders.name, anywhere), aliasMatches(anywhere))),
  )
    .orderBy(desc(sql`rank`), sql`kind`, sql`id`)
    .limit(limit);
  return rows.map((row) => ({ kind: row.kind, id: Number(row.id), rank: Number(row.rank) }));
}
