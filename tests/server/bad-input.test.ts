import { readFile } from 'node:fs/promises';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { errorCodes } from '../../src/server/errors.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { storeSaying, storeTestCatalogue } from '../support/dataset.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { issueTokens } from '../support/tokens.js';

let database: TestDatabase;
let server: TestServer;
let tokens: Awaited<ReturnType<typeof issueTokens>>;
const leftovers: (() => unknown)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await storeTestCatalogue(database.db);
  tokens = await issueTokens(database.db);
  await storeSaying(database.db, 'Talks', [{ speaker: 'vladimir-putin', quote: 'We are ready for negotiations', topics: ['peace-talks'] }]);
});

afterAll(async () => {
  for (const dispose of leftovers.splice(0).reverse()) await dispose();
  await server?.stop();
  await database?.dispose();
});

const b64 = (text: string) => Buffer.from(text).toString('base64');
const long = (n: number) => 'x'.repeat(n);
const nested = (depth: number): string => (depth === 0 ? 'name' : `parent { ${nested(depth - 1)} }`);
const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** which token's headers to send */
  as?: 'ingest' | 'admin' | 'bogus';
  status: number;
  code: keyof typeof errorCodes;
  /** not also sent over graphql-ws (HTTP-only input, or a token the socket would refuse outright) */
  httpOnly?: boolean;
}

const ingest = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }',
  variables: { input: { title: 'A title', body: 'A body.', ...input } },
});

