import { type Cache, createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { EventHub } from '../events/hub.js';

export interface ResponseCacheOptions {
  /** distinct (document, variables) answers kept; the least recently used go first */
  maxEntries: number;
}

/**
 * Answers repeated anonymous queries from memory (`@graphql-yoga/plugin-response-cache`),
 * before authentication, parsing or SQL.
 *
 * Every commit notification (ingest, edit, delete, from any instance) and every re-opened
 * LISTEN starts a new generation, and the generation is part of the cache key, taken when
 * the request arrives. So no answer from before a commit is served after its notification,
 * and a request that started before it cannot store its answer at all. The hub announces the
 * commit before it delivers the commit's statements to subscribers, so a client that has seen a
 * statement on this instance never reads a cached page without it. While LISTEN is down (commits would go unheard) the
 * cache is bypassed.
 *
 * Only anonymous requests are cached: a token may see what the public cannot, and is rate
 * limited per request. Answers with errors are never cached (the plugin's default), and
 * sources are left out: the poller changes them without a notification.
 */
export function useParleyResponseCache(events: EventHub, options: ResponseCacheOptions): Plugin {
  let generation = 0;
  let entries = createInMemoryCache({ max: options.maxEntries });
  events.onCommit(() => {
    generation += 1;
    // Nothing from before is served again; dropping it all at once frees the memory.
    entries = createInMemoryCache({ max: options.maxEntries });
  });
  const current = (key: string) => key.startsWith(`${generation}:`);
  // The key (also the answer's ETag) names its generation, so an answer computed before a commit
  // and stored after it, or an If-None-Match with an old ETag, never matches.
  const cache: Cache = {
    get: (key) => (current(key) ? entries.get(key) : undefined),
    set: (key, ...rest) => (current(key) ? entries.set(key, ...rest) : undefined),
    invalidate: (entities) => entries.invalidate(entities),
  };
  return useResponseCache({
    cache,
    session: () => null,
    buildResponseCacheKey: async ({ documentString, operationName, variableValues }) =>
      `${generation}:${await hashSHA256(JSON.stringify([documentString, operationName ?? null, variableValues ?? {}]))}`,
    // graphql-ws operations carry no Request (and skip the plugin's key step): never cached.
    enabled: (request: Request | undefined) => request !== undefined && events.listening && !request.headers.has('authorization'),
    ignoredTypes: ['Source'],
    // Entity-level invalidation by mutation results is replaced by the generation.
    invalidateViaMutation: false,
  });
}
