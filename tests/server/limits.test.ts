import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { storeSaying, storeTestCatalogue } from '../support/dataset.js';
import { startTestServer, type TestServer } from '../support/server.js';

let database: TestDatabase;
let server: TestServer;
const leftovers: (() => unknown)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await storeTestCatalogue(database.db);
  await storeSaying(database.db, 'Talks', [{ speaker: 'vladimir-putin', quote: 'We are ready for negotiations', topics: ['peace-talks'] }]);
});

afterAll(async () => {
  for (const dispose of leftovers.splice(0).reverse()) await dispose();
  await server?.stop();
  await database?.dispose();
});

describe('the cost limit', () => {
  it('reports what an accepted operation cost, weighing a connection by its first', async () => {
    const small = await server.graphql('{ statements(first: 1) { nodes { text } } }');
    const large = await server.graphql('{ statements(first: 100) { nodes { text } } }');
    const cost = (result: { extensions?: Record<string, unknown> }) => result.extensions?.cost as { requested: number; limit: number };
    expect(cost(small)).toEqual({ requested: 3, limit: 5000 });
    expect(cost(large).requested).toBe(201);
  });

  it('refuses the 20-alias article-body query before running it, with its cost', async () => {
    database.resetQueryLog();
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: statements(first: 100) { nodes { text context article { body } } }`).join(' ')} }`;
    const { data, errors } = await server.graphql(query);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: { limit: 5000 } });
    expect(database.queries).toEqual([]);
  });
});

describe('the response size cap', () => {
  it('answers RESPONSE_TOO_LARGE instead of a result past RESPONSE_MAX_BYTES', async () => {
    const tight = await startTestServer(database, { settings: { RESPONSE_MAX_BYTES: 300 } });
    leftovers.push(() => tight.stop());
    const { errors } = await tight.graphql('{ stakeholders(first: 100) { nodes { name aliases role slug } } topics { nodes { keywords } } }');
    expect(errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect((await tight.graphql('{ topics { totalCount } }')).errors).toBeUndefined();
  });
});

describe('stakeholder search', () => {
  it('matches % and _ literally', async () => {
    const count = async (search: string) =>
      (await server.graphql<{ stakeholders: { totalCount: number } }>('query ($s: String) { stakeholders(filter: { search: $s }) { totalCount } }', { s: search })).data
        ?.stakeholders.totalCount;
    expect(await count('Putin')).toBe(1);
    expect(await count('%')).toBe(0);
    expect(await count('P_tin')).toBe(0);
  });
});

describe('introspection switched off', () => {
  it('is refused over graphql-ws as over HTTP', async () => {
    const closed = await startTestServer(database, { settings: { GRAPHQL_INTROSPECTION: false } });
    leftovers.push(() => closed.stop());
    const client = createClient({ url: closed.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    leftovers.push(() => client.dispose());
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: '{ __schema { types { name } } }' }, { next: resolve, error: resolve, complete: () => {} });
    });
    expect(JSON.stringify(outcome)).toMatch(/GRAPHQL_VALIDATION_FAILED/);
    expect((await closed.graphql('{ __schema { types { name } } }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
