import type { Database } from '../db/client.js';
import { ingestArticle, maxArticleChars } from '../services/articles.js';
import { FetchFailedError } from '../services/errors.js';
import type { Extractor } from '../services/extraction.js';
import type { ArticleInput, IngestResult } from '../services/ingest.js';
import type { Fetcher } from './fetch.js';
import { readPage } from './page.js';

const htmlAccept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/** What a listing (feed item, index link) says about an article, used where the page is silent. */
export interface ArticleHints {
  title?: string | null | undefined;
  publishedAt?: Date | null | undefined;
  language?: string | null | undefined;
}

/**
 * Fetches a page and reads its article as ingestion input, keyed by the URL asked for (so a
 * redirecting link is recognised next time); null when the page holds no article text.
 */
export async function fetchArticle(fetcher: Fetcher, url: string, hints: ArticleHints = {}, signal?: AbortSignal): Promise<ArticleInput | null> {
  const page = await fetcher.fetch(url, { accept: htmlAccept, signal });
  // Never sent conditionally, so never 304; the branch keeps the types honest.
  if (page.notModified) throw new FetchFailedError(`${url} answered 304 to an unconditional request`);
  if (!/html|xml/i.test(page.contentType) && page.contentType !== '') {
    throw new FetchFailedError(`${url} is ${page.contentType.split(';')[0]}, not an HTML page`);
  }
  const article = readPage(page.text, maxArticleChars);
  if (!article) return null;
  return {
    title: article.title || hints.title || url,
    body: article.body,
    url,
    publishedAt: hints.publishedAt ?? article.publishedAt,
    language: languageTag(hints.language) ?? languageTag(article.language),
  };
}

/** A BCP 47 tag in the form ingestion accepts ("en", "en-GB"), or null for anything else. */
export function languageTag(value: string | null | undefined): string | null {
  const tag = value?.trim().replace(/_/g, '-');
  if (!tag) return null;
  const [primary = '', ...rest] = tag.split('-');
  const normal = [primary.toLowerCase(), ...rest].join('-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(normal) ? normal : null;
}

/** `ingestUrl`: fetches one page now and ingests its article; FETCH_FAILED when it holds none. */
export async function ingestPage(db: Database, fetcher: Fetcher, extract: Extractor, url: string): Promise<IngestResult> {
  const normal = fetcher.check(url).href;
  const article = await fetchArticle(fetcher, normal);
  if (article === null) throw new FetchFailedError(`${normal} holds no article text that could be read`);
  return ingestArticle(db, article, extract);
}
