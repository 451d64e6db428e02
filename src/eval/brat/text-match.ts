/** Text and span comparison of the reference scorer: normalised text, `\w+` tokens, multiset F1, overlaps. */
import type { Fragment } from './standoff.js';
import { casefold, collapseSpace, strip, W } from './python-text.js';

const quoteMarks: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '〝': '"', '〞': '"', '″': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '‹': "'", '›': "'", '′': "'",
};
const quoteMarkRe = new RegExp(`[${Object.keys(quoteMarks).join('')}]`, 'gu');
const edgeChars = ' "\',.;:';
const tokenRe = new RegExp(`${W}+`, 'gu');

/** Curly quotes, guillemets and primes to ASCII marks (score.py's QUOTE_MAP). */
export const unifyQuoteMarks = (s: string): string => s.replace(quoteMarkRe, (c) => quoteMarks[c] ?? c);

/** NFKC, marks unified, whitespace collapsed, surrounding space, quote marks and `,.;:` stripped. */
export function normText(s: string): string {
  let out = strip(collapseSpace(unifyQuoteMarks(s.normalize('NFKC'))));
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = strip(out, edgeChars);
  }
  return out;
}

/** A multiset of tokens: token to count, plus the total. */
export interface Bag {
  counts: Map<string, number>;
  size: number;
}

/** The `\w+` tokens of the case-folded normalised text, as a multiset. */
export function bagOf(s: string): Bag {
  const counts = new Map<string, number>();
  const toks = casefold(normText(s)).match(tokenRe) ?? [];
  for (const t of toks) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { counts, size: toks.length };
}

/** Multiset token F1 (0 when either side has no token). Same arithmetic order as score.py. */
export function tokenF1(a: Bag, b: Bag): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const [t, n] of a.counts) common += Math.min(n, b.counts.get(t) ?? 0);
  if (!common) return 0;
  const p = common / a.size;
  const r = common / b.size;
  return (2 * p * r) / (p + r);
}

/** Characters shared by two fragment lists (pairwise sum, as score.py's overlap_len). */
export function overlapLength(a: readonly Fragment[], b: readonly Fragment[]): number {
  let n = 0;
  for (const [a0, a1] of a) for (const [b0, b1] of b) n += Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  return n;
}

/** Total length of a fragment list. */
export const fragmentsLength = (f: readonly Fragment[]): number => f.reduce((n, [a, b]) => n + b - a, 0);
