import { writeFile } from 'node:fs/promises';
import { printedSchema } from '../schema/printed.js';

/**
 * `npm run schema` (first step): writes `schema.graphql` at the repository root, the SDL that
 * graphql-codegen (`codegen.ts`, the second step) and client tooling read.
 */
const target = new URL('../../schema.graphql', import.meta.url);
await writeFile(target, `${printedSchema()}\n`);
console.log(`Wrote ${target.pathname}`);
