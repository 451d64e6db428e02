import { readdir, readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.js';
import { printedSchema } from '../../src/schema/printed.js';
import { buildLivePage, distDir } from '../../web/build.js';

const root = new URL('../../', import.meta.url);
const committed = (path: string) => readFile(new URL(path, root), 'utf8');
const stale = (what: string, fix: string) => `${what} is stale: run \`${fix}\` and commit the result`;

describe('committed client artifacts', () => {
  it('schema.graphql is the schema the server serves', async () => {
    expect(await committed('schema.graphql'), stale('schema.graphql', 'npm run schema')).toBe(`${printedSchema()}\n`);
  });

  it('possible-types.json and the typed documents are what graphql-codegen makes from it', async () => {
    // From the printed schema itself, so this holds even before schema.graphql is rewritten.
    const outputs: { filename: string; content: string }[] = await generate({ ...codegenConfig, schema: printedSchema(), silent: true }, false);
    expect(outputs.map((o) => o.filename).sort()).toEqual(
      expect.arrayContaining(['possible-types.json', 'web/src/gql/graphql.ts', 'examples/apollo/gql/graphql.ts']),
    );
    for (const { filename, content } of outputs) expect(await committed(filename), stale(filename, 'npm run schema')).toBe(content);
  });

  it('web/dist is what web/build.ts makes from web/src and web/public', async () => {
    const built = await buildLivePage();
    expect((await readdir(distDir)).sort()).toEqual([...built.keys()].sort());
    for (const [name, text] of built) expect(await readFile(new URL(name, distDir), 'utf8'), stale(`web/dist/${name}`, 'npm run build:web')).toBe(text);
  });
});
