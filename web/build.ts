import { readFile, readdir, mkdir, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

/**
 * Builds the live page served at `/`: `web/src/main.ts` bundled (with the graphql-ws client)
 * into one ES module, next to the static files of `web/public/`. The result is committed in
 * `web/dist/`, so `npm start` needs no build step; a test fails when it is stale.
 */
const root = new URL('./', import.meta.url);
export const distDir = new URL('dist/', root);

/** Every file of the built page, by name, as text. */
export async function buildLivePage(): Promise<Map<string, string>> {
  const bundle = await build({
    entryPoints: [new URL('src/main.ts', root).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    outfile: 'app.js',
  });
  const files = new Map<string, string>();
  for (const output of bundle.outputFiles) files.set('app.js', output.text);
  const publicDir = new URL('public/', root);
  for (const name of await readdir(publicDir)) files.set(name, await readFile(new URL(name, publicDir), 'utf8'));
  return files;
}

/** `npm run build:web`: rewrites web/dist/. */
export async function writeLivePage() {
  const files = await buildLivePage();
  await rm(distDir, { recursive: true, force: true });
  await mkdir(distDir, { recursive: true });
  for (const [name, text] of files) await writeFile(new URL(name, distDir), text);
  return [...files.keys()];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`web/dist: ${(await writeLivePage()).join(', ')}`);
