/** `npm run eval [-- DIR]`: score the extractor against a gold corpus (default ../shared/corpus). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extract } from '../ingest/extract.js';
import { addScores, prf, scoreArticle, type ArticleScore, type Gold } from '../eval/score.js';
import { parseArticle } from '../ingest/article-text.js';
import { readCatalogue } from '../seeds/files.js';
import { present } from './present.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}`.padStart(5);

function row(label: string, s: ArticleScore): string {
  const d = prf(s.direct);
  const r = prf(s.reported);
  const pos = s.positions.total === 0 ? 1 : s.positions.found / s.positions.total;
  const loose = s.positions.total === 0 ? 1 : s.positions.holderStance / s.positions.total;
  const precision = s.positions.predicted === 0 ? 1 : 1 - s.positions.wrong / s.positions.predicted;
  return `${label.padEnd(58)} ${pct(d.precision)} ${pct(d.recall)} ${pct(d.f1)} ${pct(d.speaker)}   ${pct(r.recall)} ${pct(r.speaker)}   ${pct(pos)} ${pct(loose)}  ${pct(precision)}`;
}

async function main(): Promise<void> {
  const dir = path.resolve(process.cwd(), process.argv[2] ?? '../shared/corpus');
  const catalogue = await readCatalogue();
  const files = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  let total: ArticleScore | null = null;
  console.log(`${'article'.padEnd(58)} DIRECT: P     R    F1  spkr   REPORTED: R spkr   POS: R  holder+stance: R     P`);
  for (const f of files) {
    const gold = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as Gold & { file?: string };
    const txt = path.join(dir, gold.file ?? f.replace(/\.gold\.json$/, '.txt'));
    const article = parseArticle(await readFile(txt, 'utf8'));
    const score = scoreArticle(gold, present(extract(article, catalogue), catalogue));
    total = total ? addScores(total, score) : score;
    console.log(row(path.basename(txt, '.txt'), score));
  }
  if (total) console.log(row('OVERALL (micro)', total));
}

await main();
