import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertStakeholders } from '../../src/services/stakeholders.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { storeTestCatalogue, storeSaying } from '../support/dataset.js';
import { startTestServer, type TestServer } from '../support/server.js';

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await storeTestCatalogue(database.db);
  await storeSaying(
    database.db,
    'Putin open to talks',
    [
      { speaker: 'vladimir-putin', quote: 'We are ready for negotiations at any time', topics: ['peace-talks'], stance: 'SUPPORTS' },
      { speaker: 'volodymyr-zelensky', quote: 'There will be no ceasefire on these terms', topics: ['ceasefire'], stance: 'REJECTS' },
    ],
    { url: 'https://news.example/putin-talks', publishedAt: new Date('2024-12-19T10:00:00Z') },
  );
  await storeSaying(
    database.db,
    'Putin sets conditions',
    [{ speaker: 'vladimir-putin', quote: 'Talks only on the realities on the ground', topics: ['peace-talks'], stance: 'CONDITIONAL' }],
    { url: 'https://news.example/putin-conditions', publishedAt: new Date('2024-12-20T10:00:00Z') },
  );
});

afterAll(async () => {
  await server?.stop();
  await database?.dispose();
});

describe('statements', () => {
  it('lists statements newest first with their speakers and articles', async () => {
    const { data, errors } = await server.graphql<{ statements: { totalCount: number; nodes: { text: string; seq: number; speaker: { name: string }; article: { title: string } }[] } }>(`{
      statements(first: 10) { totalCount nodes { text seq speaker { name } article { title } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.statements.totalCount).toBe(3);
    expect(data?.statements.nodes.map((s) => [s.seq, s.speaker.name, s.article.title])).toEqual([
      [3, 'Vladimir Putin', 'Putin sets conditions'],
      [2, 'Volodymyr Zelensky', 'Putin open to talks'],
      [1, 'Vladimir Putin', 'Putin open to talks'],
    ]);
  });

  it('filters by speaker slug, topic and kind', async () => {
    const { data } = await server.graphql<{ statements: { nodes: { text: string }[] } }>(`{
      statements(filter: { speaker: "vladimir-putin", topic: "peace-talks", kind: DIRECT }) { nodes { text } }
    }`);
    expect(data?.statements.nodes.map((s) => s.text)).toEqual([
      'Talks only on the realities on the ground',
      'We are ready for negotiations at any time',
    ]);
  });

  it('finds statements by full-text search and by date range', async () => {
    const { data } = await server.graphql<{ found: { nodes: { text: string }[] }; dated: { nodes: { text: string }[] } }>(`{
      found: statements(filter: { search: "ceasefire terms" }) { nodes { text } }
      dated: statements(filter: { since: "2024-12-20T00:00:00Z" }) { nodes { text } }
    }`);
    expect(data?.found.nodes.map((s) => s.text)).toEqual(['There will be no ceasefire on these terms']);
    expect(data?.dated.nodes.map((s) => s.text)).toEqual(['Talks only on the realities on the ground']);
  });

  it('shows each statement in its article context', async () => {
    const { data } = await server.graphql<{ statements: { nodes: { text: string; context: string; startOffset: number }[] } }>(`{
      statements(filter: { speaker: "volodymyr-zelensky" }) { nodes { text context startOffset } }
    }`);
    const [statement] = data?.statements.nodes ?? [];
    expect(statement?.context).toContain(`Volodymyr Zelensky said: “${statement?.text}”`);
  });

  it('pages with cursors and reports pageInfo', async () => {
    const first = await server.graphql<{ statements: { nodes: { seq: number }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(`{
      statements(first: 2) { nodes { seq } pageInfo { endCursor hasNextPage } }
    }`);
    expect(first.data?.statements.nodes.map((s) => s.seq)).toEqual([3, 2]);
    expect(first.data?.statements.pageInfo.hasNextPage).toBe(true);
    const next = await server.graphql<{ statements: { nodes: { seq: number }[]; pageInfo: { hasNextPage: boolean } } }>(
      'query ($after: String) { statements(first: 2, after: $after) { nodes { seq } pageInfo { hasNextPage } } }',
      { after: first.data?.statements.pageInfo.endCursor },
    );
    expect(next.data?.statements.nodes.map((s) => s.seq)).toEqual([1]);
    expect(next.data?.statements.pageInfo.hasNextPage).toBe(false);
  });

  it('serves pages of up to 100 rows and refuses larger ones with a typed error naming the argument', async () => {
    const many = Array.from({ length: 105 }, (_, i) => ({ slug: `group-${i}`, name: `Group ${i}`, kind: 'GROUP' as const, aliases: [] }));
    await upsertStakeholders(database.db, many, { origin: 'CATALOGUE' });
    const { data } = await server.graphql<{ stakeholders: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      '{ stakeholders(first: 100, filter: { kind: GROUP }) { nodes { slug } pageInfo { hasNextPage } } }',
    );
    expect(data?.stakeholders.nodes).toHaveLength(100);
    expect(data?.stakeholders.pageInfo.hasNextPage).toBe(true);
    for (const query of ['{ statements(first: 500) { nodes { text } } }', '{ stakeholders(last: 101) { nodes { slug } } }', '{ topics(first: -1) { nodes { slug } } }']) {
      const { errors } = await server.graphql(query);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: expect.stringMatching(/^(first|last)$/) }] });
    }
  });

  it('rejects a malformed speaker reference with a typed error', async () => {
    const { errors } = await server.graphql('{ statements(filter: { speaker: "Not A Slug!" }) { nodes { text } } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('nodes and lookups', () => {
  it('refetches any object by its global ID', async () => {
    const { data } = await server.graphql<{ stakeholder: { id: string; name: string } }>('{ stakeholder(ref: "vladimir-putin") { id name } }');
    const id = data?.stakeholder.id;
    const refetched = await server.graphql<{ node: { name: string }; nodes: { name: string }[] }>(
      'query ($id: ID!) { node(id: $id) { ... on Stakeholder { name } } nodes(ids: [$id]) { ... on Stakeholder { name } } }',
      { id },
    );
    expect(refetched.data?.node.name).toBe('Vladimir Putin');
    expect(refetched.data?.nodes.map((n) => n.name)).toEqual(['Vladimir Putin']);
  });

  it('finds an article by url, and refuses both or neither of id and url', async () => {
    const byUrl = await server.graphql<{ article: { title: string; statements: { totalCount: number } } }>(
      '{ article(url: "https://news.example/putin-talks") { title statements { totalCount } } }',
    );
    expect(byUrl.data?.article).toEqual({ title: 'Putin open to talks', statements: { totalCount: 2 } });
    const neither = await server.graphql('{ article { title } }');
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists stakeholders by kind with parents and members', async () => {
    const { data } = await server.graphql<{ stakeholders: { nodes: { name: string; parent: { name: string } | null; members: { nodes: { name: string }[] } }[] } }>(`{
      stakeholders(filter: { kind: COUNTRY }) { nodes { name parent { name } members { nodes { name } } } }
    }`);
    expect(data?.stakeholders.nodes).toEqual([
      { name: 'Russia', parent: null, members: { nodes: [{ name: 'Vladimir Putin' }] } },
      { name: 'Ukraine', parent: null, members: { nodes: [{ name: 'Volodymyr Zelensky' }] } },
    ]);
  });

  it('searches stakeholders by alias', async () => {
    const { data } = await server.graphql<{ stakeholders: { nodes: { name: string }[] } }>('{ stakeholders(filter: { search: "kremlin" }) { nodes { name } } }');
    expect(data?.stakeholders.nodes).toEqual([{ name: 'Russia' }]);
  });
});

describe('positions', () => {
  it('keeps history and marks the latest position per topic as current', async () => {
    const { data } = await server.graphql<{
      stakeholder: {
        positions: { nodes: { stance: string; topic: { slug: string } }[] };
        positionHistory: { nodes: { stance: string; isCurrent: boolean; evidence: { text: string } }[] };
      };
    }>(`{
      stakeholder(ref: "vladimir-putin") {
        positions { nodes { stance topic { slug } } }
        positionHistory(topic: "peace-talks") { nodes { stance isCurrent evidence { text } } }
      }
    }`);
    expect(data?.stakeholder.positions.nodes).toEqual([{ stance: 'CONDITIONAL', topic: { slug: 'peace-talks' } }]);
    expect(data?.stakeholder.positionHistory.nodes).toEqual([
      { stance: 'SUPPORTS', isCurrent: false, evidence: { text: 'We are ready for negotiations at any time' } },
      { stance: 'CONDITIONAL', isCurrent: true, evidence: { text: 'Talks only on the realities on the ground' } },
    ]);
  });

  it('filters positions by stakeholder, topic, stance and currency', async () => {
    const { data } = await server.graphql<{ all: { totalCount: number }; current: { nodes: { stance: string }[] }; rejects: { nodes: { stakeholder: { name: string } }[] } }>(`{
      all: positions { totalCount }
      current: positions(filter: { stakeholder: "vladimir-putin", topic: "peace-talks", currentOnly: true }) { nodes { stance } }
      rejects: positions(filter: { stance: REJECTS }) { nodes { stakeholder { name } } }
    }`);
    expect(data?.all.totalCount).toBe(3);
    expect(data?.current.nodes).toEqual([{ stance: 'CONDITIONAL' }]);
    expect(data?.rejects.nodes).toEqual([{ stakeholder: { name: 'Volodymyr Zelensky' } }]);
  });

  it("summarises a topic's current stances", async () => {
    const { data } = await server.graphql<{ topic: { stanceSummary: { stance: string; count: number }[] } }>(
      '{ topic(ref: "ceasefire") { stanceSummary { stance count } } }',
    );
    expect(data?.topic.stanceSummary).toEqual([{ stance: 'REJECTS', count: 1 }]);
  });
});

describe('operation limits', () => {
  it('refuses operations nested deeper than the limit, before running them', async () => {
    const deep = `{ stakeholders { nodes { ${'parent { '.repeat(12)}name${' }'.repeat(12)} } } }`;
    const { errors, data } = await server.graphql(deep);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses operations with too many aliases', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: topics { totalCount }`).join(' ');
    const { errors } = await server.graphql(`{ ${aliases} }`);
    expect(errors?.[0]?.message).toMatch(/aliases/i);
  });
});

