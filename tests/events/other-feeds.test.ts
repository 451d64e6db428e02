import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collect, ingestVia, until, wsClient } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';
import type { TestServer } from '../support/server.js';

let server: TestServer;
let tokens: SeededServer['tokens'];
let stop: SeededServer['stop'];
const clients: { dispose(): void | Promise<void> }[] = [];

beforeAll(async () => {
  ({ server, tokens, stop } = await startSeededServer());
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(() => stop?.());

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
