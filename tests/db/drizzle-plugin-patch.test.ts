/**
 * Pins Parley's local patch of @pothos/plugin-drizzle (patches/, applied by `npm install` through
 * patch-package): a leaf field that only reads columns resolves straight from a parent row that
 * carries them, without the selection-mapper's per-row bookkeeping; a row without them still
 * falls back to the plugin's loader. Each case is told apart by the SQL it sends.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relations } from '../../src/db/relations.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { storeSaying, storeTestCatalogue } from '../support/dataset.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await storeTestCatalogue(database.db);
  await storeSaying(database.db, 'First title', [{ speaker: 'vladimir-putin', quote: 'We are ready', topics: [] }]);
  await storeSaying(database.db, 'Second title', [{ speaker: 'vladimir-putin', quote: 'We are still ready', topics: [] }]);
});

afterAll(async () => {
  await database?.dispose();
});

/** A schema of one drizzle type, with rows that come from the plan, carry the column, or lack it. */
function articleSchema() {
  const { db } = database;
  const builder = new SchemaBuilder<{ DrizzleRelations: typeof relations }>({
    plugins: [DrizzlePlugin],
    drizzle: { client: db, getTableConfig, relations },
    // Parley's builder loads the scope-auth plugin, whose global option types ask for this.
    scopeAuth: { authScopes: () => ({}) },
  });
  const Article = builder.drizzleObject('articles', { name: 'Article', select: {}, fields: (t) => ({ title: t.exposeString('title') }) });
  const byId = { orderBy: { id: 'asc' } } as const;
  builder.queryType({
    fields: (t) => ({
      planned: t.drizzleField({ type: [Article], resolve: (query) => db.query.articles.findMany(query(byId)) }),
      // Rows a resolver loaded itself, outside the plan: whole rows, and rows without their title.
      carried: t.field({ type: [Article], resolve: () => db.query.articles.findMany(byId) }),
      lacking: t.field({
        type: [Article],
        resolve: async () => {
          const rows = await db.query.articles.findMany(byId);
          for (const row of rows) Reflect.deleteProperty(row, 'title');
          return rows;
        },
      }),
    }),
  });
  return builder.toSchema();
}

async function titles(field: string) {
  const schema = articleSchema();
  database.resetQueryLog();
  const result = await graphql({ schema, source: `{ ${field} { title } }`, contextValue: {} });
  expect(result.errors).toBeUndefined();
  return { titles: (result.data?.[field] as { title: string }[]).map((a) => a.title), queries: database.queries.length };
}

describe('the patched drizzle plugin', () => {
  it('is the version the patch was made for', async () => {
    // The package exports no package.json; find it beside its entry point.
    const entry = createRequire(import.meta.url).resolve('@pothos/plugin-drizzle');
    const manifest = JSON.parse(await readFile(new URL('../package.json', pathToFileURL(entry)), 'utf8')) as { version: string };
    const patches = await readdir(new URL('../../patches/', import.meta.url));
    expect(patches).toContain(`@pothos+plugin-drizzle+${manifest.version}.patch`);
  });

  it('answers from the planned query alone', async () => {
    expect(await titles('planned')).toEqual({ titles: ['First title', 'Second title'], queries: 1 });
  });

  it('answers a leaf column from a row that carries it, with no second query', async () => {
    // Unpatched, the field finds no mapping for a row the plan did not load and reloads it.
    expect(await titles('carried')).toEqual({ titles: ['First title', 'Second title'], queries: 1 });
  });

  it('still loads a column the row lacks', async () => {
    expect(await titles('lacking')).toEqual({ titles: ['First title', 'Second title'], queries: 2 });
  });
});
