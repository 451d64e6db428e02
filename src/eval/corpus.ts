/**
 * Reading a folder of `NAME.txt` articles and their `NAME.gold.json` annotations for the eval and
 * bench commands. Every problem is a CorpusError whose message is one line naming the file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../ingest/article-text.js';
import type { ArticleText } from '../ingest/types.js';
import { type Gold, parseGold } from './gold.js';

/** The regression corpus kept in the repository, found from this file rather than the working directory. */
export const defaultCorpusDir = fileURLToPath(new URL('../../tests/fixtures/corpus/', import.meta.url));

/** A corpus folder or file that cannot be used; the message is meant to be printed as it is. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');

/** The file names in `dir` ending with `suffix`, sorted; fails when the folder is missing or holds none. */
export async function corpusFiles(dir: string, suffix: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) throw new CorpusError(`${dir}: no such folder`);
    throw error;
  }
  const files = names.filter((f) => f.endsWith(suffix)).sort();
  if (files.length === 0) throw new CorpusError(`${dir}: no *${suffix} files`);
  return files;
}

async function readText(file: string, why: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) throw new CorpusError(`${file}: no such file${why}`);
    throw error;
  }
}

export async function readArticleFile(file: string, why = ''): Promise<ArticleText> {
  return parseArticle(await readText(file, why));
}

export interface GoldArticle {
  /** the text file's name without `.txt` */
  name: string;
  gold: Gold;
  article: ArticleText;
}

/** One gold file, validated, and the article it annotates. */
export async function readGoldArticle(dir: string, goldName: string): Promise<GoldArticle> {
  const goldFile = path.join(dir, goldName);
  const parsed = parseGold(await readText(goldFile, ''));
  if (!parsed.ok) throw new CorpusError(`${goldFile}: ${parsed.problem}`);
  const textName = parsed.gold.file ?? goldName.replace(/\.gold\.json$/, '.txt');
  const article = await readArticleFile(path.join(dir, textName), ` (named by ${goldName})`);
  return { name: path.basename(textName, '.txt'), gold: parsed.gold, article };
}
