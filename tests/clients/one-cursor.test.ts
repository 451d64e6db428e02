import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collect, ingestVia, until, wsClient } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';

let seeded: SeededServer;
const clients: { dispose(): void | Promise<void> }[] = [];

beforeAll(async () => {
  seeded = await startSeededServer();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  await until(() => seeded.server.app.events.subscriberCount === 0);
});

afterAll(() => seeded?.stop());

interface Edge {
  __typename: string;
  cursor: string;
  node: { text: string };
}

const page = /* GraphQL */ `
  query Page($first: Int!, $after: String) {
    statements(first: $first, after: $after) { edges { __typename cursor node { text } } }
  }
`;

const stream = /* GraphQL */ `
  subscription Stream($after: String) {
    statementAdded(after: $after) { __typename cursor node { text } }
  }
`;

async function pageOf(first: number, after?: string): Promise<Edge[]> {
  const { data, errors } = await seeded.server.graphql<{ statements: { edges: Edge[] } }>(page, { first, after });
  if (!data) throw new Error(JSON.stringify(errors));
  return data.statements.edges;
}

/** The first `count` edges statementAdded sends after `after`. */
async function streamAfter(after: string | null, count: number, whileWaiting: () => Promise<void> = async () => {}) {
  const client = wsClient(seeded.server);
  clients.push(client);
  const feed = collect<{ statementAdded: Edge }>(client, stream, { after }, count);
  await until(() => seeded.server.app.events.subscriberCount > 0);
  await whileWaiting();
  const events = await feed.done;
  feed.stop();
  return events.map((e) => e.statementAdded);
}

const ingest = (title: string, quotes: string[]) => ingestVia(seeded.server, seeded.tokens.ingest, title, quotes);

describe('one cursor from a page to the live stream', () => {
  it('gives a statement the same cursor and edge type in statements and in statementAdded', async () => {
    await ingest('Both ways', ['A one.', 'A two.', 'A three.', 'A four.']);
    const listed = await pageOf(4);
    const oldest = listed.at(-1);
    const streamed = await streamAfter(oldest?.cursor ?? null, 3);
    // The page is newest first; the stream runs in commit order.
    expect(streamed).toEqual(listed.slice(0, 3).reverse());
    expect(new Set([...listed, ...streamed].map((e) => e.__typename))).toEqual(new Set(['StatementEdge']));
  });

  it("subscribed from a page's newest cursor, receives exactly what was committed after the page: no gap, no duplicate", async () => {
    await ingest('Before the page', ['B one.', 'B two.']);
    const [newest] = await pageOf(2);
    // Committed after the page was read but before the subscription exists: still delivered.
    await ingest('Between', ['B three.', 'B four.']);
    const received = await streamAfter(newest?.cursor ?? null, 4, () => ingest('Live', ['B five.', 'B six.']));
    expect(received.map((e) => e.node.text)).toEqual(['B three.', 'B four.', 'B five.', 'B six.']);
    // And the page and the stream together are every statement once, in order.
    const everything = await pageOf(100);
    const fromPage = everything.slice(everything.findIndex((e) => e.cursor === newest?.cursor));
    expect([...[...received].reverse(), ...fromPage].map((e) => e.cursor)).toEqual(everything.map((e) => e.cursor));
  });

  it('pages statements(after:) on from a cursor the stream sent', async () => {
    await ingest('Paged from the stream', ['C one.', 'C two.', 'C three.']);
    const [three, two, one] = await pageOf(3);
    const streamed = await streamAfter(one?.cursor ?? null, 2);
    expect(streamed).toEqual([two, three]);
    // The stream's cursor for "C three." pages the (newest-first) list on from there.
    expect(await pageOf(2, streamed[1]?.cursor)).toEqual([two, one]);
  });

  it('still resumes from the cursors the stream issued before it shared the format, and refuses foreign ones', async () => {
    await ingest('Legacy', ['D one.', 'D two.']);
    const [newest, previous] = await pageOf(2);
    const seq = Number(Buffer.from(previous?.cursor ?? '', 'base64').toString().split(':').at(-1));
    const legacy = Buffer.from(`seq:${seq}`).toString('base64url');
    const [resumed] = await streamAfter(legacy, 1);
    expect(resumed).toEqual(newest);
    const client = wsClient(seeded.server);
    clients.push(client);
    const refused = collect(client, stream, { after: 'bm90IGEgY3Vyc29y' }, 1);
    await expect(refused.done).rejects.toThrow(/BAD_USER_INPUT|not a statement cursor/);
  });
});
