import type { Database } from '../db/client.js';
import { ingestArticle } from '../services/articles.js';
import { ParleyError } from '../services/errors.js';
import type { Extractor } from '../services/extraction.js';
import { itemsToFetch, type PollOutcome, recordItem, type SourceRow } from '../services/sources.js';
import { type FeedItem, readFeed } from './feeds.js';
import type { Fetcher } from './fetch.js';
import { pageLinks } from './page.js';
import { fetchArticle } from './web-article.js';

export interface PollSettings {
  itemsPerPoll: number;
  itemAttempts: number;
  /** when the poll must stop starting new items (its lease runs out soon after) */
  deadline: number;
}

export interface PollDependencies {
  db: Database;
  fetcher: Fetcher;
  extract: Extractor;
  signal: AbortSignal;
}

/** Items beyond this many in one listing are not looked at: a feed of 10 000 entries costs no more than one of 500. */
const maxListed = 500;

const accepts: Record<SourceRow['kind'], string> = {
  RSS: 'application/rss+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1',
  ATOM: 'application/atom+xml, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1',
  JSON_FEED: 'application/feed+json, application/json;q=0.9, */*;q=0.1',
  PAGE: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
};

/** The message an operator sees in `lastError`: typed errors as they are, anything else named as unexpected. */
export function problemOf(error: unknown): string {
  if (error instanceof ParleyError || (error instanceof Error && error.name === 'FeedFormatError')) return error.message;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * One poll of one source: a conditional request for its feed or page, then each new item's
 * page, read and ingested through the normal pipeline. It never throws for what the web does:
 * every failure ends in the outcome, which becomes the source's status.
 */
export async function pollSource(deps: PollDependencies, source: SourceRow, settings: PollSettings): Promise<PollOutcome> {
  let listing: { items: Pick<FeedItem, 'url' | 'title' | 'publishedAt' | 'language'>[]; etag: string | null; lastModified: string | null };
  try {
    const fetched = await deps.fetcher.fetch(source.url, { accept: accepts[source.kind], etag: source.etag, lastModified: source.lastModified, signal: deps.signal });
    if (fetched.notModified) return { reached: true, error: null, ingested: 0 };
    const items =
      source.kind === 'PAGE'
        ? pageLinks(fetched.text, fetched.url).map((link) => ({ ...link, publishedAt: null, language: null }))
        : readFeed(fetched.text, source.kind, fetched.url);
    listing = { items: items.slice(0, maxListed), etag: fetched.etag, lastModified: fetched.lastModified };
  } catch (error) {
    if (deps.signal.aborted) throw error;
    return { reached: false, error: problemOf(error), ingested: 0 };
  }

  const byUrl = new Map(listing.items.map((item) => [item.url, item]));
  const todo = await itemsToFetch(deps.db, source.id, [...byUrl.keys()], settings.itemAttempts);
  const batch = todo.slice(0, settings.itemsPerPoll);
  const failures: string[] = [];
  let ingested = 0;
  let done = 0;
  for (const url of batch) {
    if (deps.signal.aborted || Date.now() > settings.deadline) break;
    const item = byUrl.get(url);
    try {
      const article = await fetchArticle(deps.fetcher, url, item ?? {}, deps.signal);
      if (article === null) {
        await recordItem(deps.db, source.id, url, { state: 'SKIPPED', error: 'no article text on the page' });
      } else {
        const result = await ingestArticle(deps.db, { ...article, source: source.name, sourceId: source.id }, deps.extract);
        if (result.created) ingested += 1;
        await recordItem(deps.db, source.id, url, { state: 'INGESTED', articleId: result.articleId });
      }
    } catch (error) {
      if (deps.signal.aborted) break;
      failures.push(`${url}: ${problemOf(error)}`);
      await recordItem(deps.db, source.id, url, { state: 'FAILED', error: problemOf(error) });
    }
    done += 1;
  }

  // Validators are kept only when every listed item is settled: a 304 next time would
  // otherwise hide the items left for later.
  const settled = done === todo.length && failures.length === 0;
  return {
    reached: true,
    error: failures.length > 0 ? `${failures.length} of ${done} new items failed; ${failures[0]}` : null,
    etag: settled ? listing.etag : null,
    lastModified: settled ? listing.lastModified : null,
    ingested,
  };
}
