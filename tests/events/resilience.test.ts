import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { decodeCursor } from '../../src/events/cursor.js';
import { statementStream } from '../../src/events/stream.js';
import { EventHub } from '../../src/events/hub.js';
import { ingestArticle } from '../../src/services/articles.js';
import type { TestDatabase } from '../support/database.js';
import { allSeqs, articleOf, collect, ingestVia, type Received, statementAdded, until, wsClient } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';
import { startTestServer, type TestServer } from '../support/server.js';

let database: TestDatabase;
let server: TestServer;
let tokens: SeededServer['tokens'];
let stop: SeededServer['stop'];
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  ({ database, server, tokens, stop } = await startSeededServer());
});

let baseline: number;
beforeEach(async () => {
  baseline = (await allSeqs(database.db)).length;
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await until(() => server.app.events.subscriberCount === 0);
});

afterAll(() => stop?.());

const ingestedSince = async () => (await allSeqs(database.db)).slice(baseline);
const seqsOf = (events: { statementAdded: Received }[]) => events.map((e) => e.statementAdded.node.seq);
/** Known before the database opens: `it.skipIf` is decided while tests are collected. */
const onServer = Boolean(loadConfig().DATABASE_URL);

describe('across instances', () => {
  it('delivers on instance A what was ingested through instance B', async () => {
    // On a server, B has its own pool and LISTEN connection, as a second process would.
    const second: DatabaseHandle = database.url ? await openDatabase({ url: database.url }) : database;
    if (second !== database) cleanups.push(() => second.close());
    const instanceB = await startTestServer(second);
    cleanups.push(() => instanceB.stop());
    const client = wsClient(server);
    cleanups.push(() => client.dispose());
    const feed = collect<{ statementAdded: Received }>(client, statementAdded, {}, 2);
    await until(() => server.app.events.subscriberCount > 0);
    await ingestVia(instanceB, tokens.ingest, 'Ingested on B', ['Heard on A.', 'Also heard on A.']);
    expect((await feed.done).map((e) => e.statementAdded.node.text)).toEqual(['Heard on A.', 'Also heard on A.']);
  });
});

describe('resuming', () => {
  it('gives a client killed mid-stream every statement exactly once when it resumes with its last cursor', async () => {
    const first = wsClient(server);
    const partial = collect<{ statementAdded: Received }>(first, statementAdded, {}, 2);
    await until(() => server.app.events.subscriberCount > 0);
    await ingestVia(server, tokens.ingest, 'Resume one', ['One.', 'Two.', 'Three.']);
    const seen = await partial.done;
    await first.terminate();
    await first.dispose();
    await ingestVia(server, tokens.ingest, 'Resume two', ['Four.', 'Five.']);

    const last = seen.at(-1)?.statementAdded.cursor;
    const second = wsClient(server);
    cleanups.push(() => second.dispose());
    const expected = await ingestedSince();
    const rest = collect<{ statementAdded: Received }>(second, statementAdded, { after: last }, expected.length - seen.length);
    const union = [...seqsOf(seen), ...seqsOf(await rest.done)];
    expect(union).toEqual(expected);
    expect(new Set(union).size).toBe(union.length);
  });

  it('ends a subscriber that falls behind with a typed error carrying its last cursor', async () => {
    const hub = new EventHub(database, { queueCapacity: 2 });
    await hub.start();
    cleanups.push(() => hub.stop());
    const stream = await statementStream(database.db, hub, {}, undefined);
    const firstRead = stream.next();
    await until(() => hub.subscriberCount > 0);
    await ingestArticle(database.db, articleOf('Flood', ['A.', 'B.', 'C.', 'D.']));
    const received = [(await firstRead).value];
    let overflow: { extensions: { code: string; lastCursor: string } } | undefined;
    while (!overflow) {
      await stream.next().then(
        (result) => received.push(result.value),
        (error: { extensions: { code: string; lastCursor: string } }) => {
          overflow = error;
        },
      );
    }
    // It got what its queue held, then the error: nothing after the cursor was delivered.
    expect(received.length).toBeLessThan(4);
    expect(overflow.extensions.code).toBe('SUBSCRIBER_OVERFLOW');
    expect(decodeCursor(overflow.extensions.lastCursor)).toBe(received.at(-1)?.seq);
  });
});

describe('commit order', () => {
  it('numbers statements ingested concurrently over several connections without holes, and streams them in order', async () => {
    const client = wsClient(server);
    cleanups.push(() => client.dispose());
    const articles = Array.from({ length: 8 }, (_, i) => articleOf(`Concurrent ${i}`, [`Concurrent ${i} first.`, `Concurrent ${i} second.`]));
    const feed = collect<{ statementAdded: Received }>(client, statementAdded, {}, articles.length * 2);
    await until(() => server.app.events.subscriberCount > 0);
    await Promise.all(articles.map((article) => ingestArticle(database.db, article)));
    const seqs = seqsOf(await feed.done);
    expect(seqs).toEqual(await ingestedSince());
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => (seqs[0] ?? 0) + i));
  });
});

describe('a dropped LISTEN connection', () => {
  const terminateListeners = (db: DatabaseHandle['db']) =>
    db.execute(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%'`);

  it.skipIf(!onServer)('loses nothing: the gap is back-filled by seq (server only: PGlite has no backend to kill)', async () => {
    const client = wsClient(server);
    cleanups.push(() => client.dispose());
    const feed = collect<{ statementAdded: Received }>(client, statementAdded, {}, 4);
    await until(() => server.app.events.subscriberCount > 0);
    await terminateListeners(database.db);
    await ingestVia(server, tokens.ingest, 'While deaf', ['Said while nobody listened.', 'Also unheard.']);
    await ingestVia(server, tokens.ingest, 'After', ['Said after.', 'And more.']);
    expect(seqsOf(await feed.done)).toEqual(await ingestedSince());
  });

  it.skipIf(!onServer)('makes /ready answer 503 until LISTEN is back (server only)', async () => {
    const slow = await startTestServer(database, { events: { reconnectDelayMs: 1500 } });
    cleanups.push(() => slow.stop());
    const ready = () => fetch(slow.url.replace('/graphql', '/ready')).then((r) => r.status);
    expect(await ready()).toBe(200);
    await terminateListeners(database.db);
    await until(async () => (await ready()) === 503);
    await until(async () => (await ready()) === 200);
  });
});
