import { extract } from '../ingest/extract.js';
import type { ArticleText, Catalogue, Extraction } from '../ingest/types.js';

/** Runs in a piscina worker thread: extraction is pure CPU work and must not hold the event loop. */
export default function extractInWorker({ article, catalogue }: { article: ArticleText; catalogue: Catalogue }): Extraction {
  return extract(article, catalogue);
}
