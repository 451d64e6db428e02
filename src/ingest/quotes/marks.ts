/**
 * Quotation spans in one paragraph: double marks “ ” „ « » and straight " with nesting, NYT-style
 * ''…'' written with two apostrophes, mistyped marks, quotes left open at the end of a paragraph,
 * and single ‘…’ / '…' outside double quotes with guards against apostrophes and possessives.
 * Each line is its own region: no quotation runs across a line break.
 */
import type { QuoteSpan, Span } from '../stages.js';

const doubleOpen = '“„«〝';
const doubleClose = '”»〞';
const singleOpen = '‘‚‹';
const singleClose = '’›';
const leftOpeners = new Set([' ', '\t', '\n', '\u00a0', '(', '[', '{', '—', '–', '-', '/']);
const rightClosers = new Set([' ', '\t', '\n', '\u00a0', '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…']);
const filler = '\u0000';
const anyDouble = /["“”„«»〝〞]/g;
const alnum = /[\p{L}\p{N}]/u;
const space = /\s/;

/** The body with each '' turned into one straight double mark and a filler, same length. */
export function quoteView(text: string): string {
  return text.includes("''") ? text.replace(/''/g, `"${filler}`) : text;
}

/** Quotation spans of `lines` (line spans of `view`), sorted by opening mark, outer before inner. */
export function findQuotes(view: string, lines: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const line of lines) out.push(...lineQuotes(view, line.start, line.end));
  return out;
}

function lineQuotes(view: string, p0: number, p1: number): QuoteSpan[] {
  const out = doubles(view, p0, p1);
  const outer = out.filter((q) => q.depth === 0);
  out.push(...singles(view, p0, p1, outer));
  return out.filter((q) => q.end > q.start).sort((a, b) => a.open - b.open || a.depth - b.depth);
}

function doubles(view: string, p0: number, p1: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: number[] = [];
  // Search the line alone: a search running on to the end of the body would make many lines quadratic.
  const line = view.slice(p0, p1);
  anyDouble.lastIndex = 0;
  for (let hit = anyDouble.exec(line); hit; hit = anyDouble.exec(line)) {
    const i = p0 + hit.index;
    const ch = hit[0];
    const left = i > p0 ? view.charAt(i - 1) : ' ';
    const j = view.charAt(i + 1) === filler ? i + 2 : i + 1;
    const right = j < p1 ? view.charAt(j) : ' ';
    const lspace = leftOpeners.has(left) || doubleOpen.includes(left);
    const rspace = rightClosers.has(right) || doubleClose.includes(right);
    let opens: boolean;
    if (doubleOpen.includes(ch)) {
      // a mistyped closer: an opening mark glued to a word and followed by a space
      opens = !(stack.length > 0 && !lspace && rspace && !'([{'.includes(left));
    } else if (doubleClose.includes(ch)) {
      // a mistyped opener: nothing open, a space before and a word after
      opens = stack.length === 0 && lspace && !rspace;
    } else if (lspace !== rspace) {
      opens = lspace;
    } else {
      const top = stack[stack.length - 1];
      opens = !(top !== undefined && view.charAt(top) === '"');
    }
    if (opens) stack.push(i);
    else {
      const o = stack.pop();
      if (o !== undefined) out.push(span(view, o, i, stack.length, false, true));
    }
  }
  // Left open: the quotation continues in the next paragraph (news convention).
  const first = stack[0];
  if (first !== undefined) out.push(span(view, first, p1, 0, false, false));
  return out;
}

function singles(view: string, p0: number, p1: number, outer: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = p0; i < p1; i++) {
    const ch = view.charAt(i);
    if (!singleOpen.includes(ch) && ch !== "'") continue;
    const left = i > p0 ? view.charAt(i - 1) : ' ';
    const right = i + 1 < p1 ? view.charAt(i + 1) : ' ';
    if (!(leftOpeners.has(left) || doubleOpen.includes(left)) || !(alnum.test(right) || right === '$' || right === '…')) continue;
    if (outer.some((q) => q.open <= i && i <= q.close)) continue;
    const found = singleClosing(view, i, p1);
    if (found !== null && countSpaces(view, i + 1, found) < 60) {
      out.push(span(view, i, found, 0, true, true));
      i = found;
    }
  }
  return out;
}

function singleClosing(view: string, i: number, p1: number): number | null {
  for (let j = i + 1; j < p1 && j - i < 400; j++) {
    const c = view.charAt(j);
    if (c === '"' || doubleOpen.includes(c) || doubleClose.includes(c)) return null;
    if (!singleClose.includes(c) && c !== "'") continue;
    const l = view.charAt(j - 1);
    const r = j + 1 < p1 ? view.charAt(j + 1) : ' ';
    if (space.test(l) || !(rightClosers.has(r) || doubleClose.includes(r)) || alnum.test(r)) continue;
    // "voters’ worries": a plural possessive before a lower-case word is no closing mark
    if ((l === 's' || l === 'S') && r === ' ' && /^ [a-z]/.test(view.slice(j + 1, j + 3)) && /['’]\s*[.,;:!?)]|['’]$/.test(`${view.slice(j + 1, p1)} `)) continue;
    return j;
  }
  return null;
}

function countSpaces(view: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (view.charCodeAt(k) === 32) n++;
  return n;
}

function span(view: string, open: number, close: number, depth: number, single: boolean, closed: boolean): QuoteSpan {
  let start = open + 1;
  let end = close;
  while (start < end && (space.test(view.charAt(start)) || view.charAt(start) === filler)) start++;
  while (end > start && (space.test(view.charAt(end - 1)) || view.charAt(end - 1) === filler)) end--;
  return { open, close, start, end, depth, single, closed };
}
