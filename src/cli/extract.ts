/**
 * `npm run --silent extract -- FILE` prints the extraction of one article as JSON;
 * `npm run --silent extract -- --out DIR FILE...` writes DIR/<name>.json for each file, in one process.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { extract } from '../ingest/extract.js';
import { ArticleFormatError } from '../ingest/article-text.js';
import type { Catalogue } from '../ingest/types.js';
import { readCatalogue, SeedFileError } from '../seeds/files.js';
import { readArticle } from './article-file.js';
import { present } from './present.js';

const usage = 'usage: npm run --silent extract -- FILE | --out DIR FILE...\n';

async function extractFile(file: string, catalogue: Catalogue): Promise<string> {
  const article = await readArticle(file);
  return `${JSON.stringify(present(extract(article, catalogue), catalogue), null, 2)}\n`;
}

async function main(args: string[]): Promise<number> {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const files = outAt >= 0 ? args.filter((_, i) => i !== outAt && i !== outAt + 1) : args;
  if (files.length === 0 || (outAt >= 0 && !out) || (outAt < 0 && files.length !== 1)) {
    process.stderr.write(usage);
    return 2;
  }
  try {
    const catalogue = await readCatalogue();
    if (!out) {
      process.stdout.write(await extractFile(files[0] ?? '', catalogue));
      return 0;
    }
    await mkdir(out, { recursive: true });
    let failed = 0;
    for (const file of files) {
      try {
        await writeFile(join(out, `${basename(file).replace(/\.txt$/, '')}.json`), await extractFile(file, catalogue));
      } catch (err) {
        if (!(err instanceof ArticleFormatError)) throw err;
        process.stderr.write(`extract: ${file}: ${err.message}\n`);
        failed++;
      }
    }
    return failed > 0 ? 1 : 0;
  } catch (err) {
    if (!(err instanceof ArticleFormatError || err instanceof SeedFileError)) throw err;
    process.stderr.write(`extract: ${err.message}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
