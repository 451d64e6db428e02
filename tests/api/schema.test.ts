import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

describe('schema', () => {
  it('matches the reviewed snapshot: every API change shows up in review', async () => {
    await expect(printSchema(lexicographicSortSchema(schema))).toMatchFileSnapshot('../__snapshots__/schema.graphql');
  });
});
