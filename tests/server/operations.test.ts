import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { articleOf, collect, ingestMutation, statementAdded, until, wsClient } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';
import { startTestServer, type TestServer } from '../support/server.js';

let seeded: SeededServer;
const leftovers: (() => unknown)[] = [];

beforeAll(async () => {
  seeded = await startSeededServer();
});

afterEach(async () => {
  for (const dispose of leftovers.splice(0).reverse()) await dispose();
});

afterAll(() => seeded?.stop());

/** A second server on the same database, with its own settings and a log we can read. */
async function serverWith(settings: Parameters<typeof startTestServer>[1] = {}) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const server = await startTestServer(seeded.database, { logger: createLogger({ level: 'info', destination, maxString: 500 }), ...settings });
  let stopped = false;
  leftovers.push(() => stopped || server.stop());
  return { server, lines, stop: () => ((stopped = true), server.stop()) };
}

const base = (server: TestServer) => server.url.replace('/graphql', '');

describe('graceful shutdown', () => {
  it('finishes an ingest in flight, completes SSE streams and closes sockets with 1001', async () => {
    const { server, stop } = await serverWith();
    const sse = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { statementAdded { cursor } }' }),
    });
    const sseText = sse.text();
    const socket = wsClient(server);
    leftovers.push(() => socket.dispose());
    const closed = new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));
    collect(socket, statementAdded, {}, 1).done.catch(() => {});
    await until(() => server.app.events.subscriberCount === 2);
    const quotes = Array.from({ length: 1500 }, (_, i) => `Shutdown quote ${i}.`);
    const ingest = server.graphql<{ ingestArticle: { __typename: string } }>(ingestMutation, { input: articleOf('In flight at shutdown', quotes) }, seeded.tokens.ingest);
    await until(() => server.app.requestsInFlight >= 2);
    await stop();
    expect((await ingest).data?.ingestArticle.__typename).toBe('IngestArticlePayload');
    expect(await sseText).toMatch(/event: complete/);
    expect(await closed).toBe(1001);
  });
});

describe('metrics', () => {
  it('labels operations only from the allow-list, however many names clients invent', async () => {
    const { server } = await serverWith({ settings: { METRICS_OPERATION_NAMES: ['KnownOne'] } });
    await server.graphql('query KnownOne { topics { totalCount } }');
    for (let i = 0; i < 50; i += 1) await server.graphql(`query Invented${i} { topics { totalCount } }`);
    const text = await (await fetch(`${base(server)}/metrics`)).text();
    expect(text).toMatch(/operationName="KnownOne"/);
    expect(text).toMatch(/operationName="other"/);
    expect(text).not.toMatch(/Invented/);
    expect(text).not.toMatch(/url="/);
  });

  it('serves /metrics only with METRICS_TOKEN when one is set', async () => {
    const { server } = await serverWith({ settings: { METRICS_TOKEN: 'metrics-secret-0123456789' } });
    expect((await fetch(`${base(server)}/metrics`)).status).toBe(401);
    expect((await fetch(`${base(server)}/metrics`, { headers: { authorization: 'Bearer wrong-secret-000000000' } })).status).toBe(401);
    const allowed = await fetch(`${base(server)}/metrics`, { headers: { authorization: 'Bearer metrics-secret-0123456789' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/parley_subscribers/);
  });
});

describe('CORS', () => {
  const preflight = (server: TestServer, origin: string) =>
    fetch(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } });

  it('sends no CORS headers by default, so browsers keep to the same origin', async () => {
    const response = await preflight(seeded.server, 'https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows only the origins in CORS_ORIGINS', async () => {
    const { server } = await serverWith({ settings: { CORS_ORIGINS: ['https://app.example', 'https://admin.example'] } });
    const allowed = await preflight(server, 'https://app.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect((await preflight(server, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('request ids and access logs', () => {
  it('returns the client’s x-request-id, makes one up otherwise, and logs one access line per request', async () => {
    const { server, lines } = await serverWith();
    const honoured = await fetch(`${server.url}?query=${encodeURIComponent('{ topics { totalCount } }')}`, { headers: { 'x-request-id': 'client-id-42', 'x-graphql-yoga-csrf': '1' } });
    expect(honoured.headers.get('x-request-id')).toBe('client-id-42');
    const made = await fetch(`${base(server)}/health`, { headers: { 'x-request-id': 'a bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await until(() => lines.filter((line) => line.msg === 'request').length >= 2);
    expect(lines.find((line) => line.reqId === 'client-id-42')).toMatchObject({ method: 'GET', path: '/graphql', status: 200 });
  });

  it('logs errors with their stack and cuts long strings', async () => {
    const { server, lines } = await serverWith();
    const app = server.app;
    expect(app).toBeDefined();
    const logger = createLogger({ level: 'info', maxString: 100, destination: new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>), done()) }) });
    logger.error({ err: new Error('x'.repeat(10_000)) }, 'failed');
    logger.error(new Error('bare error'));
    await until(() => lines.filter((line) => line.level === 50).length >= 2);
    const [long, bare] = lines.filter((line) => line.level === 50) as { err: { message: string; stack: string } }[];
    expect(long?.err.message.length).toBeLessThan(200);
    expect(bare?.err.stack).toMatch(/bare error\n\s+at /);
  });
});

describe('slow clients', () => {
  it('closes a connection whose body never arrives once HTTP_REQUEST_TIMEOUT_MS passes', async () => {
    const { server } = await serverWith({ settings: { HTTP_REQUEST_TIMEOUT_MS: 1_000, HTTP_HEADERS_TIMEOUT_MS: 1_000 } });
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    leftovers.push(() => socket.destroy());
    const started = Date.now();
    const ended = new Promise<string>((resolve) => {
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
    });
    socket.write('POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"qu');
    expect(await ended).toMatch(/^HTTP\/1.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
