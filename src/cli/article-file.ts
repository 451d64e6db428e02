/** Article files: line 1 headline, a blank line, then body paragraphs separated by blank lines. */
import { readFile } from 'node:fs/promises';
import type { ArticleText } from '../ingest/types.js';

export class ArticleFileError extends Error {}

/** Split raw file text into headline and body; the body offsets start after the blank line. */
export function parseArticle(raw: string): ArticleText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const title = (newline < 0 ? text : text.slice(0, newline)).trim();
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  const body = rest.startsWith('\n') ? rest.slice(1) : rest;
  if (!title) throw new ArticleFileError('the first line (headline) is empty');
  if (!body.trim()) throw new ArticleFileError('the article body is empty');
  return { title, body };
}

export async function readArticle(file: string): Promise<ArticleText> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new ArticleFileError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseArticle(raw);
}
