/**
 * Finds the articles of a brat folder. Two layouts: PolNeAR's `text/NAME.txt` beside
 * `attributions/NAME_ANNOTATOR.ann`, or a flat folder of `NAME.txt` with `NAME.ann` / `NAME_ANNOTATOR.ann`.
 * One annotator per article: the first annotation file in sorted order of annotator.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { commonWords } from './common-words.js';
import { type ArticleSource, buildGoldArticle, type GoldArticle } from './gold.js';
import { BratFormatError } from './standoff.js';

export interface BratEntry {
  name: string;
  textFile: string;
  /** annotation files, first (the one scored) first; empty when the article has none */
  annFiles: { file: string; annotator: string | null }[];
}

const isDir = async (p: string): Promise<boolean> => (await stat(p).catch(() => null))?.isDirectory() ?? false;

/** The folder holding the `.txt` files of a brat folder (`DIR/text` or DIR itself). */
export async function textFolder(dir: string): Promise<string> {
  return (await isDir(path.join(dir, 'text'))) ? path.join(dir, 'text') : dir;
}

/** Every `NAME.txt` of the folder with its annotation files, sorted by name. */
export async function listBratFolder(dir: string): Promise<BratEntry[]> {
  if (!(await isDir(dir))) throw new BratFormatError(`${dir} is not a folder`);
  const split = await isDir(path.join(dir, 'text'));
  const tdir = split ? path.join(dir, 'text') : dir;
  const adir = split ? path.join(dir, 'attributions') : dir;
  const names = (await readdir(tdir)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const known = new Set(names);
  const anns = new Map<string, { file: string; annotator: string | null }[]>();
  for (const f of (await isDir(adir)) ? await readdir(adir) : []) {
    if (!f.endsWith('.ann')) continue;
    const stem = f.slice(0, -4);
    const cut = stem.lastIndexOf('_');
    // NAME.ann (plain brat) or NAME_ANNOTATOR.ann (PolNeAR)
    const [name, annotator] = known.has(stem) || cut < 0 ? [stem, null] : [stem.slice(0, cut), stem.slice(cut + 1)];
    anns.set(name, [...(anns.get(name) ?? []), { file: path.join(adir, f), annotator }]);
  }
  const order = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  return names.map((name) => ({
    name,
    textFile: path.join(tdir, `${name}.txt`),
    annFiles: (anns.get(name) ?? []).sort((a, b) => order(a.annotator, b.annotator)),
  }));
}

/** Reads an entry: its text and first annotation file. */
export async function readEntry(entry: BratEntry): Promise<ArticleSource> {
  const first = entry.annFiles[0];
  const [text, ann] = await Promise.all([readFile(entry.textFile, 'utf8'), first ? readFile(first.file, 'utf8') : Promise.resolve(null)]);
  return { name: entry.name, text, ann, annotator: first?.annotator ?? null, annotators: entry.annFiles.length };
}

/**
 * Where the usually-lower-case words are counted by default: the train texts beside a split folder
 * (`DIR/../train/text`, as the reference scorer counts them for every split), else the texts scored.
 */
export async function defaultCommonWordsFolder(dir: string): Promise<string> {
  const train = path.join(dir, '..', 'train', 'text');
  return (await isDir(train)) ? train : textFolder(dir);
}

/** The usually-lower-case words of every `.txt` in a folder. */
export async function commonWordsFromFolder(dir: string): Promise<Set<string>> {
  if (!(await isDir(dir))) throw new BratFormatError(`${dir} (common words) is not a folder`);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  return commonWords(await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8'))));
}

export interface GoldFolderOptions {
  /** folder of `.txt` files to count the usually-lower-case words in (default: defaultCommonWordsFolder) */
  commonWordsFrom?: string | undefined;
  /** only the first N articles by name (0 or unset: all) */
  limit?: number | undefined;
}

/** The gold of every article of a brat folder, and the folder the common words were counted in. */
export async function readGoldFolder(dir: string, options: GoldFolderOptions = {}): Promise<{ articles: GoldArticle[]; commonWordsFolder: string }> {
  const entries = await listBratFolder(dir);
  const chosen = options.limit ? entries.slice(0, options.limit) : entries;
  const commonWordsFolder = options.commonWordsFrom ?? (await defaultCommonWordsFolder(dir));
  const common = await commonWordsFromFolder(commonWordsFolder);
  const articles = await Promise.all(chosen.map(async (e) => buildGoldArticle(await readEntry(e), common)));
  return { articles, commonWordsFolder };
}
