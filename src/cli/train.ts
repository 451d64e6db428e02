/**
 * `npm run train -- --corpus DIR`: relearn the extractor's data-driven word lists from a folder of
 * news texts (DIR/text/*.txt, or DIR/*.txt), e.g. PolNeAR's train split. Deterministic: the same
 * texts give byte-identical files. Writes src/ingest/lexicon/lowercase-words.json and
 * first-names-learned.json; commit them with a note of the corpus used.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bandsOf, smoothedPrecision } from '../eval/brat/bands.js';
import { evaluateBratFolder } from '../eval/brat/evaluate.js';
import { parseArticle } from '../ingest/article-text.js';
import { extract } from '../ingest/extract.js';
import { bases } from '../ingest/types.js';
import { readCatalogue } from '../seeds/files.js';
import { present, type PublicExtraction } from './present.js';
import { countries, groupNames, honorifics, notNameWords, organisationHeads, titleWords } from '../ingest/lexicon/lexicon.js';
import { learnFirstNames } from '../train/first-names.js';
import { lowercaseWords } from '../train/word-case.js';

const lexiconDir = fileURLToPath(new URL('../ingest/lexicon/', import.meta.url));

async function texts(dir: string): Promise<string[]> {
  const textDir = (await stat(path.join(dir, 'text')).catch(() => null))?.isDirectory() ? path.join(dir, 'text') : dir;
  const files = (await readdir(textDir)).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no .txt files in ${textDir}`);
  return Promise.all(files.map((f) => readFile(path.join(textDir, f), 'utf8')));
}

/**
 * With annotations beside the texts (a brat folder), measure how often each basis of attribution is
 * right and store it as that basis's confidence. Run after the word lists: they change the extraction.
 */
async function calibrate(dir: string, source: string): Promise<void> {
  const catalogue = await readCatalogue();
  const extractions: PublicExtraction['statements'][] = [];
  const { scores } = await evaluateBratFolder(dir, (file) => {
    const statements = present(extract(parseArticle(file), catalogue), catalogue).statements;
    extractions.push(statements);
    return statements;
  });
  const bands = bandsOf(scores, extractions, (s) => s.basis);
  const confidence: Record<string, number> = {};
  const counts: Record<string, string> = {};
  for (const basis of bases) {
    const kind = basis.startsWith('reported') ? 'REPORTED' : 'DIRECT';
    const band = bands.get(`${kind} ${basis}`) ?? { kind, statements: 0, judged: 0, right: 0 };
    // A basis seen too rarely to measure keeps the neutral default rather than a noisy figure.
    if (band.judged >= 20) confidence[basis] = Math.round(100 * smoothedPrecision(band)) / 100;
    counts[basis] = `${band.right}/${band.judged}`;
  }
  const note = `Confidence of a statement by how its speaker was found: the share of statements found that way that the annotations confirm (DIRECT: a real quotation with the right speaker; REPORTED: a real attribution), as (right + 1) / (judged + 2), measured by \`npm run train\` on ${source} (PolNeAR v1.0 train split) with the reference scorer's rules. counts: right/judged; a basis judged fewer than 20 times is not measured and takes the default (PolNeAR marks no unmarked block quotations, so blocks are never measured there).`;
  await writeFile(path.join(lexiconDir, 'confidence.json'), `${JSON.stringify({ note, default: 0.5, bases: confidence, counts }, null, 1)}\n`);
  process.stdout.write(`train: confidence of ${bases.length} bases from ${scores.length} annotated articles\n`);
}

async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--corpus');
  const dir = at >= 0 ? args[at + 1] : undefined;
  if (!dir) {
    process.stderr.write('usage: npm run train -- --corpus DIR   (DIR/text/*.txt: news texts, e.g. a PolNeAR train split)\n');
    return 2;
  }
  const corpus = await texts(path.resolve(dir)).catch((err: unknown) => {
    process.stderr.write(`train: ${err instanceof Error ? err.message : String(err)}\n`);
    return null;
  });
  if (!corpus) return 1;
  const lower = lowercaseWords(corpus);
  const common = new Set(lower);
  const placeWords = new Set(countries.flatMap((c) => [...c.name.split(' '), ...c.demonyms, ...c.capitals.flatMap((x) => x.split(' '))]));
  const notNames = (w: string): boolean => {
    const l = w.toLowerCase();
    return common.has(l) || titleWords.has(l) || honorifics.has(w) || notNameWords.has(l) || organisationHeads.has(l) || groupNames.has(w) || placeWords.has(w);
  };
  const names = learnFirstNames(corpus, notNames);
  const source = `${corpus.length} texts of ${path.basename(path.resolve(dir))}`;
  await writeFile(
    path.join(lexiconDir, 'lowercase-words.json'),
    `${JSON.stringify({ note: `Words written in lower case at least as often as capitalised (and at least 3 times), learned by \`npm run train\` from ${source} (PolNeAR v1.0 train split). A capitalised sentence-initial word in this list is no name ("Many voters").`, words: lower })}\n`,
  );
  await writeFile(
    path.join(lexiconDir, 'first-names-learned.json'),
    `${JSON.stringify({ note: `First names and their gender learned by \`npm run train\` from ${source} (PolNeAR v1.0 train split): Mr./Mrs./Ms. before the surname of the only full name with that surname, or a He/She sentence right after the only full name of a sentence; at least 3 votes, 85 % agreement.`, names }, null, 0)}\n`,
  );
  process.stdout.write(`train: ${lower.length} lower-case words, ${Object.keys(names).length} first names from ${source}\n`);
  if ((await stat(path.join(path.resolve(dir), 'attributions')).catch(() => null))?.isDirectory()) await calibrate(path.resolve(dir), source);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
