import { type Cache, createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { EventHub } from '../events/hub.js';

export interface ResponseCacheOptions {
  /** distinct (document, variables) answers kept; the least recently used go first */
  maxEntries: number;
}

/**
 * A cached answer that carries its own JSON, so a hit is not serialised again. Yoga serialises
 * with `result.stringify` when a result has one (graphql-yoga result-processor/stringify.js), and
 * first drops `extensions.http` (where the cache keeps its ETag) into a copy: the text is of that
 * copy, and answers for any value with the same data and the same other extensions. The property
 * is enumerable because the plugin serves a spread copy of the entry. (server/limits.ts hands
 * yoga the text of a fresh result the same way.)
 */
function serialisedOnce(result: ExecutionResult): ExecutionResult {
  const { http: _http, ...served } = result.extensions ?? {};
  const extensions = Object.keys(served).length > 0 ? served : undefined;
  const text = JSON.stringify({ ...result, extensions });
  const stringify = (value: ExecutionResult) =>
    value.data === result.data && !value.errors && sameEntries(value.extensions, extensions) ? text : JSON.stringify(value);
  return Object.assign({}, result, { stringify });
}

function sameEntries(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
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
    set: (key, result, ...rest) => (current(key) ? entries.set(key, serialisedOnce(result), ...rest) : undefined),
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