/** Operations sent over HTTP and, unless httpOnly, over graphql-ws. */
const cases: Case[] = [
  { name: 'a syntax error', query: '{ statements(first: 1) { nodes { text }', status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field', query: '{ statements { nodes { nope } } }', status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an argument of the wrong type', query: '{ statements(first: "ten") { totalCount } }', status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a missing required argument', query: '{ stakeholder { name } }', status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a malformed DateTime literal', query: '{ statements(filter: { since: "yesterday" }) { totalCount } }', status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a variable of the wrong type', query: 'query ($n: Int) { statements(first: $n) { totalCount } }', variables: { n: 'ten' }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'depth 13', query: `{ stakeholder(ref: "vladimir-putin") { ${nested(12)} } }`, status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: '21 aliases', query: `{ ${aliases(21, 'topics { totalCount }')} }`, status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: '21 __typename aliases', query: `{ ${aliases(21, '__typename')} }`, status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: '3 002 tokens', query: `{ ${Array.from({ length: 3000 }, () => '__typename').join(' ')} }`, status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: '20 pages of 100 statements with article bodies (the 337 MB query)',
    query: `{ ${aliases(20, 'statements(first: 100) { nodes { text context article { body } } }')} }`,
    status: 200,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a cost that only the variables make too high',
    query: 'query ($n: Int) { a: statements(first: $n) { nodes { article { body } } } b: statements(first: $n) { nodes { article { body } } } b2: statements(first: $n) { nodes { article { body } } } }',
    variables: { n: 100 },
    status: 200,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: 'a 201-character statement search', query: `{ statements(filter: { search: "${long(201)}" }) { totalCount } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 500 KB article search (variables)', query: 'query ($s: String) { articles(filter: { search: $s }) { totalCount } }', variables: { s: long(500_000) }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 201-character stakeholder search', query: 'query ($s: String) { stakeholders(filter: { search: $s }) { totalCount } }', variables: { s: long(201) }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 201-character search(query)', query: `{ search(query: "${long(201)}") { rank } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'search(first: 1000)', query: '{ search(query: "peace", first: 1000) { rank } }', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 201-character article source filter', query: 'query ($s: String) { articles(filter: { source: $s }) { totalCount } }', variables: { s: long(201) }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a NUL in a search literal', query: '{ statements(filter: { search: "peace\\u0000talks" }) { totalCount } }', status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a NUL in a search variable', query: 'query ($s: String) { stakeholders(filter: { search: $s }) { totalCount } }', variables: { s: 'Pu\u0000tin' }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a NUL in a url variable', query: 'query ($u: String) { article(url: $u) { id } }', variables: { u: 'https://a.example/\u0000' }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a global ID that is not base64', query: '{ node(id: "!!!not-an-id!!!") { id } }', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a global ID with a non-numeric key', query: `{ node(id: "${b64('Article:abc')}") { id } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a global ID with a huge key', query: `{ node(id: "${b64('Article:99999999999999999999999')}") { id } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'nodes() with a forged ID', query: `{ nodes(ids: ["${b64('Statement:1.5')}"]) { id } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a forged connection cursor', query: '{ statements(first: 2, after: "garbage") { nodes { text } } }', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a forged cursor that decodes to JSON of the wrong shape', query: `{ statements(first: 2, after: "${b64('DC:J:{"seq":"x"}')}") { nodes { text } } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 10 KB cursor', query: `{ topics(first: 2, after: "${long(10_000)}") { nodes { name } } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a speaker that is neither ID nor slug', query: '{ statements(filter: { speaker: "Not A Slug!" }) { totalCount } }', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an article filter that is not an Article ID', query: '{ statements(filter: { article: "xyz" }) { totalCount } }', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an article filter with another type’s ID', query: `{ statements(filter: { article: "${b64('Topic:1')}" }) { totalCount } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 300-character stakeholder ref', query: `{ stakeholder(ref: "${long(300)}") { name } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an upper-case topic ref', query: '{ topic(ref: "CEASEFIRE") { name } }', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'article() with both id and url', query: `{ article(id: "${b64('Article:1')}", url: "https://a.example") { title } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 3 000-character url', query: `{ article(url: "https://a.example/${long(3000)}") { title } }`, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a position history for a forged topic', query: '{ stakeholder(ref: "russia") { positionHistory(topic: "%%%") { totalCount } } }', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a mutation without a token', ...ingest({}), status: 200, code: 'UNAUTHENTICATED' },
  { name: 'a mutation with an unknown token', ...ingest({}), as: 'bogus', status: 401, code: 'UNAUTHENTICATED', httpOnly: true },
  { name: 'an ingest with an empty body', ...ingest({ body: '   ' }), as: 'ingest', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an ingest with a NUL in its title', ...ingest({ title: 'Bad\u0000title' }), as: 'ingest', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an ingest with a javascript: url', ...ingest({ url: 'javascript:alert(1)' }), as: 'ingest', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an ingest with a 201-character source', ...ingest({ source: long(201) }), as: 'ingest', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an ingest with a bad language tag', ...ingest({ language: 'english please' }), as: 'ingest', status: 200, code: 'BAD_USER_INPUT' },
  { name: 'deleteArticle with an ingest token', query: `mutation { deleteArticle(id: "${b64('Article:1')}") { __typename } }`, as: 'ingest', status: 200, code: 'FORBIDDEN' },
  { name: 'deleteArticle with a forged ID', query: 'mutation { deleteArticle(id: "nope") { __typename } }', as: 'admin', status: 200, code: 'BAD_USER_INPUT' },
  {
    name: 'upsertStakeholder with a 500-character name',
    query: 'mutation ($input: UpsertStakeholderInput!) { upsertStakeholder(input: $input) { __typename } }',
    variables: { input: { name: long(500), kind: 'PERSON' } },
    as: 'ingest',
    status: 200,
    code: 'BAD_USER_INPUT',
  },
];

/** Subscriptions: over graphql-ws only (HTTP serves them as streams, tested in transports). */
const subscriptionCases: Case[] = [
  { name: 'a subscription with a forged cursor', query: 'subscription { statementAdded(after: "garbage") { cursor } }', status: 0, code: 'BAD_USER_INPUT' },
  { name: 'a subscription with a 10 KB cursor', query: `subscription { statementAdded(after: "${long(10_000)}") { cursor } }`, status: 0, code: 'BAD_USER_INPUT' },
  { name: 'a subscription to an unknown speaker', query: 'subscription { statementAdded(filter: { speaker: "no-such-person" }) { cursor } }', status: 0, code: 'NOT_FOUND' },
  { name: 'a subscription with a forged article ID', query: 'subscription { statementAdded(filter: { article: "xyz" }) { cursor } }', status: 0, code: 'BAD_USER_INPUT' },
  { name: 'a subscription 14 levels deep', query: `subscription { statementAdded { node { speaker { ${nested(12)} } } } }`, status: 0, code: 'QUERY_TOO_COMPLEX' },
  { name: 'a subscription with two root fields', query: 'subscription { statementAdded { cursor } articleIngested { article { id } } }', status: 0, code: 'GRAPHQL_VALIDATION_FAILED' },
];

const headersFor = (as: Case['as']): Record<string, string> =>
  as === 'bogus' ? { authorization: 'Bearer prl_this-token-does-not-exist' } : as ? tokens[as] : {};

/** Every row count and the stream head: what "the database is unchanged" means here. */
async function fingerprint() {
  const result = await database.db.execute(`select
    (select count(*) from articles) as articles, (select count(*) from statements) as statements,
    (select count(*) from stakeholders) as stakeholders, (select count(*) from positions) as positions,
    (select count(*) from topics) as topics, (select string_agg(array_to_string(aliases, ','), ';' order by id) from stakeholders) as aliases,
    (select last_seq from stream_state) as seq`);
  // PGlite answers { rows }, postgres.js an array of rows.
  return JSON.stringify(Array.isArray(result) ? result : (result as { rows: unknown[] }).rows);
}

async function healthy() {
  const health = await fetch(server.url.replace('/graphql', '/health'));
  const { data } = await server.graphql<{ topics: { totalCount: number } }>('{ topics { totalCount } }');
  return health.status === 200 && (data?.topics.totalCount ?? 0) > 0;
}

async function overHttp(c: Case, url = server.url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headersFor(c.as) },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

/** The first error the server reports for one operation on a socket, and how it came (`error` or `next`). */
function overSocket(client: Client, c: Case) {
  return new Promise<{ via: string; codes: unknown[] }>((resolve) => {
    client.subscribe(
      { query: c.query, variables: c.variables ?? {} },
      {
        next: (result) => resolve({ via: 'next', codes: (result.errors ?? []).map((e) => e.extensions?.code) }),
        error: (error) =>
          resolve(
            Array.isArray(error)
              ? { via: 'error', codes: error.map((e: { extensions?: { code?: string } }) => e.extensions?.code) }
              : { via: 'closed', codes: [String((error as { code?: number }).code)] },
          ),
        complete: () => resolve({ via: 'complete', codes: [] }),
      },
    );
  });
}

function socketFor(as: Case['as']): Client {
  const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: headersFor(as) });
  leftovers.push(() => client.dispose());
  return client;
}

describe('bad input over HTTP', () => {
  it.each(cases)('answers $name with $status and $code, stays healthy and changes nothing', async (c) => {
    const before = await fingerprint();
    const { status, codes } = await overHttp(c);
    expect({ status, code: codes[0] }).toEqual({ status: c.status, code: c.code });
    expect(await healthy()).toBe(true);
    expect(await fingerprint()).toBe(before);
  });
});

describe('bad input over graphql-ws', () => {
  const sockets = new Map<string, Client>();
  const socket = (as: Case['as']) => sockets.get(as ?? 'anonymous') ?? sockets.set(as ?? 'anonymous', socketFor(as)).get(as ?? 'anonymous')!;

  it.each([...cases.filter((c) => !c.httpOnly), ...subscriptionCases])('answers $name with $code for that operation alone', async (c) => {
    const before = await fingerprint();
    const outcome = await overSocket(socket(c.as), c);
    expect(['error', 'next']).toContain(outcome.via);
    expect(outcome.codes[0]).toBe(c.code);
    // The same socket still serves the next operation: nothing closed it.
    const after = await overSocket(socket(c.as), { ...c, query: '{ topics { totalCount } }', variables: {} });
    expect(after).toEqual({ via: 'next', codes: [] });
    expect(await healthy()).toBe(true);
    expect(await fingerprint()).toBe(before);
  });
});

/**
 * Yoga caches a document's parse error and validation result per server and hands later
 * requests the very same objects, whichever transport they came on. Each order runs on a fresh
 * server (an empty cache), so the first transport is the one that parsed the document.
 */
describe('the same broken document over graphql-ws and HTTP, in either order', () => {
  const broken: Case[] = [
    cases.find((c) => c.name === 'a syntax error')!,
    cases.find((c) => c.name === '3 002 tokens')!,
    cases.find((c) => c.name === 'an unknown field')!,
    cases.find((c) => c.name === 'a NUL in a search literal')!,
  ];
  const orders = broken.flatMap((c) => [
    { ...c, first: 'graphql-ws', then: 'HTTP' },
    { ...c, first: 'HTTP', then: 'graphql-ws' },
  ]);

  /** The outcome of one operation over the socket, with the extension keys of its first error. */
  async function overFreshSocket(fresh: TestServer, c: Case) {
    const client = createClient({ url: fresh.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      return await new Promise<{ via: string; code: unknown; keys: string[] }>((resolve) => {
        client.subscribe(
          { query: c.query, variables: c.variables ?? {} },
          {
            next: () => resolve({ via: 'next', code: undefined, keys: [] }),
            error: (error) => {
              const first = (Array.isArray(error) ? error[0] : undefined) as { extensions?: Record<string, unknown> } | undefined;
              resolve({ via: 'error', code: first?.extensions?.code, keys: Object.keys(first?.extensions ?? {}) });
            },
            complete: () => resolve({ via: 'complete', code: undefined, keys: [] }),
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }

  it.each(orders)('answers $name first over $first, then over $then, with $status and $code', async (c) => {
    const fresh = await startTestServer(database);
    try {
      const outcomes: { http?: Awaited<ReturnType<typeof overHttp>>; socket?: Awaited<ReturnType<typeof overFreshSocket>> } = {};
      for (const transport of [c.first, c.then]) {
        if (transport === 'HTTP') outcomes.http = await overHttp(c, fresh.url);
        else outcomes.socket = await overFreshSocket(fresh, c);
      }
      const { http, socket } = outcomes;
      expect({ status: http?.status, code: http?.codes[0] }).toEqual({ status: c.status, code: c.code });
      // A socket has no status: the HTTP details yoga keeps on the shared error stay off it.
      expect(socket).toEqual({ via: 'error', code: c.code, keys: ['code'] });
    } finally {
      await fresh.stop();
    }
  });
});

describe('malformed HTTP requests', () => {
  const post = (init: RequestInit) => fetch(server.url, { method: 'POST', ...init });
  const requests: { name: string; send: () => Promise<Response>; status: number }[] = [
    { name: 'invalid JSON', send: () => post({ headers: { 'content-type': 'application/json' }, body: '{"query": ' }), status: 400 },
    { name: 'a JSON array (batching is off)', send: () => post({ headers: { 'content-type': 'application/json' }, body: '[{"query":"{ topics { totalCount } }"}]' }), status: 400 },
    { name: 'a body over 1 MB', send: () => post({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ topics(after: "${long(1_100_000)}") { totalCount } }` }) }), status: 413 },
    { name: 'a mutation over GET', send: () => fetch(`${server.url}?query=${encodeURIComponent('mutation { deleteArticle(id: "x") { __typename } }')}`, { headers: { 'x-graphql-yoga-csrf': '1' } }), status: 405 },
    { name: 'a GET without a query', send: () => fetch(server.url, { headers: { accept: 'application/graphql-response+json', 'x-graphql-yoga-csrf': '1' } }), status: 400 },
    { name: 'a body that is not an object', send: () => post({ headers: { 'content-type': 'application/json' }, body: '"query"' }), status: 400 },
    { name: 'a query that is not a string', send: () => post({ headers: { 'content-type': 'application/json' }, body: '{"query": 42}' }), status: 400 },
    { name: 'variables that are not an object', send: () => post({ headers: { 'content-type': 'application/json' }, body: '{"query": "{ topics { totalCount } }", "variables": "x"}' }), status: 400 },
  ];

  it.each(requests)('answers $name with $status and a documented code', async ({ send, status }) => {
    const before = await fingerprint();
    const response = await send();
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(response.status).toBe(status);
    expect(Object.keys(errorCodes)).toContain(body.errors?.[0]?.extensions?.code);
    expect(await healthy()).toBe(true);
    expect(await fingerprint()).toBe(before);
  });
});

describe('the documented error codes', () => {
  it('are exactly the table in the README\'s Errors section', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.split(/^## /m).find((part) => part.startsWith('Errors')) ?? '';
    const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(Object.keys(errorCodes).sort());
  });
});
