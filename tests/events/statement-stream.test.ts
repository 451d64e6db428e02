import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/events/cursor.js';
import type { TestDatabase } from '../support/database.js';
import { allSeqs, collect, ingestVia, type Received, statementAdded, until, wsClient } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';
import type { TestServer } from '../support/server.js';

let database: TestDatabase;
let server: TestServer;
let tokens: SeededServer['tokens'];
let stop: SeededServer['stop'];
const clients: { dispose(): void | Promise<void> }[] = [];

beforeAll(async () => {
  ({ database, server, tokens, stop } = await startSeededServer({ settings: { TOKEN_RECHECK_MS: 100 } }));
});

// Tables are never truncated under a running hub: seq never goes back in production either.
let baseline: number;
beforeEach(async () => {
  await until(() => server.app.events.subscriberCount === 0);
  baseline = (await allSeqs(database.db)).length;
});

const ingestedSince = async () => (await allSeqs(database.db)).slice(baseline);

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

afterAll(() => stop?.());

const seqsOf = (events: { statementAdded: Received }[]) => events.map((e) => e.statementAdded.node.seq);

describe('statementAdded over graphql-ws', () => {
  it('delivers statements ingested through the mutation, with their relations', async () => {
    const client = wsClient(server);
    clients.push(client);
    const feed = collect<{ statementAdded: Received }>(client, statementAdded, {}, 2);
    await until(() => server.app.events.subscriberCount > 0);
    await ingestVia(server, tokens.ingest, 'Live one', ['We are ready to talk.', 'The door is open.']);
    const events = await feed.done;
    expect(events.map((e) => [e.statementAdded.node.text, e.statementAdded.node.speaker.name])).toEqual([
      ['We are ready to talk.', 'Vladimir Putin'],
      ['The door is open.', 'Vladimir Putin'],
    ]);
    expect(seqsOf(events)).toEqual(await ingestedSince());
  });

  it('replays everything after a cursor, then continues live, without gap or duplicate', async () => {
    await ingestVia(server, tokens.ingest, 'Before one', ['First said.', 'Second said.']);
    await ingestVia(server, tokens.ingest, 'Before two', ['Third said.']);
    const client = wsClient(server);
    clients.push(client);
    const first = collect<{ statementAdded: Received }>(client, statementAdded, { after: null }, 1);
    await until(() => server.app.events.subscriberCount > 0);
    await ingestVia(server, tokens.ingest, 'Now', ['Fourth said.']);
    const [head] = await first.done;
    first.stop();
    // Resume from just before this test's first statement.
    const after = encodeCursor(baseline);
    const resume = collect<{ statementAdded: Received }>(client, statementAdded, { after }, 5);
    await until(() => resume.received.length >= 4);
    await ingestVia(server, tokens.ingest, 'After', ['Fifth said.']);
    const events = await resume.done;
    expect(head?.statementAdded.node.text).toBe('Fourth said.');
    expect(events.map((e) => e.statementAdded.node.text)).toEqual(['First said.', 'Second said.', 'Third said.', 'Fourth said.', 'Fifth said.']);
    expect(seqsOf(events)).toEqual(await ingestedSince());
  });

  it('filters by speaker in memory', async () => {
    const client = wsClient(server);
    clients.push(client);
    const feed = collect<{ statementAdded: Received }>(client, statementAdded, { filter: { speaker: 'donald-trump' } }, 1);
    await until(() => server.app.events.subscriberCount > 0);
    await ingestVia(server, tokens.ingest, 'Putin only', ['Not for Trump subscribers.']);
    const { errors } = await server.graphql(
      'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }',
      { input: { title: 'Trump speaks', body: 'Donald Trump said: “We will see.”' } },
      tokens.ingest,
    );
    expect(errors).toBeUndefined();
    const [event] = await feed.done;
    expect(event?.statementAdded.node).toMatchObject({ text: 'We will see.', speaker: { name: 'Donald Trump' } });
  });

  it('closes a socket with 4403 once its token is revoked', async () => {
    const { createToken, revokeToken } = await import('../../src/services/tokens.js');
    const token = await createToken(database.db, { name: 'short-lived', scopes: ['ingest'] });
    const closed = new Promise<number>((resolve) => {
      const client = wsClient(server, { authorization: `Bearer ${token.secret}` });
      clients.push(client);
      client.on('closed', (event) => resolve((event as { code: number }).code));
      collect(client, statementAdded, {}, 1).done.catch(() => {});
    });
    await until(() => server.app.events.subscriberCount > 0);
    await revokeToken(database.db, token.id);
    expect(await closed).toBe(4403);
  });
});

describe('fan-out cost', () => {
  it('loads each new statement once per process, however many subscribers share a query', async () => {
    const feeds = Array.from({ length: 5 }, () => {
      const client = wsClient(server);
      clients.push(client);
      return collect<{ statementAdded: Received }>(client, statementAdded, {}, 1);
    });
    await until(() => server.app.events.subscriberCount === 5);
    database.resetQueryLog();
    await ingestVia(server, tokens.ingest, 'Fan-out', ['Heard by five.']);
    const events = await Promise.all(feeds.map((feed) => feed.done));
    expect(events.map(([event]) => event?.statementAdded.node.text)).toEqual(Array(5).fill('Heard by five.'));
    const eventLoads = database.queries.filter((sql) => /^select .*array_agg/.test(sql));
    const nodeLoads = database.queries.filter((sql) => /^select .*from "statements" as "d0".* where "d0"."id" = \$\d+/.test(sql));
    expect({ eventLoads: eventLoads.length, nodeLoads: nodeLoads.length }).toEqual({ eventLoads: 1, nodeLoads: 1 });
  });
});

describe('token expiry', () => {
  it('closes a socket with 4403 the moment its token expires', async () => {
    const { createToken } = await import('../../src/services/tokens.js');
    const token = await createToken(database.db, { name: 'expiring', scopes: ['ingest'], expiresAt: new Date(Date.now() + 1_000) });
    const client = wsClient(server, { authorization: `Bearer ${token.secret}` });
    clients.push(client);
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    collect(client, statementAdded, {}, 1).done.catch(() => {});
    expect(await closed).toBe(4403);
  });

  it('refuses a socket whose connection_init carries an unknown token', async () => {
    const client = wsClient(server, { authorization: 'Bearer prl_unknown' });
    clients.push(client);
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    collect(client, statementAdded, {}, 1).done.catch(() => {});
    expect(await closed).toBe(4403);
  });
});

describe('subscription errors', () => {
  it('answers NOT_FOUND for a filter naming an unknown speaker', async () => {
    const client = wsClient(server);
    clients.push(client);
    const failure = await collect(client, statementAdded, { filter: { speaker: 'nobody-at-all' } }, 1).done.then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/Stakeholder \\"nobody-at-all\\" does not exist/);
    expect(failure).toMatch(/NOT_FOUND/);
  });
});
