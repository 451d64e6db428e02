import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LatestStatements } from '../../examples/apollo/documents.js';
import { ingestVia } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';

let seeded: SeededServer;

beforeAll(async () => {
  seeded = await startSeededServer();
  await ingestVia(seeded.server, seeded.tokens.ingest, 'Conventions', ['Said once.', 'Said twice.']);
});

afterAll(() => seeded?.stop());

/** The header README names: GET (and other "simple") requests must carry it. */
const csrf = { 'x-graphql-yoga-csrf': '1' };

const withHeaders = (headers: Record<string, string>) => (input: RequestInfo | URL, init: RequestInit = {}) =>
  fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), ...headers } });

describe('GraphQL over HTTP (graphql-http audit)', () => {
  it('passes every audit, GET included, when requests carry the CSRF header', async () => {
    const results = await Promise.all(serverAudits({ url: seeded.server.url, fetchFn: withHeaders(csrf) }).map((audit) => audit.fn()));
    const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });

  it('refuses GET without the header (CSRF prevention), and answers it with the header', async () => {
    const url = `${seeded.server.url}?query=${encodeURIComponent('{ statements(first: 1) { totalCount } }')}`;
    expect((await fetch(url)).status).toBe(403);
    const response = await fetch(url, { headers: csrf });
    expect(response.status).toBe(200);
    // Every result also reports its cost (extensions.cost).
    expect(await response.json()).toMatchObject({ data: { statements: { totalCount: 2 } }, extensions: { cost: { requested: 2 } } });
  });
});

describe('automatic persisted queries', () => {
  /** An Apollo client whose requests are recorded as the server received them. */
  function recordingClient(options: { useGETForHashedQueries?: boolean } = {}) {
    const sent: { method: string; query: boolean; hash: boolean }[] = [];
    const recording = async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input));
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : Object.fromEntries(url.searchParams);
      sent.push({ method: init.method ?? 'GET', query: typeof body.query === 'string', hash: String(JSON.stringify(body.extensions ?? '')).includes('sha256Hash') });
      return fetch(input, init);
    };
    const link = ApolloLink.from([
      new PersistedQueryLink({ sha256: (q) => createHash('sha256').update(q).digest('hex'), ...options }),
      new HttpLink({ uri: seeded.server.url, headers: csrf, fetch: recording }),
    ]);
    return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
  }

  it("works with Apollo's PersistedQueryLink: the hash first, the text once when asked, then the hash alone", async () => {
    const first = recordingClient();
    const { data } = await first.client.query({ query: LatestStatements, variables: { first: 2 } });
    expect(data?.statements.edges.map((e) => e.node.text)).toEqual(['Said twice.', 'Said once.']);
    // Unknown hash → PERSISTED_QUERY_NOT_FOUND → the link retries with the text.
    expect(first.sent).toEqual([
      { method: 'POST', query: false, hash: true },
      { method: 'POST', query: true, hash: true },
    ]);
    const second = recordingClient({ useGETForHashedQueries: true });
    const again = await second.client.query({ query: LatestStatements, variables: { first: 1 } });
    expect(again.data?.statements.edges.map((e) => e.node.text)).toEqual(['Said twice.']);
    // Known now: one GET carrying only the hash (and the CSRF header).
    expect(second.sent).toEqual([{ method: 'GET', query: false, hash: true }]);
    first.client.stop();
    second.client.stop();
  });

  it('answers a hash it does not know with PERSISTED_QUERY_NOT_FOUND', async () => {
    const response = await fetch(seeded.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    expect(await response.json()).toMatchObject({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
  });
});
