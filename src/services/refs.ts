import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { RowRef } from '../db/predicates.js';
import { articles, stakeholders, statements, topics } from '../db/schema.js';
import { NotFoundError } from './errors.js';

type Reader = Pick<Database, 'select'>;

const describe = (ref: RowRef) => ('id' in ref ? String(ref.id) : ref.slug);

/** The id of the stakeholder or topic named by `ref`, or a NotFoundError. */
export async function resolveRef(tx: Reader, table: 'stakeholders' | 'topics', ref: RowRef): Promise<number> {
  const t = table === 'stakeholders' ? stakeholders : topics;
  const [row] = await tx
    .select({ id: t.id })
    .from(t)
    .where('id' in ref ? eq(t.id, ref.id) : eq(t.slug, ref.slug))
    .limit(1);
  if (!row) throw new NotFoundError(table === 'stakeholders' ? 'Stakeholder' : 'Topic', describe(ref));
  return row.id;
}

export async function requireArticle(tx: Reader, id: number) {
  const [row] = await tx.select({ id: articles.id, body: articles.body, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, id));
  if (!row) throw new NotFoundError('Article', String(id));
  return row;
}

export async function requireStatement(tx: Reader, id: number) {
  const [row] = await tx.select({ id: statements.id, articleId: statements.articleId }).from(statements).where(eq(statements.id, id));
  if (!row) throw new NotFoundError('Statement', String(id));
  return row;
}
