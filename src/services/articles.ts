import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { articles } from '../db/schema.js';
import { NotFoundError } from './errors.js';
import { notifyCommit } from './notify.js';
import { currentCatalogue } from './catalogue.js';
import { type Extractor, extractInline } from './extraction.js';
import { type ArticleInput, alreadyStored, type IngestResult, storeArticle } from './ingest.js';

/** Longest article body accepted, in characters: ten times a long feature, far below request limits. */
export const maxArticleChars = 200_000;

/**
 * The ingestion pipeline: extract statements, stakeholders, topics and positions from the
 * text with everything the database knows, then store them in one transaction. An article
 * already stored is answered from one lookup, without loading the catalogue or extracting.
 */
export async function ingestArticle(db: Database, input: ArticleInput, extract: Extractor = extractInline): Promise<IngestResult> {
  const stored = await alreadyStored(db, input);
  if (stored) return stored;
  const catalogue = await currentCatalogue(db);
  const extraction = await extract({ title: input.title, body: input.body }, catalogue);
  return storeArticle(db, input, extraction);
}

/**
 * Deletes an article with its statements, their topic links, its mentions and the positions
 * read from it; stakeholders and topics stay. Seq numbers of the deleted statements are not
 * reused, so resumable streams stay exact.
 */
export async function deleteArticle(db: Database, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id });
    if (deleted.length === 0) throw new NotFoundError('Article', String(id));
    // Every instance drops cached reads that still show the article (server/response-cache.ts).
    await notifyCommit(tx, {});
  });
}
