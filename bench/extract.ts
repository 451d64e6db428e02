/** Extraction throughput on one core: articles/s and MB/s over the corpus, repeated. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../src/ingest/article-text.js';
import { readCatalogue } from '../src/seeds/files.js';
import { extract } from '../src/ingest/extract.js';
import type { ArticleText, Catalogue } from '../src/ingest/types.js';

const dir = path.resolve(process.cwd(), process.argv[2] ?? '../shared/corpus');
const rounds = Number(process.argv[3] ?? 60);

function run(articles: ArticleText[], catalogue: Catalogue, times: number): number {
  const t0 = process.hrtime.bigint();
  let statements = 0;
  for (let r = 0; r < times; r++) for (const a of articles) statements += extract(a, catalogue).statements.length;
  if (statements < 0) throw new Error('unreachable');
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const catalogue = await readCatalogue();
const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
const articles = await Promise.all(files.map(async (f) => parseArticle(await readFile(path.join(dir, f), 'utf8'))));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body, 'utf8'), 0);
run(articles, catalogue, 5);
const seconds = run(articles, catalogue, rounds);
const count = articles.length * rounds;
console.table({
  corpus: { articles: articles.length, 'KB per pass': +(bytes / 1024).toFixed(1), passes: rounds },
  result: { 'articles/s': Math.round(count / seconds), 'MB/s': +((bytes * rounds) / 1e6 / seconds).toFixed(2), 'ms/article': +((1000 * seconds) / count).toFixed(2) },
});
