import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { storeSaying, storeTestCatalogue } from '../support/dataset.js';
import { collect, ingestVia, type Received, statementAdded, until, wsClient } from '../support/live.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { issueTokens } from '../support/tokens.js';

let database: TestDatabase;
/** logs its SQL through `database.queries` */
let first: TestServer;
let second: TestServer;
let tokens: Awaited<ReturnType<typeof issueTokens>>;
const disposals: (() => unknown)[] = [];

const cached = { settings: { RESPONSE_CACHE: true } };

/**
 * Two instances with the response cache on, on one database (on a server each has its own
 * pool and LISTEN connection; PGlite is one embedded engine, shared), as two replicas.
 */
beforeAll(async () => {
  database = await createTestDatabase();
  disposals.push(() => database.dispose());
  await storeTestCatalogue(database.db);
  await storeSaying(database.db, 'Before', [{ speaker: 'vladimir-putin', quote: 'The talks are over' }]);
  tokens = await issueTokens(database.db);
  first = await startTestServer(database, cached);
  disposals.push(() => first.stop());
  const secondHandle = database.url ? await openDatabase({ url: database.url }) : database;
  if (secondHandle !== database) disposals.push(() => secondHandle.close());
  second = await startTestServer(secondHandle, cached);
  disposals.push(() => second.stop());
});

afterAll(async () => {
  for (const dispose of disposals.reverse()) await dispose();
});

const feed = '{ statements(first: 50) { nodes { seq text speaker { name } } } }';
type Feed = { statements: { nodes: { seq: number; text: string; speaker: { name: string } | null }[] } };

/** The SQL `first` sends for one request, and its answer. */
async function sqlFor(query: string, headers?: Record<string, string>) {
  database.resetQueryLog();
  const answer = await first.graphql<Feed>(query, undefined, headers);
  expect(answer.errors).toBeUndefined();
  return { answer, sql: [...database.queries] };
}

describe('response cache', () => {
  it('answers a repeated anonymous query without SQL', async () => {
    // A document no other test sends, so the first request cannot be one their requests cached.
    const repeated = feed.replace('{ statements', 'query Repeated { statements');
    const miss = await sqlFor(repeated);
    expect(miss.sql.length).toBeGreaterThan(0);
    const hit = await sqlFor(repeated);
    expect(hit.sql).toEqual([]);
    expect(hit.answer.data).toEqual(miss.answer.data);
  });

  it('sends a hit byte for byte as it sent the miss, without the cache’s own fields', async () => {
    const query = '{ statements(first: 5) { nodes { seq text kind speaker { slug name } } } }';
    const body = async () => {
      const response = await fetch(first.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return { etag: response.headers.get('etag'), text: await response.text() };
    };
    database.resetQueryLog();
    const miss = await body();
    const hit = await body();
    expect(database.queries.length).toBe(1);
    expect(hit).toEqual(miss);
    expect(miss.etag).toBeTruthy();
    expect(miss.text).not.toMatch(/__responseCache|"http"|stringify/);
    expect(JSON.parse(miss.text)).toMatchObject({ data: { statements: { nodes: expect.any(Array) } }, extensions: { cost: expect.any(Object) } });
  });

  it('never caches for a caller with a token', async () => {
    await sqlFor(feed, tokens.ingest);
    const again = await sqlFor(feed, tokens.ingest);
    expect(again.sql.some((text) => /from "statements"/.test(text))).toBe(true);
  });

  it('a statement received over a subscription on one instance is in its next page, though ingested on the other', async () => {
    // Both instances hold the feed from before the ingest.
    for (const server of [first, second]) await server.graphql(feed);
    expect((await sqlFor(feed)).sql).toEqual([]);
    const client = wsClient(first);
    try {
      const live = collect<{ statementAdded: Received }>(client, statementAdded, {}, 1);
      await until(() => first.app.events.subscriberCount === 1);
      await ingestVia(second, tokens.ingest, 'After', ['We will sign the treaty']);
      const [event] = await live.done;
      // The first request after the event, with no pause in between.
      const page = await first.graphql<Feed>(feed);
      expect(page.data?.statements.nodes[0]).toMatchObject({ seq: event?.statementAdded.node.seq, text: 'We will sign the treaty' });
      live.stop();
    } finally {
      await client.dispose();
    }
    // The instance that ingested answers with it too, and caches again afterwards.
    const onSecond = await second.graphql<Feed>(feed);
    expect(onSecond.data?.statements.nodes[0]?.text).toBe('We will sign the treaty');
  });

  it('drops cached answers on every instance when an editor changes a stakeholder', async () => {
    const speakerOf = async (server: TestServer) => (await server.graphql<Feed>(feed)).data?.statements.nodes[0]?.speaker?.name;
    expect(await speakerOf(first)).toBe('Vladimir Putin');
    expect(await speakerOf(second)).toBe('Vladimir Putin');
    const renamed = await first.graphql(
      'mutation { upsertStakeholder(input: { slug: "vladimir-putin", name: "V. Putin", kind: PERSON }) { __typename } }',
      undefined,
      tokens.ingest,
    );
    expect(renamed.errors).toBeUndefined();
    // The notification reaches each instance asynchronously; until then it may answer from before.
    await until(async () => (await speakerOf(second)) === 'V. Putin');
    await until(async () => (await speakerOf(first)) === 'V. Putin');
    expect((await sqlFor(feed)).sql).toEqual([]);
  });

  it('answers 304 to a current ETag and the new page to one from before a commit', async () => {
    const ask = (headers: Record<string, string> = {}) =>
      fetch(first.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: feed }) });
    let etag = '';
    // A notification still on its way from an earlier test may start a generation in between: ask again.
    await until(async () => {
      await ask();
      etag = (await ask()).headers.get('etag') ?? '';
      return etag !== '' && (await ask({ 'if-none-match': etag })).status === 304;
    });
    const before = first.app.events.headSeq;
    await ingestVia(second, tokens.ingest, 'Later', ['The border stays open']);
    await until(() => first.app.events.headSeq > before);
    const after = await ask({ 'if-none-match': etag });
    expect(after.status).toBe(200);
    const page = (await after.json()) as { data: Feed };
    expect(page.data.statements.nodes[0]?.text).toBe('The border stays open');
  });
});
