import { FetchFailedError } from '../services/errors.js';
import type { SourceKind } from '../services/sources.js';
import { FeedFormatError, readFeed } from './feeds.js';
import type { Fetcher } from './fetch.js';

/**
 * Fetches a source once before it is followed, so a wrong URL or kind is refused with a
 * typed error (INVALID_URL, UNREACHABLE, FETCH_FAILED) instead of becoming a failing source.
 * Answers the normalised URL.
 */
export async function probeSource(fetcher: Fetcher, url: string, kind: SourceKind): Promise<string> {
  const normal = fetcher.check(url).href;
  const fetched = await fetcher.fetch(normal, { accept: kind === 'PAGE' ? 'text/html' : '*/*' });
  if (fetched.notModified || kind === 'PAGE') return normal;
  try {
    readFeed(fetched.text, kind, fetched.url);
  } catch (error) {
    if (error instanceof FeedFormatError) throw new FetchFailedError(`${normal}: ${error.message}`);
    throw error;
  }
  return normal;
}
