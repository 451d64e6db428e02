import { extract } from '../ingest/extract.js';
import type { Database } from '../db/client.js';
import { loadCatalogue } from './catalogue.js';
import { type ArticleInput, type IngestResult, storeArticle } from './ingest.js';

/**
 * The ingestion pipeline: extract statements, stakeholders, topics and positions from the
 * text with everything the database knows, then store them in one transaction.
 */
export async function ingestArticle(db: Database, input: ArticleInput): Promise<IngestResult> {
  const catalogue = await loadCatalogue(db);
  const extraction = extract({ title: input.title, body: input.body }, catalogue);
  return storeArticle(db, input, extraction);
}
