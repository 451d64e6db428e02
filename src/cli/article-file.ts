import { readFile } from 'node:fs/promises';
import { ArticleFormatError, parseArticle } from '../ingest/article-text.js';
import type { ArticleText } from '../ingest/types.js';

/** Reads an article file; a missing file or a malformed one is an ArticleFormatError. */
export async function readArticle(file: string): Promise<ArticleText> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new ArticleFormatError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseArticle(raw);
}
