import { Writable } from 'node:stream';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../../src/logger.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { storeTestCatalogue } from '../support/dataset.js';
import { startTestServer, type TestServer } from '../support/server.js';

let database: TestDatabase;
let server: TestServer;
const logLines: Record<string, unknown>[] = [];
const leftovers: (() => unknown)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await storeTestCatalogue(database.db);
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  server = await startTestServer(database, { logger: createLogger({ level: 'error', destination }) });
  // A real internal failure on every path: the table the resolvers read is gone.
  await database.db.execute('alter table topics rename to topics_gone');
});

beforeEach(() => {
  logLines.splice(0);
});

afterAll(async () => {
  for (const dispose of leftovers.splice(0).reverse()) await dispose();
  await server?.stop();
  await database?.dispose();
});

const subscription = 'subscription { positionChanged(filter: { topic: "ceasefire" }) { position { id } } }';

/** The client saw only the masked message; the log has the real error with its stack. */
async function expectMasked(clientSaw: string) {
  expect(clientSaw).toContain('Unexpected error.');
  expect(clientSaw).toContain('INTERNAL_SERVER_ERROR');
  expect(clientSaw).not.toMatch(/relation|does not exist|select/);
  await expect.poll(() => logLines.some((line) => JSON.stringify(line.err ?? '').includes('relation \\"topics\\" does not exist'))).toBe(true);
  const logged = logLines.find((line) => JSON.stringify(line.err ?? '').includes('does not exist'));
  expect(String((logged?.err as { stack?: string } | undefined)?.stack)).toMatch(/\n\s+at /);
}

describe('error masking', () => {
  it('over HTTP', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ topics { totalCount } }' }),
    });
    await expectMasked(await response.text());
  });

  it('over Server-Sent Events', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: subscription }),
    });
    const text = await response.text();
    expect(text).toMatch(/event: complete/);
    await expectMasked(text);
  });

  it('over multipart HTTP', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'multipart/mixed;subscriptionSpec="1.0", application/json' },
      body: JSON.stringify({ query: subscription }),
    });
    await expectMasked(await response.text());
  });

  it('over graphql-ws', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    leftovers.push(() => client.dispose());
    const saw = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: subscription }, { next: resolve, error: resolve, complete: () => {} });
    });
    await expectMasked(JSON.stringify(saw));
  });
});
