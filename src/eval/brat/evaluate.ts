/**
 * Scores an extractor over a brat folder with the reference scorer's rules. The extractor is passed
 * in (the CLI gives Parley's in-process one), so this module knows nothing of how extraction works.
 */
import { extractorInput, type InputForm } from './extractor-input.js';
import { readGoldFolder, type GoldFolderOptions } from './folder.js';
import type { PublicStatement } from './predictions.js';
import { type ArticleScore, scoreArticle } from './score-article.js';
import { type Totals, totalsOf } from './summary.js';

/** Turns one article file's text (title line, blank line, body) into the public statements. */
export type Extractor = (fileText: string) => readonly PublicStatement[] | Promise<readonly PublicStatement[]>;

export interface BratEvalOptions extends GoldFolderOptions {
  /** what the extractor is given (default `paragraphs`) */
  input?: InputForm;
  /** called after each article (for progress lines) */
  onArticle?: (score: ArticleScore) => void;
}

export interface BratEvalResult {
  scores: ArticleScore[];
  totals: Totals;
  commonWordsFolder: string;
  /** articles whose body was rewritten for `--input paragraphs` */
  rewritten: number;
}

/** Extracts and scores every article of the folder; an extractor failure scores that article as empty. */
export async function evaluateBratFolder(dir: string, extractor: Extractor, options: BratEvalOptions = {}): Promise<BratEvalResult> {
  const { articles, commonWordsFolder } = await readGoldFolder(dir, options);
  const scores: ArticleScore[] = [];
  let rewritten = 0;
  for (const article of articles) {
    const { file, input } = extractorInput(article, options.input ?? 'paragraphs');
    if (input.toOriginal) rewritten++;
    let statements: readonly PublicStatement[] = [];
    let error: string | null = null;
    try {
      statements = await extractor(file);
    } catch (err) {
      error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    }
    const score = scoreArticle(article, statements, input, error);
    scores.push(score);
    options.onArticle?.(score);
  }
  return { scores, totals: totalsOf(scores), commonWordsFolder, rewritten };
}
