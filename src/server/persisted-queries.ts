import { createInMemoryAPQStore, useAPQ } from '@graphql-yoga/plugin-apq';
import type { Plugin } from 'graphql-yoga';

/** Longest query text kept by hash: beyond it a client just sends the text each time. */
export const maxPersistedQueryChars = 20_000;

/**
 * Automatic persisted queries, the protocol of Apollo's `PersistedQueryLink`: a client sends a
 * query's SHA-256; only when this process answers PERSISTED_QUERY_NOT_FOUND does it send the
 * text, which is then kept (in memory, per process, LRU). Hashed queries work with GET, so
 * they can be cached by proxies; GET needs the CSRF header like every GET here.
 */
export function usePersistedQueries(): Plugin {
  const store = createInMemoryAPQStore({ max: 1_000, ttl: 24 * 60 * 60 * 1_000 });
  return useAPQ({
    store: {
      get: (hash) => store.get(hash),
      // Bounded memory: at most 1 000 texts of at most 20 000 characters.
      set: (hash, query) => (query.length <= maxPersistedQueryChars ? store.set(hash, query) : undefined),
    },
  });
}
