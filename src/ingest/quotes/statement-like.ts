/**
 * Quotation marks that carry no statement: titles of works ("star of “The Apprentice,”") and
 * scare quotes, terms no one is said to have said ("so-called “closed” primaries").
 */
import type { QuoteSpan } from '../stages.js';

const smallWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'vs', 'de', 'la', 'le']);
const wordRe = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** An attribution frame right before the marks: "said, “…”", "wrote: “…”". */
const framedBefore = /[,:]\s*$/u;
/** Terms, not statements: “so-called “reform””, “known as “the Wall”” */
const termBefore = /\b(?:so-called|dubbed|known as|titled|entitled|nicknamed|named)\s*$/iu;

/** All words capitalised except small ones: a title, a name, a slogan. */
export function titleCase(text: string): boolean {
  const words = text.match(wordRe) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  let capitals = 0;
  for (const [i, w] of words.entries()) {
    if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) capitals++;
    else if (i === 0 || !smallWords.has(w.toLowerCase())) return false;
  }
  // one capitalised word (“Never,”) is a sentence, not a title
  return capitals > 1;
}

export function wordCount(text: string): number {
  return (text.match(wordRe) ?? []).length;
}

/**
 * Whether a quotation is a statement. `hasSpeaker`: the attribution found someone who says it.
 * Short quotations nobody is said to say are scare quotes; title-case ones not introduced by
 * an attribution frame are titles.
 */
export function isStatement(body: string, q: QuoteSpan, hasSpeaker: boolean): boolean {
  const text = body.slice(q.start, q.end);
  if (!/\p{L}/u.test(text)) return false;
  const before = body.slice(Math.max(0, q.open - 30), q.open);
  if (titleCase(text.replace(/[.,;:!?]+$/u, '')) && !framedBefore.test(before)) return false;
  if (termBefore.test(before) && wordCount(text) <= 4) return false;
  return hasSpeaker || wordCount(text) > 3;
}
