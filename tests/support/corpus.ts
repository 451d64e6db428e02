import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Gold } from '../../src/eval/score.js';
import { parseArticle } from '../../src/ingest/article-text.js';

/** ../shared/corpus, beside the repository (read-only, present in CI). */
export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export async function corpusArticle(name: string) {
  const [text, gold] = await Promise.all([
    readFile(`${corpusDir}${name}.txt`, 'utf8'),
    readFile(`${corpusDir}${name}.gold.json`, 'utf8'),
  ]);
  return { ...parseArticle(text), gold: JSON.parse(gold) as Gold };
}
