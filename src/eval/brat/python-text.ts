/**
 * Python 3 string semantics the reference scorer (`score.py`) relies on, so that a port gives the same
 * answers: Unicode `\w` / `\s` / `\b`, `str.strip`, `str.split()`, `isupper`, `casefold`, and the
 * round-half-even of `round()` and `format(x, '.1f')`. JavaScript's own versions are ASCII-only
 * (`\w`, `\b`) or round differently (`toFixed` rounds exact ties up).
 */

/** Regex source of Python's `\w` on str patterns: letters, numbers, underscore. Needs the `u` flag. */
export const W = '[\\p{L}\\p{N}_]';
/** Regex source of Python's `\s` (= `str.isspace()`): Zs plus bidi classes WS, B and S. */
export const S = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';

const spaceRe = new RegExp(`^${S}$`, 'u');
const alnumRe = /^[\p{L}\p{N}]$/u;
const spaceRunRe = new RegExp(`${S}+`, 'gu');

/** `ch.isspace()` for one code point. */
export const isSpace = (ch: string): boolean => spaceRe.test(ch);

/** `ch.isalnum()` for one code point. */
export const isAlnum = (ch: string): boolean => alnumRe.test(ch);

/** The first code point of `s` ('' when empty): Python's `s[0]`. */
export function firstChar(s: string): string {
  const cp = s.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** `s.isupper()`: at least one cased character and none lower- or title-case. */
export function isUpper(s: string): boolean {
  return /\p{Uppercase}/u.test(s) && !/[\p{Lowercase}\p{Lt}]/u.test(s);
}

/** `s.strip(chars)`; without `chars`, Python whitespace. */
export function strip(s: string, chars?: string): string {
  const drop = chars === undefined ? isSpace : (ch: string): boolean => chars.includes(ch);
  const cps = [...s];
  let a = 0;
  let b = cps.length;
  while (a < b && drop(cps[a] ?? '')) a++;
  while (b > a && drop(cps[b - 1] ?? '')) b--;
  return cps.slice(a, b).join('');
}

/** `s.split()` with no separator: runs of whitespace, no empty pieces. */
export function splitWords(s: string): string[] {
  return s.split(spaceRunRe).filter((w) => w !== '');
}

/** `re.sub(r'\s+', ' ', s)`. */
export const collapseSpace = (s: string): string => s.replace(spaceRunRe, ' ');

// Full case foldings (CaseFolding.txt status F/C) that differ from toLowerCase for text this corpus can hold.
const folds: Record<string, string> = { ß: 'ss', ẞ: 'ss', ς: 'σ', ſ: 's', µ: 'μ', ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };
const foldRe = new RegExp(`[${Object.keys(folds).join('')}]`, 'gu');

/** `s.casefold()` (toLowerCase plus the full foldings above). */
export function casefold(s: string): string {
  return s.toLowerCase().replace(foldRe, (c) => folds[c] ?? c);
}

/** `format(x, f'.{digits}f')`: like toFixed, but an exact binary tie rounds to even as Python does. */
export function formatFixed(x: number, digits: number): string {
  const fixed = x.toFixed(digits);
  const exact = Math.abs(x).toFixed(100);
  const dot = exact.indexOf('.');
  const tail = exact.slice(dot + 1 + digits);
  if (!/^50*$/.test(tail)) return fixed;
  // a tie: toFixed rounded away from zero; Python keeps the even neighbour
  const kept = exact.slice(0, dot + 1 + digits).replace(/\.$/, '');
  const lastDigit = Number(kept[kept.length - 1]);
  if (lastDigit % 2 === 1) return fixed;
  return (x < 0 ? '-' : '') + kept;
}

/** `round(x, digits)`. */
export const pyRound = (x: number, digits: number): number => Number(formatFixed(x, digits));
