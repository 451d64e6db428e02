/** Quotation marks that do not carry a statement: titles of works, names. */
import type { QuoteSpan } from './quotes.js';
import type { Directory } from './stakeholders.js';

const titleCue = /(?:show|film|movie|book|series|documentary|novel|song|album|titled|entitled|dubbed|named|programme|program|newspaper|magazine|so-called|called|operation|campaign)\s*$/iu;
const smallWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by']);

export function isStatementLike(body: string, q: QuoteSpan, dir: Directory): boolean {
  const text = body.slice(q.start, q.end);
  if (!/\p{L}/u.test(text)) return false;
  if (dir.lookup(text.replace(/[.,;:!?]+$/, ''))) return false;
  const words = text.split(/\s+/);
  const titleCase = words.length <= 8 && words.every((w) => smallWords.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
  const before = body.slice(Math.max(0, q.open - 30), q.open);
  if (/so-called\s*$/iu.test(before)) return false;
  return !(titleCase && titleCue.test(before));
}
