import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createToken, revokeToken } from '../../src/services/tokens.js';
import { collect, ingestVia, type Received, statementAdded, until, wsClient } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';

let seeded: SeededServer;
const leftovers: (() => unknown)[] = [];

beforeAll(async () => {
  seeded = await startSeededServer({ settings: { WS_MAX_SUBSCRIPTIONS: 3, TOKEN_RECHECK_MS: 150 } });
});

afterEach(async () => {
  for (const dispose of leftovers.splice(0).reverse()) await dispose();
  await until(() => seeded.server.app.events.subscriberCount === 0);
});

afterAll(() => seeded?.stop());

const client = (params?: Record<string, unknown>) => {
  const c = wsClient(seeded.server, params);
  leftovers.push(() => c.dispose());
  return c;
};

/** The first thing the server says about one operation. */
function outcome(c: ReturnType<typeof client>, query: string) {
  return new Promise<{ via: string; code?: unknown }>((resolve) => {
    c.subscribe(
      { query },
      {
        next: (result) => resolve({ via: 'next', code: result.errors?.[0]?.extensions?.code }),
        error: (error) => resolve({ via: 'error', code: Array.isArray(error) ? error[0]?.extensions?.code : (error as { code?: number }).code }),
        complete: () => resolve({ via: 'complete' }),
      },
    );
  });
}

describe('one socket, many operations', () => {
  it('keeps a live subscription going when another operation on its socket fails', async () => {
    const c = client();
    const feed = collect<{ statementAdded: Received }>(c, statementAdded, {}, 1);
    await until(() => seeded.server.app.events.subscriberCount === 1);
    expect(await outcome(c, '{ statements(first: 1) { nodes { text }')).toEqual({ via: 'error', code: 'GRAPHQL_PARSE_FAILED' });
    expect(await outcome(c, '{ statements(filter: { article: "forged" }) { totalCount } }')).toEqual({ via: 'next', code: 'BAD_USER_INPUT' });
    expect(await outcome(c, 'subscription { statementAdded(after: "forged") { cursor } }')).toMatchObject({ code: 'BAD_USER_INPUT' });
    await ingestVia(seeded.server, seeded.tokens.ingest, 'Still live', ['Heard after three failures.']);
    expect((await feed.done)[0]?.statementAdded.node.text).toBe('Heard after three failures.');
  });

  it('refuses operations past WS_MAX_SUBSCRIPTIONS with TOO_MANY_SUBSCRIPTIONS, keeping the socket', async () => {
    const c = client();
    for (let i = 0; i < 3; i += 1) collect(c, statementAdded, {}, 1).done.catch(() => {});
    await until(() => seeded.server.app.events.subscriberCount === 3);
    expect(await outcome(c, 'subscription { articleIngested { article { id } } }')).toEqual({ via: 'error', code: 'TOO_MANY_SUBSCRIPTIONS' });
    expect(seeded.server.app.events.subscriberCount).toBe(3);
  });
});

describe('frames', () => {
  it('closes a socket that sends a frame over 1 MB (1009) before parsing it', async () => {
    const socket = new WebSocket(seeded.server.wsUrl, 'graphql-transport-ws');
    leftovers.push(() => socket.terminate());
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(1_100_000) } }));
    expect(await closed).toBe(1009);
  });
});

describe('token re-checks', () => {
  it('checks every open socket with one query per interval and closes only the revoked token’s', async () => {
    const kept = await createToken(seeded.database.db, { name: 'kept', scopes: ['ingest'] });
    const doomed = await createToken(seeded.database.db, { name: 'doomed', scopes: ['ingest'] });
    const codes: number[] = [];
    const sockets = [kept, kept, doomed, doomed].map((token) => {
      const c = client({ authorization: `Bearer ${token.secret}` });
      c.on('closed', (event) => codes.push((event as { code: number }).code));
      collect(c, statementAdded, {}, 1).done.catch(() => {});
      return c;
    });
    // On a loaded machine admission can be slow; a socket refused meanwhile shows up in codes.
    await until(() => seeded.server.app.events.subscriberCount === sockets.length || codes.length > 0, 30_000);
    expect(codes).toEqual([]);
    seeded.database.resetQueryLog();
    await new Promise((resolve) => setTimeout(resolve, 700));
    const rechecks = seeded.database.queries.filter((sql) => /from "api_tokens" where \(\("api_tokens"."id" in/.test(sql));
    // ~4 intervals of 150 ms: one query each for all four sockets (two tokens), not one per socket.
    expect(rechecks.every((sql) => sql.includes('in ($1, $2)'))).toBe(true);
    expect(rechecks.length).toBeGreaterThanOrEqual(2);
    expect(rechecks.length).toBeLessThanOrEqual(6);
    await revokeToken(seeded.database.db, doomed.id);
    await until(() => codes.length === 2, 20_000);
    expect(codes).toEqual([4403, 4403]);
    expect(seeded.server.app.events.subscriberCount).toBe(2);
  });
});