describe('operations endpoints', () => {
  it('reports health, readiness and Prometheus metrics', async () => {
    const base = server.url.replace('/graphql', '');
    await server.graphql('{ topics { totalCount } }');
    const [health, ready, metrics] = await Promise.all(['/health', '/ready', '/metrics'].map((path) => fetch(base + path)));
    expect(health?.status).toBe(200);
    expect(await ready?.json()).toEqual({ ready: true, database: true, events: true });
    const text = (await metrics?.text()) ?? '';
    expect(text).toMatch(/^parley_events_listening 1$/m);
    expect(text).toMatch(/^parley_subscribers\{feed="statements"\} 0$/m);
    expect(text).toMatch(/graphql_envelop_phase_execute_count\{[^}]*operationType="query"[^}]*\} [1-9]/);
  });
});

describe('search', () => {
  it('ranks stakeholders, statements and articles in one list', async () => {
    const { data, errors } = await server.graphql<{ search: { rank: number; node: { __typename: string; name?: string; text?: string; title?: string } }[] }>(`{
      search(query: "ceasefire") {
        rank
        node { __typename ... on Stakeholder { name } ... on Statement { text speaker { name } } ... on Article { title } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.search.map((hit) => hit.node)).toContainEqual({ __typename: 'Statement', text: 'There will be no ceasefire on these terms', speaker: { name: 'Volodymyr Zelensky' } });
    const byName = await server.graphql<{ search: { rank: number; node: { __typename: string; name?: string } }[] }>(
      '{ search(query: "the Kremlin") { rank node { __typename ... on Stakeholder { name } } } }',
    );
    expect(byName.data?.search[0]).toEqual({ rank: 1, node: { __typename: 'Stakeholder', name: 'Russia' } });
  });

  it('refuses an empty query', async () => {
    const { errors } = await server.graphql('{ search(query: "  ") { rank } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('request size', () => {
  it('refuses a body over the limit with 413 before reading it', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ topics { totalCount } }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'Request bodies are limited to 1000000 bytes.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('asks a chunked body of unknown length to declare it (411)', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = http.request(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on('error', reject);
      request.end(JSON.stringify({ query: '{ topics { totalCount } }' }));
    });
    expect(status).toBe(411);
  });
});
