import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/seeds/files.js';
import { storeCatalogue } from '../../src/services/catalogue.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { collect, ingestVia, until, wsClient } from '../support/live.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { issueTokens } from '../support/tokens.js';

let database: TestDatabase;
let server: TestServer;
let tokens: Awaited<ReturnType<typeof issueTokens>>;
const clients: { dispose(): void | Promise<void> }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await storeCatalogue(database.db, await readCatalogue());
  tokens = await issueTokens(database.db);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await server?.stop();
  await database?.dispose();
});

describe('articleIngested', () => {
  it('announces each newly ingested article once, with its statements', async () => {
    const client = wsClient(server);
    clients.push(client);
    const feed = collect<{ articleIngested: { article: { title: string; statements: { totalCount: number } } } }>(
      client,
      'subscription { articleIngested { article { title statements { totalCount } } } }',
      {},
      1,
    );
    await until(() => server.app.events.subscribersByFeed.articles > 0);
    await ingestVia(server, tokens.ingest, 'Announced article', ['One thing.', 'Another thing.']);
    const [event] = await feed.done;
    expect(event?.articleIngested.article).toEqual({ title: 'Announced article', statements: { totalCount: 2 } });
  });
});

describe('positionChanged', () => {
  it('delivers recorded positions matching the filter, and skips the others', async () => {
    const client = wsClient(server);
    clients.push(client);
    const feed = collect<{ positionChanged: { position: { stance: string; stakeholder: { slug: string }; topic: { slug: string } } } }>(
      client,
      'subscription { positionChanged(filter: { stakeholder: "donald-trump" }) { position { stance stakeholder { slug } topic { slug } } } }',
      {},
      1,
    );
    await until(() => server.app.events.subscribersByFeed.positions > 0);
    const record = (stakeholder: string, stance: string) =>
      server.graphql(
        `mutation { recordPosition(input: { stakeholder: "${stakeholder}", topic: "ceasefire", stance: ${stance}, summary: "test" }) { __typename } }`,
        {},
        tokens.ingest,
      );
    await record('vladimir-putin', 'OPPOSES');
    await record('donald-trump', 'SUPPORTS');
    const [event] = await feed.done;
    expect(event?.positionChanged.position).toEqual({ stance: 'SUPPORTS', stakeholder: { slug: 'donald-trump' }, topic: { slug: 'ceasefire' } });
  });
});
