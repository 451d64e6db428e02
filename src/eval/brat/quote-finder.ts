/**
 * The gold side's quote finder, ported from the reference scorer (written independently of Parley's
 * own quote finder on purpose). Works on code point arrays: `chars[i]` is Python's `text[i]`.
 */
import { isAlnum, isSpace, S } from './python-text.js';

const D_OPEN = '“„«〝';
const D_CLOSE = '”»〞';
const D_AMB = '"';
const S_OPEN = '‘‚‹';
const S_CLOSE = '’›';
const S_AMB = "'";
const LEFT_OPENER = ' \t\n\u00a0([{—–-/';
const RIGHT_CLOSER = ' \t\n\u00a0.,;:!?)]}—–-/…';
/** stands after the `"` that replaces an NYT `''` in the view, keeping offsets */
const FILLER = '\x00';
const closerLater = new RegExp(`[’']${S}*[.,;:!?)]|[’']$`, 'u');

/** A quote-marked span; offsets are code points into the whole text. */
export interface QuoteSpan {
  /** the opening mark */
  open: number;
  /** the closing mark, or the paragraph end when the quote is left open */
  close: number;
  /** the interior, whitespace-trimmed */
  start: number;
  end: number;
  depth: number;
  single: boolean;
  closed: boolean;
}

/** NYT texts write `''like this''`: a same-length view where each `''` is `"` plus a filler. */
export const quoteView = (chars: readonly string[]): string[] => [...chars.join('').replaceAll("''", `"${FILLER}`)];

/** Trimmed [start, end) lines of chars[start:end]: for gold, every newline ends a paragraph. */
export function goldParagraphs(chars: readonly string[], start: number, end: number): [number, number][] {
  const lines: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (chars[i] === '\n') {
      lines.push([from, i]);
      from = i + 1;
    }
  }
  lines.push([from, end]);
  const out: [number, number][] = [];
  for (let [a, b] of lines) {
    while (a < b && isSpace(chars[a] ?? '')) a++;
    while (b > a && isSpace(chars[b - 1] ?? '')) b--;
    if (b > a) out.push([a, b]);
  }
  return out;
}

function span(chars: readonly string[], open: number, close: number, depth: number, single: boolean, closed: boolean): QuoteSpan {
  let s = open + 1;
  let e = close;
  const blank = (c: string | undefined): boolean => c === FILLER || isSpace(c ?? '');
  while (s < e && blank(chars[s])) s++;
  while (e > s && blank(chars[e - 1])) e--;
  return { open, close, start: s, end: e, depth, single, closed };
}

const isDouble = (ch: string): boolean => D_OPEN.includes(ch) || D_CLOSE.includes(ch) || ch === D_AMB;

/** Double-mark quotes of one paragraph of the view, with nesting; open at paragraph end runs to it. */
function doubleQuotes(chars: readonly string[], p0: number, p1: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: number[] = [];
  for (let i = p0; i < p1; i++) {
    const ch = chars[i] ?? '';
    if (!isDouble(ch)) continue;
    const left = i > p0 ? (chars[i - 1] ?? ' ') : ' ';
    const j = i + 1 < p1 && chars[i + 1] === FILLER ? i + 2 : i + 1; // skip the filler of a '' mark
    const right = j < p1 ? (chars[j] ?? ' ') : ' ';
    const lspace = LEFT_OPENER.includes(left) || D_OPEN.includes(left);
    const rspace = RIGHT_CLOSER.includes(right) || D_CLOSE.includes(right);
    let opens: boolean;
    if (D_OPEN.includes(ch)) {
      // a mistyped closer: an opener glued to a word and followed by a space (`here,“ said`)
      opens = !(stack.length > 0 && !lspace && rspace && !'([{'.includes(left));
    } else if (D_CLOSE.includes(ch)) {
      // a mistyped opener: nothing open, a space before, a word after
      opens = stack.length === 0 && lspace && !rspace;
    } else if (lspace && !rspace) {
      opens = true;
    } else if (rspace && !lspace) {
      opens = false;
    } else {
      opens = !(stack.length > 0 && chars[stack.at(-1) ?? -1] === '"');
    }
    if (opens) {
      stack.push(i);
    } else if (stack.length > 0) {
      const o = stack.pop() ?? 0;
      out.push(span(chars, o, i, stack.length, false, true));
    }
  }
  // still open: continues in the next paragraph (news convention)
  if (stack.length > 0) out.push(span(chars, stack[0] ?? p0, p1, 0, false, false));
  return out;
}

/** The closing single mark for an opener at i, or null (apostrophes and plural possessives skipped). */
function singleCloser(chars: readonly string[], i: number, p1: number): number | null {
  for (let j = i + 1; j < p1 && j - i < 400; j++) {
    const c2 = chars[j] ?? '';
    if (isDouble(c2)) return null;
    if (!S_CLOSE.includes(c2) && c2 !== S_AMB) continue;
    const l2 = chars[j - 1] ?? '';
    const r2 = j + 1 < p1 ? (chars[j + 1] ?? ' ') : ' ';
    if (isSpace(l2) || !(RIGHT_CLOSER.includes(r2) || D_CLOSE.includes(r2)) || isAlnum(r2)) continue;
    // "voters’ worries": a plural possessive when a lower-case word follows and a closer comes later
    const after = chars.slice(j + 1, p1).join('');
    const possessive = (l2 === 's' || l2 === 'S') && r2 === ' ' && /^ [a-z]/.test(after.slice(0, 2)) && closerLater.test(`${after} `);
    if (!possessive) return j;
  }
  return null;
}

/** Single-mark quotes of one paragraph, outside the given double quotes. */
function singleQuotes(chars: readonly string[], p0: number, p1: number, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = p0; i < p1; i++) {
    const ch = chars[i] ?? '';
    if (!S_OPEN.includes(ch) && ch !== S_AMB) continue;
    const left = i > p0 ? (chars[i - 1] ?? ' ') : ' ';
    const right = i + 1 < p1 ? (chars[i + 1] ?? ' ') : ' ';
    const inside = doubles.some((q) => q.open <= i && i <= q.close);
    if (inside || !(LEFT_OPENER.includes(left) || D_OPEN.includes(left)) || !(isAlnum(right) || '$…'.includes(right))) continue;
    const found = singleCloser(chars, i, p1);
    if (found !== null && chars.slice(i + 1, found).filter((c) => c === ' ').length < 60) {
      out.push(span(chars, i, found, 0, true, true));
      i = found;
    }
  }
  return out;
}

/** All quote spans of one paragraph [p0, p1) of the view, sorted by opening mark then depth. */
export function findQuotes(view: readonly string[], p0: number, p1: number): QuoteSpan[] {
  const doubles = doubleQuotes(view, p0, p1);
  const singles = singleQuotes(view, p0, p1, doubles.filter((q) => q.depth === 0));
  return [...doubles, ...singles].filter((q) => q.end > q.start).sort((a, b) => a.open - b.open || a.depth - b.depth);
}
