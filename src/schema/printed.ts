import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** The schema as SDL, types sorted by name: what `schema.graphql` and the snapshot hold. */
export function printedSchema(): string {
  return printSchema(lexicographicSortSchema(schema));
}
