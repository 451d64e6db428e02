import { type AnyFeed, parseFeed } from 'feedsmith';
import type { sourceKinds } from '../db/schema.js';

/** One article a feed lists: where its page is, and what the feed says about it. */
export interface FeedItem {
  url: string;
  title: string | null;
  publishedAt: Date | null;
  language: string | null;
}

/** A feed that is not of the kind its source was added with, or no feed at all. */
export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}

type FeedKind = Exclude<(typeof sourceKinds)[number], 'PAGE'>;

/** feedsmith's format names, by source kind (RSS 1.0, i.e. RDF, counts as RSS). */
const formatsOf: Record<FeedKind, string[]> = { RSS: ['rss', 'rdf'], ATOM: ['atom'], JSON_FEED: ['json'] };
const kindOf: Record<string, string> = { rss: 'RSS', rdf: 'RSS', atom: 'ATOM', json: 'JSON_FEED' };

/**
 * Reads a feed with feedsmith and lists its items newest first as the feed orders them,
 * each page URL once (a feed may list one twice), resolved against the feed's URL.
 */
export function readFeed(text: string, kind: FeedKind, feedUrl: string): FeedItem[] {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed(kind === 'JSON_FEED' ? parseJson(text) : text);
  } catch (error) {
    throw new FeedFormatError(`not a readable ${kind} feed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!formatsOf[kind].includes(parsed.format)) {
    throw new FeedFormatError(`this is a ${kindOf[parsed.format] ?? parsed.format} feed, not ${kind}: add it with kind ${kindOf[parsed.format] ?? 'RSS'}`);
  }
  const seen = new Set<string>();
  return itemsOf(parsed).flatMap((item) => {
    const url = absolute(item.link, feedUrl);
    if (url === null || seen.has(url)) return [];
    seen.add(url);
    return [{ url, title: item.title?.trim() || null, publishedAt: dateOf(item.date), language: item.language ?? null }];
  });
}

interface RawItem {
  link: string | undefined;
  title: string | undefined;
  date: string | undefined;
  language: string | undefined;
}

function itemsOf(parsed: AnyFeed<string>): RawItem[] {
  switch (parsed.format) {
    case 'rss': {
      const { feed } = parsed;
      return (feed.items ?? []).map((item) => ({
        link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
        title: item.title,
        date: item.pubDate ?? item.dc?.dates?.[0],
        language: feed.language ?? feed.dc?.languages?.[0],
      }));
    }
    case 'rdf': {
      const { feed } = parsed;
      return (feed.items ?? []).map((item) => ({ link: item.link, title: item.title, date: item.dc?.dates?.[0], language: feed.dc?.languages?.[0] }));
    }
    case 'atom': {
      const { feed } = parsed;
      return (feed.entries ?? []).map((entry) => ({
        link: (entry.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href,
        title: entry.title?.value,
        date: entry.published ?? entry.updated,
        language: entry.xml?.lang ?? feed.xml?.lang,
      }));
    }
    case 'json': {
      const { feed } = parsed;
      return (feed.items ?? []).map((item) => ({
        link: item.url ?? item.external_url,
        title: item.title,
        date: item.date_published ?? item.date_modified,
        language: item.language ?? feed.language,
      }));
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedFormatError(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** An http(s) URL resolved against the feed's, or null. */
export function absolute(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim(), base);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function dateOf(text: string | undefined): Date | null {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}
