import { ApolloClient, HttpLink, InMemoryCache, gql, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestVia, until, wsClient } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';
import type { TestServer } from '../support/server.js';

let server: TestServer;
let tokens: SeededServer['tokens'];
let stop: SeededServer['stop'];
const cleanups: (() => void | Promise<void>)[] = [];

beforeAll(async () => {
  ({ server, tokens, stop } = await startSeededServer());
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await until(() => server.app.events.subscriberCount === 0);
});

afterAll(() => stop?.());

const subscription = gql`
  subscription {
    statementAdded {
      cursor
      node { text speaker { name } article { title } }
    }
  }
`;

interface Added {
  statementAdded: { cursor: string; node: { text: string; speaker: { name: string }; article: { title: string } } };
}

/** Subscribes with an Apollo client and resolves with the first event. */
function firstEvent(client: ApolloClient) {
  return new Promise<Added>((resolve, reject) => {
    const observer = client.subscribe<Added>({ query: subscription }).subscribe({
      next: (result) => {
        if (result.data) resolve(result.data);
        else reject(new Error(JSON.stringify(result.error)));
      },
      error: reject,
    });
    cleanups.push(() => observer.unsubscribe());
  });
}

describe('Apollo Client', () => {
  it('receives statements over GraphQLWsLink (split from HTTP queries)', async () => {
    const ws = wsClient(server);
    cleanups.push(() => ws.dispose());
    const link = split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      new GraphQLWsLink(ws),
      new HttpLink({ uri: server.url }),
    );
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const event = firstEvent(client);
    await until(() => server.app.events.subscriberCount > 0);
    await ingestVia(server, tokens.ingest, 'Apollo over WebSocket', ['Seen by Apollo over a socket.']);
    expect((await event).statementAdded.node).toMatchObject({
      text: 'Seen by Apollo over a socket.',
      speaker: { name: 'Vladimir Putin' },
      article: { title: 'Apollo over WebSocket' },
    });
  });

  it('receives statements over HttpLink multipart subscriptions', async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: server.url }), cache: new InMemoryCache() });
    const event = firstEvent(client);
    await until(() => server.app.events.subscriberCount > 0);
    await ingestVia(server, tokens.ingest, 'Apollo over multipart', ['Seen by Apollo over multipart HTTP.']);
    expect((await event).statementAdded.node.text).toBe('Seen by Apollo over multipart HTTP.');
  });
});

describe('GraphQL over Server-Sent Events', () => {
  it('streams statements as SSE events', async () => {
    const controller = new AbortController();
    cleanups.push(() => controller.abort());
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { statementAdded { node { text } } }' }),
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    // The server subscribes once the body is being read.
    const received = (async () => {
      while (!text.includes('Seen over server-sent events.')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += value;
      }
    })();
    await until(() => server.app.events.subscriberCount > 0);
    await ingestVia(server, tokens.ingest, 'Over SSE', ['Seen over server-sent events.']);
    await received;
    expect(text).toMatch(/event: next\ndata: {"data":{"statementAdded":{"node":{"text":"Seen over server-sent events\."}}}}/);
    await reader.cancel().catch(() => {});
  });
});
