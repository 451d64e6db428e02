/** `npm run --silent extract -- FILE`: print the extraction of one article as JSON. */
import { extract } from '../ingest/extract.js';
import { ArticleFormatError } from '../ingest/article-text.js';
import { readCatalogue, SeedFileError } from '../seeds/files.js';
import { readArticle } from './article-file.js';
import { present } from './present.js';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run --silent extract -- FILE\n');
    return 2;
  }
  try {
    const [article, catalogue] = await Promise.all([readArticle(file), readCatalogue()]);
    process.stdout.write(`${JSON.stringify(present(extract(article, catalogue), catalogue), null, 2)}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof ArticleFormatError || err instanceof SeedFileError)) throw err;
    process.stderr.write(`extract: ${err.message}\n`);
    return 2;
  }
}

process.exitCode = await main();
