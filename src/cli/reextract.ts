import { extractInline } from '../services/extraction.js';
import { outdatedArticles, reextractArticles } from '../services/reextract.js';
import { openCliDatabase, readConfig } from './setup.js';

/**
 * `npm run reextract [-- --all | ID…]`: re-runs the current extractor over stored articles, one
 * transaction per article (default: every article an older extractor read). Unchanged statements
 * keep their seq; new ones are published to subscribers as usual.
 */
const args = process.argv.slice(2);
if (args.some((a) => a !== '--all' && !/^\d+$/.test(a))) {
  console.error('usage: npm run reextract [-- --all | ARTICLE_ID...]   (default: articles read by an older extractor)');
  process.exit(2);
}

const config = readConfig();
const database = await openCliDatabase(config);
try {
  const ids = args.includes('--all') ? (await database.db.query.articles.findMany({ columns: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id) : args.length > 0 ? args.map(Number) : await outdatedArticles(database.db);
  const total = await reextractArticles(database.db, ids, extractInline, (id, c) => console.log(`article ${id}: ${c.kept} kept, ${c.added} added, ${c.removed} removed`));
  console.log(`re-extracted ${total.articles} articles: ${total.kept} statements kept, ${total.added} added, ${total.removed} removed`);
} catch (error) {
  console.error(`reextract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
