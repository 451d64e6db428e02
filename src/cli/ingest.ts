import { basename } from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { ingestArticle } from '../services/articles.js';
import { readArticle } from './article-file.js';

/** `npm run ingest -- FILE…`: stores articles in the configured database, one progress line each. */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run ingest -- FILE...   (line 1 headline, blank line, then the body)');
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR });
let failed = 0;
try {
  for (const [index, file] of files.entries()) {
    const started = performance.now();
    const prefix = `[${index + 1}/${files.length}] ${basename(file)}:`;
    try {
      const article = await readArticle(file);
      const result = await ingestArticle(database.db, article);
      const ms = Math.round(performance.now() - started);
      console.log(
        result.created
          ? `${prefix} stored as article ${result.articleId}: ${result.statements} statements, ${result.positions} positions (${ms} ms)`
          : `${prefix} already stored as article ${result.articleId}, unchanged`,
      );
    } catch (error) {
      failed += 1;
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`${prefix} failed, nothing stored: ${reason}`);
    }
  }
} finally {
  await database.close();
}
process.exitCode = failed > 0 ? 1 : 0;
