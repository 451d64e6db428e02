/**
 * Direct-quote spans: pairs of quotation marks in any mix (“ ” « » „ " and single marks),
 * nested quotes, and quotes left open at the end of a paragraph.
 */
import type { Segment } from './text.js';

export interface QuoteSpan {
  /** offsets of the words between the marks, trimmed */
  start: number;
  end: number;
  /** offsets of the opening and closing marks (close = end of paragraph when left open) */
  open: number;
  close: number;
  depth: number;
  single: boolean;
}

type Role = 'OPEN' | 'CLOSE' | 'EITHER';

const doubleMarkRe = /[“”«»„‟"〝〞]/g;
const spaceLeft = /[\s(\[{—–\-/]/;
const spaceRight = /[\s.,;:!?)\]}—–\-/]/;

function roleOf(mark: string, left: string, right: string): Role {
  if (mark === '«' || mark === '„' || mark === '〝') return 'OPEN';
  if (mark === '»' || mark === '〞') return 'CLOSE';
  const l = left === '' || spaceLeft.test(left);
  const r = right === '' || spaceRight.test(right);
  if (l && !r) return 'OPEN';
  if (!l && r) return 'CLOSE';
  return 'EITHER';
}

/** Double-mark quotes in one paragraph; inner quotes get depth > 0. */
export function doubleQuotes(body: string, para: Segment): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: number[] = [];
  // Jump from mark to mark: testing every character of the body was a hot loop.
  const text = body.slice(para.start, para.end);
  doubleMarkRe.lastIndex = 0;
  for (let hit = doubleMarkRe.exec(text); hit; hit = doubleMarkRe.exec(text)) {
    const i = para.start + hit.index;
    const ch = hit[0];
    const role = roleOf(ch, i > para.start ? body.charAt(i - 1) : '', i + 1 < para.end ? body.charAt(i + 1) : '');
    const top = stack[stack.length - 1];
    if (role === 'OPEN' || (role === 'EITHER' && top === undefined)) {
      stack.push(i);
    } else if (top !== undefined) {
      stack.pop();
      spans.push(makeSpan(body, top, i, stack.length, false));
    }
  }
  // A quote left open runs to the end of its paragraph (it continues in the next one).
  const first = stack[0];
  if (first !== undefined) spans.push(makeSpan(body, first, para.end, 0, false));
  return spans.filter((s) => s.end > s.start).sort((a, b) => a.open - b.open);
}

function makeSpan(body: string, open: number, close: number, depth: number, single: boolean): QuoteSpan {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(body.charAt(start))) start++;
  while (end > start && /\s/.test(body.charAt(end - 1))) end--;
  return { start, end, open, close, depth, single };
}

const singleOpen = /(^|[\s(\[—–])[‘'‹‚](?=\p{L})/gu;

/**
 * Single-mark quotes outside double quotes. Apostrophes look like closing marks, so only an
 * opening mark after a space followed by a close before a space, within a short stretch, counts.
 */
export function singleQuotes(body: string, para: Segment, taken: QuoteSpan[]): QuoteSpan[] {
  const text = body.slice(para.start, para.end);
  const spans: QuoteSpan[] = [];
  singleOpen.lastIndex = 0;
  for (let m = singleOpen.exec(text); m; m = singleOpen.exec(text)) {
    const open = para.start + m.index + (m[1]?.length ?? 0);
    if (taken.some((q) => open >= q.open && open <= q.close)) continue;
    const rest = text.slice(open - para.start + 1, open - para.start + 160);
    const close = /^[^\n"“”«»]*?[\p{L}\p{N}.!?,][’'›](?=$|[\s.,;:!?)\]—–])/u.exec(rest);
    if (!close) continue;
    const closeAt = open + close[0].length;
    const words = close[0].split(/\s+/).length;
    if (words > 12) continue;
    spans.push(makeSpan(body, open, closeAt, 0, true));
    singleOpen.lastIndex = closeAt - para.start + 1;
  }
  return spans;
}

/** The body with every quotation interior blanked (same length), so narration can be parsed alone. */
export function maskQuotes(body: string, spans: QuoteSpan[]): string {
  const outer = spans.filter((q) => q.depth === 0).sort((a, b) => a.start - b.start);
  // Quote spans never overlap in practice; splicing slices is then far cheaper than a char array.
  if (outer.some((q, i) => i > 0 && q.start < (outer[i - 1]?.end ?? 0))) return maskByChar(body, spans);
  const parts: string[] = [];
  let at = 0;
  for (const q of outer) {
    if (q.end <= q.start) continue;
    parts.push(body.slice(at, q.start));
    // Without the u flag \S is one UTF-16 unit, as the char-by-char version blanks.
    const masked = body.slice(q.start, q.end).replace(/\S/g, '…');
    const last = body.charAt(q.end - 1);
    // Keep a sentence-final mark visible so the quote still ends its sentence.
    parts.push(/[.!?]/.test(last) && q.close < body.length ? masked.slice(0, -1) + last : masked);
    at = q.end;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

function maskByChar(body: string, spans: QuoteSpan[]): string {
  const chars = body.split('');
  for (const q of spans) {
    if (q.depth > 0) continue;
    for (let i = q.start; i < q.end; i++) {
      if (!/\s/.test(chars[i] ?? '')) chars[i] = '…';
    }
    const last = body.charAt(q.end - 1);
    if (/[.!?]/.test(last) && q.close < body.length) chars[q.end - 1] = last;
  }
  return chars.join('');
}
