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
