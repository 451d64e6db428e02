/**
 * Extraction throughput on one core (articles/s, MB/s) over a folder of article files, and the
 * time of each pathological input (bench/pathological.ts). `npm run bench:extract [-- DIR [PASSES]]`;
 * DIR defaults to the regression corpus in tests/fixtures/corpus.
 */
import os from 'node:os';
import path from 'node:path';
import { CorpusError, corpusFiles, defaultCorpusDir, readArticleFile } from '../src/eval/corpus.js';
import { extract } from '../src/ingest/extract.js';
import type { ArticleText, Catalogue } from '../src/ingest/types.js';
import { readCatalogue } from '../src/seeds/files.js';
import { pathological } from './pathological.js';

const dir = process.argv[2] === undefined ? defaultCorpusDir : path.resolve(process.cwd(), process.argv[2]);
const passes = Number(process.argv[3] ?? 20);
if (!Number.isInteger(passes) || passes < 1) fail(`PASSES: expected a positive whole number, got ${process.argv[3]}`);

/** A bad folder or argument: one line and exit status 1, no stack. */
function fail(message: string): never {
  process.stderr.write(`bench:extract: ${message}\n`);
  process.exit(1);
}

async function readCorpus(): Promise<ArticleText[]> {
  try {
    const files = await corpusFiles(dir, '.txt');
    return await Promise.all(files.map((f) => readArticleFile(path.join(dir, f))));
  } catch (error) {
    if (error instanceof CorpusError) fail(error.message);
    throw error;
  }
}

function run(articles: ArticleText[], catalogue: Catalogue, times: number): number {
  const t0 = process.hrtime.bigint();
  let statements = 0;
  for (let r = 0; r < times; r++) for (const a of articles) statements += extract(a, catalogue).statements.length;
  if (statements < 0) throw new Error('unreachable');
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const catalogue = await readCatalogue();
const articles = await readCorpus();
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body, 'utf8'), 0);
run(articles, catalogue, 3);
const rounds = [0, 1, 2].map(() => run(articles, catalogue, passes));
const median = [...rounds].sort((a, b) => a - b)[1] ?? 0;
const count = articles.length * passes;
console.log(`${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`);
console.table({
  corpus: { articles: articles.length, 'KB per pass': +(bytes / 1024).toFixed(1), passes },
  'median of 3': { 'articles/s': Math.round(count / median), 'MB/s': +((bytes * passes) / 1e6 / median).toFixed(2), 'ms/article': +((1000 * median) / count).toFixed(2) },
  rounds: { 'articles/s': rounds.map((s) => Math.round(count / s)).join(', ') },
});
const worst = pathological.map(([name, body]) => {
  const t0 = performance.now();
  const x = extract({ title: 'Pathological', body }, catalogue);
  return { input: name, characters: body.length, ms: Math.round(performance.now() - t0), statements: x.statements.length };
});
console.table(worst);
