import { count } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { articles } from '../db/schema.js';
import { readCatalogue, readSeedArticles } from '../seeds/files.js';
import { ingestArticle } from './articles.js';
import { storeCatalogue } from './catalogue.js';

export interface SeedReport {
  /** articles that were new */
  created: number;
  /** articles already stored (re-seeding changes nothing) */
  unchanged: number;
}

/** Loads the shipped catalogue and ingests the seed articles through the normal pipeline. Idempotent. */
export async function seedDatabase(db: Database): Promise<SeedReport> {
  await storeCatalogue(db, await readCatalogue());
  const report: SeedReport = { created: 0, unchanged: 0 };
  for (const article of await readSeedArticles()) {
    if (article.synthetic) continue;
    const { created } = await ingestArticle(db, {
      title: article.title,
      body: article.body,
      url: article.url,
      source: article.source,
      language: article.language,
      publishedAt: article.publishedAt ? new Date(`${article.publishedAt}T00:00:00Z`) : null,
    });
    report[created ? 'created' : 'unchanged'] += 1;
  }
  return report;
}

/** True before anything was ever ingested: the moment to load the seeds on start-up. */
export async function hasNoArticles(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(articles);
  return (row?.n ?? 0) === 0;
}
