import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { storeTestCatalogue, storeSaying } from '../support/dataset.js';
import { startTestServer, type TestServer } from '../support/server.js';

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  // The deep query below asks for up to 100 × 20 positions (cost 14 101): this file pins SQL
  // planning, not the cost limit (tests/server/limits.test.ts), so the budget is raised here.
  server = await startTestServer(database, { settings: { QUERY_MAX_COST: 50_000 } });
  // The live-event hub reads new rows after every commit; stopped, it leaves in the query
  // log only what each GraphQL request sends.
  await server.app.events.stop();
});

afterAll(async () => {
  await server?.stop();
  await database?.dispose();
});

beforeEach(async () => {
  await database.truncate();
  await storeTestCatalogue(database.db);
});

const deepQuery = /* GraphQL */ `{
  statements(first: 100) {
    nodes {
      text
      article { title url }
      topics { name }
      speaker {
        name
        parent { name }
        positions(currentOnly: false) { nodes { stance topic { name } evidence { text } } }
      }
    }
  }
}`;

let stored = 0;

async function storeArticles(count: number) {
  for (const i of Array.from({ length: count }, () => stored++)) {
    await storeSaying(database.db, `Article ${i}`, [
      { speaker: 'vladimir-putin', quote: `Statement ${i} on talks`, topics: ['peace-talks'], stance: 'SUPPORTS' },
      { speaker: 'volodymyr-zelensky', quote: `Statement ${i} on a ceasefire`, topics: ['ceasefire'], stance: 'REJECTS' },
    ]);
  }
}

/** The SQL statements one GraphQL request sends, with their text, for the failure message. */
async function statementsFor(query: string) {
  database.resetQueryLog();
  const { data, errors } = await server.graphql<{ statements: { nodes: unknown[] } }>(query);
  expect(errors).toBeUndefined();
  return { rows: data?.statements.nodes.length ?? 0, sql: [...database.queries] };
}

describe('query planning', () => {
  it('resolves statements → speaker → positions → topic, and article, in one SQL statement', async () => {
    await storeArticles(2);
    const { rows, sql } = await statementsFor(deepQuery);
    expect(rows).toBe(4);
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/^select .*from "statements"/);
  });

  it('sends as many statements for 40 rows as for 4', async () => {
    await storeArticles(2);
    const few = await statementsFor(deepQuery);
    await storeArticles(18);
    const many = await statementsFor(deepQuery);
    expect(many.rows).toBe(40);
    expect(many.sql).toHaveLength(few.sql.length);
  });

  it('adds one count statement when totalCount is asked for, not one per row', async () => {
    await storeArticles(3);
    const { sql } = await statementsFor('{ statements { totalCount nodes { speaker { statements { totalCount } } } } }');
    expect(sql).toHaveLength(2);
  });
});

/**
 * The read benchmark's operations (bench/read/): each sends a fixed number of statements,
 * however many rows it returns. Run over 20 articles so every relation and page has rows.
 */
describe('read operations', () => {
  const operations = {
    feed: { query: '{ statements(first: 50) { nodes { seq text kind saidAt speaker { slug name } article { title url publishedAt } } } }', statements: 1 },
    stakeholder: {
      query:
        '{ stakeholder(ref: "vladimir-putin") { slug name kind positions(first: 100) { nodes { stance summary observedAt topic { slug name } evidence { seq text } } } statements(first: 10) { nodes { seq text saidAt } } } }',
      statements: 1,
    },
    topic: {
      query: '{ topic(ref: "peace-talks") { slug name stanceSummary { stance count } positions(first: 100) { nodes { stance observedAt stakeholder { slug name } } } } }',
      statements: 1,
    },
    search: { query: '{ statements(first: 20, filter: { search: "ceasefire" }) { nodes { seq text speaker { slug name } } } }', statements: 1 },
  };

  for (const [name, { query, statements }] of Object.entries(operations)) {
    it(`${name} sends ${statements} SQL statement${statements > 1 ? 's' : ''}`, async () => {
      await storeArticles(20);
      database.resetQueryLog();
      const { data, errors } = await server.graphql(query);
      expect(errors).toBeUndefined();
      expect(JSON.stringify(data)).not.toMatch(/"nodes":\[\]|^\{"\w+":null\}$/);
      expect(database.queries).toHaveLength(statements);
    });
  }

  it('the ranked search over all kinds sends the ranking and one statement per kind found, however deep', async () => {
    await storeArticles(20);
    await storeSaying(database.db, 'Putin on Putin', [{ speaker: 'volodymyr-zelensky', quote: 'Putin will not stop', topics: ['ceasefire'] }]);
    database.resetQueryLog();
    const { data, errors } = await server.graphql<{ search: { node: { __typename: string } }[] }>(
      '{ search(query: "Putin", first: 100) { rank node { __typename ... on Statement { text speaker { name parent { name } } article { title } topics { name } } ... on Article { title } ... on Stakeholder { name parent { name } } } } }',
    );
    expect(errors).toBeUndefined();
    const kinds = new Set(data?.search.map((hit) => hit.node.__typename));
    expect([...kinds].sort()).toEqual(['Article', 'Stakeholder', 'Statement']);
    expect(database.queries).toHaveLength(1 + kinds.size);
  });
});
