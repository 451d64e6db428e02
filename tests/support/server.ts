import { type App, type AppOptions, buildApp } from '../../src/server/app.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';

export interface TestServer {
  url: string;
  wsUrl: string;
  /** POSTs a GraphQL operation and returns the parsed JSON response. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> }>;
  stop(): Promise<void>;
  app: App;
}

/**
 * Parley on a free port over real HTTP and WebSocket. The source poller is off unless a test
 * turns it on (`settings: { SOURCES_POLL: true }`): its ticks would add queries to files that count them.
 */
export async function startTestServer(database: DatabaseHandle, options: Partial<AppOptions> = {}): Promise<TestServer> {
  const app = buildApp({ database, logger: createLogger('silent'), ...options, settings: { SOURCES_POLL: false, ...options.settings } });
  const { port } = await app.start(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    wsUrl: url.replace('http', 'ws'),
    async graphql(query, variables, headers) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    stop: () => app.stop(),
    app,
  };
}
