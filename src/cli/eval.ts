/**
 * `npm run eval [-- DIR] [--positions]`: score the extractor against a gold corpus (default: the
 * regression corpus in tests/fixtures/corpus). A missing folder or a gold file of another shape
 * is reported in one line naming the file, with exit status 1.
 * `npm run eval -- --format brat DIR`: against brat standoff annotations (see eval-brat.ts).
 */
import path from 'node:path';
import { extract } from '../ingest/extract.js';
import { CorpusError, corpusFiles, defaultCorpusDir, readGoldArticle } from '../eval/corpus.js';
import type { Gold } from '../eval/gold.js';
import { addScores, type ArticleScore, namesOf, norm, type Predicted, prf, scoreArticle } from '../eval/score.js';
import { readCatalogue, SeedFileError } from '../seeds/files.js';
import { present } from './present.js';
import { runFormatEval, takeFormat } from './eval-brat.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}`.padStart(5);

function row(label: string, s: ArticleScore): string {
  const d = prf(s.direct);
  const r = prf(s.reported);
  const pos = s.positions.total === 0 ? 1 : s.positions.found / s.positions.total;
  const loose = s.positions.total === 0 ? 1 : s.positions.holderStance / s.positions.total;
  const precision = s.positions.predicted === 0 ? 1 : 1 - s.positions.wrong / s.positions.predicted;
  return `${label.padEnd(58)} ${pct(d.precision)} ${pct(d.recall)} ${pct(d.f1)} ${pct(d.speaker)}   ${pct(r.recall)} ${pct(r.speaker)}   ${pct(pos)} ${pct(loose)}  ${pct(precision)}`;
}

/**
 * For judging topics by hand (the corpus README allows it, gold topics being free text):
 * each required gold position beside the catalogue topics predicted for the same holder and stance.
 */
function positionPairs(gold: Gold, predicted: Predicted): string[] {
  return gold.positions
    .filter((g) => !g.optional)
    .map((g) => {
      const holders = namesOf(gold, g.stakeholder);
      const topics = new Set(predicted.positions.filter((p) => holders.has(norm(p.stakeholder)) && p.stance === g.stance).map((p) => p.topic));
      return `  ${g.stakeholder} ${g.stance} [${g.topic}] -> ${[...topics].join(' | ') || '(none)'}`;
    });
}

async function scoreCorpus(args: string[]): Promise<void> {
  const listPositions = args.includes('--positions');
  const given = args.find((a) => !a.startsWith('--'));
  const dir = given === undefined ? defaultCorpusDir : path.resolve(process.cwd(), given);
  const catalogue = await readCatalogue();
  const files = await corpusFiles(dir, '.gold.json');
  // Every file is checked before any is scored, so a bad one fails the run before its table starts.
  const corpus = [];
  for (const f of files) corpus.push(await readGoldArticle(dir, f));
  let total: ArticleScore | null = null;
  console.log(`${'article'.padEnd(58)} DIRECT: P     R    F1  spkr   REPORTED: R spkr   POS: R  holder+stance: R     P`);
  for (const { name, gold, article } of corpus) {
    const predicted = present(extract(article, catalogue), catalogue);
    const score = scoreArticle(gold, predicted);
    total = total ? addScores(total, score) : score;
    console.log(row(name, score));
    if (listPositions) console.log(positionPairs(gold, predicted).join('\n'));
  }
  if (total) console.log(row('OVERALL (micro)', total));
}

async function main(): Promise<void> {
  const { format, rest: args } = takeFormat(process.argv.slice(2));
  if (format !== 'corpus') {
    process.exitCode = await runFormatEval(format, args);
    return;
  }
  try {
    await scoreCorpus(args);
  } catch (error) {
    if (!(error instanceof CorpusError || error instanceof SeedFileError)) throw error;
    process.stderr.write(`eval: ${error.message}\n`);
    process.exitCode = 1;
  }
}

await main();
