/**
 * `npm run eval -- --format brat DIR [--input paragraphs|raw] [--common-words-from DIR] [--limit N]
 * [--quiet] [--label NAME] [--out FILE]`: scores the in-process extractor on a folder of brat
 * standoff annotations with the PolNeAR reference scorer's rules (src/eval/brat/).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type BratEvalResult, evaluateBratFolder, type Extractor } from '../eval/brat/evaluate.js';
import type { ArticleScore } from '../eval/brat/score-article.js';
import { inputForms } from '../eval/brat/extractor-input.js';
import { BratFormatError } from '../eval/brat/standoff.js';
import { articleHeader, articleLine, summarise, summaryLine } from '../eval/brat/summary.js';
import { extract } from '../ingest/extract.js';
import { parseArticle } from '../ingest/article-text.js';
import { readCatalogue, SeedFileError } from '../seeds/files.js';
import { present, type PublicExtraction } from './present.js';
import { bandsOf, type BandCounts } from '../eval/brat/bands.js';

/** Takes `--format X` out of the arguments (`corpus` when absent: the `*.gold.json` corpus format). */
export function takeFormat(args: readonly string[]): { format: string; rest: string[] } {
  const i = args.indexOf('--format');
  if (i < 0) return { format: 'corpus', rest: [...args] };
  return { format: args[i + 1] ?? '', rest: [...args.slice(0, i), ...args.slice(i + 2)] };
}

/** Bad command-line arguments (exit status 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      input: { type: 'string', default: 'paragraphs' },
      'common-words-from': { type: 'string' },
      limit: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      label: { type: 'string' },
      out: { type: 'string' },
      bands: { type: 'boolean', default: false },
    },
  });
  const input = inputForms.find((f) => f === values.input);
  if (!input) throw new UsageError(`--input ${values.input}: expected one of ${inputForms.join(', ')}`);
  const limit = values.limit === undefined ? 0 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit ${values.limit}: expected a whole number`);
  const [dir, ...extra] = positionals;
  if (!dir || extra.length > 0) throw new UsageError('expected exactly one brat folder: npm run eval -- --format brat DIR');
  const abs = path.resolve(dir);
  const commonWordsFrom = values['common-words-from'] === undefined ? undefined : path.resolve(values['common-words-from']);
  return { dir: abs, input, commonWordsFrom, limit, quiet: values.quiet, label: values.label ?? `brat-${path.basename(abs)}`, out: values.out, bands: values.bands };
}

/** The `--out` file: options, summary figures, totals and per-article counts. */
function resultsJson(o: ReturnType<typeof options>, result: BratEvalResult) {
  const { speakerByClass, ...totals } = result.totals;
  return { dir: o.dir, input: o.input, commonWordsFolder: result.commonWordsFolder, summary: summarise(result.totals), totals: { ...totals, speakerByClass: Object.fromEntries(speakerByClass) }, perArticle: result.scores };
}

/** `--bands`: measured precision of each basis and its stated confidence. */
function bandTable(bands: Map<string, BandCounts>): string {
  const rows = [...bands].sort(([a], [b]) => a.localeCompare(b)).map(([k, b]) => `${k.padEnd(36)} ${String(b.statements).padStart(6)} ${String(b.judged).padStart(6)} ${(b.judged ? (100 * b.right) / b.judged : 0).toFixed(1).padStart(6)}`);
  return [`${'kind basis confidence'.padEnd(36)} ${'stmts'.padStart(6)} ${'judged'.padStart(6)} ${'P %'.padStart(6)}`, ...rows].join('\n');
}

/** Problems of the input or the command line, answered with exit status 2 and a message. */
function isExpected(err: unknown): err is Error {
  const badOption = err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS');
  return err instanceof UsageError || err instanceof BratFormatError || err instanceof SeedFileError || badOption;
}

/** Runs the evaluation of a `--format` other than `corpus` (only `brat` exists); returns the exit status. */
export async function runFormatEval(format: string, args: string[]): Promise<number> {
  try {
    if (format !== 'brat') throw new UsageError(`--format ${format}: expected corpus or brat`);
    const o = options(args);
    const catalogue = await readCatalogue();
    const extractions: PublicExtraction['statements'][] = [];
    const extractor: Extractor = (file) => {
      const statements = present(extract(parseArticle(file), catalogue), catalogue).statements;
      extractions.push(statements);
      return statements;
    };
    if (!o.quiet) console.log(articleHeader);
    const onArticle = o.quiet ? undefined : (s: ArticleScore) => console.log(articleLine(s));
    const result = await evaluateBratFolder(o.dir, extractor, { ...o, onArticle });
    process.stderr.write(`[eval] usually-lower-case words counted in ${result.commonWordsFolder}; ${result.rewritten} bodies rewritten as paragraphs\n`);
    if (result.totals.errors) process.stderr.write(`[eval] ${result.totals.errors} articles failed (no statements scored for them)\n`);
    if (result.totals.offsetMismatch) process.stderr.write(`[eval] ${result.totals.offsetMismatch} statements whose quote differs from the text at start..end\n`);
    if (o.out) {
      await writeFile(o.out, `${JSON.stringify(resultsJson(o, result), null, 1)}\n`);
      process.stderr.write(`[results] ${o.out}\n`);
    }
    if (o.bands) console.log(bandTable(bandsOf(result.scores, extractions, (x) => `${x.basis} ${x.confidence.toFixed(2)}`)));
    console.log(summaryLine(o.label, result.totals));
    return 0;
  } catch (err) {
    if (!isExpected(err)) throw err;
    process.stderr.write(`eval: ${err.message}\n`);
    return 2;
  }
}
