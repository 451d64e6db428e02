import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

describe('schema', () => {
  it('matches the reviewed snapshot: every API change shows up in review', async () => {
    await expect(printSchema(lexicographicSortSchema(schema))).toMatchFileSnapshot('../__snapshots__/schema.graphql');
  });
});

describe('introspection', () => {
  it('can be switched off', async () => {
    const { createTestDatabase } = await import('../support/database.js');
    const { startTestServer } = await import('../support/server.js');
    const database = await createTestDatabase();
    const server = await startTestServer(database, { settings: { GRAPHQL_INTROSPECTION: false } });
    try {
      const { errors } = await server.graphql('{ __schema { types { name } } }');
      expect(errors?.[0]?.message).toMatch(/introspection/i);
      const { data } = await server.graphql<{ topics: { totalCount: number } }>('{ topics { totalCount } }');
      expect(data?.topics.totalCount).toBe(0);
    } finally {
      await server.stop();
      await database.dispose();
    }
  });
});
