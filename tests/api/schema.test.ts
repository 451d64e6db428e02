import { describe, expect, it } from 'vitest';

// The printed schema is pinned once, as the committed schema.graphql at the root
// (tests/clients/artifacts.test.ts): every API change shows up in review there.

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
