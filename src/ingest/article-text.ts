import type { ArticleText } from './types.js';

/** The text is not an article in Parley's file format. */
export class ArticleFormatError extends Error {
  override name = 'ArticleFormatError';
}

/**
 * Splits the article file format: line 1 is the headline, a blank line, then the body,
 * paragraphs separated by blank lines. Statement offsets are relative to the returned body.
 */
export function parseArticle(raw: string): ArticleText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const title = (newline < 0 ? text : text.slice(0, newline)).trim();
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  const body = rest.startsWith('\n') ? rest.slice(1) : rest;
  if (!title) throw new ArticleFormatError('the first line (headline) is empty');
  if (!body.trim()) throw new ArticleFormatError('the article body is empty');
  return { title, body };
}
