import { fileURLToPath } from 'node:url';
import { readGoldArticle } from '../../src/eval/corpus.js';

/**
 * The regression corpus kept in the repository (tests/fixtures/corpus: the sample article and the
 * 8 annotated articles, see its README for sources and licences). Found from this file, not the
 * working directory, so a test passes from any folder.
 */
export const corpusDir = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/** An article of the corpus (title and body) with its validated gold annotation. */
export async function corpusArticle(name: string) {
  const { article, gold } = await readGoldArticle(corpusDir, `${name}.gold.json`);
  return { ...article, gold };
}
