/** Paragraphs (separated by blank lines) and lines, with offsets into the article body. */
import type { Paragraph, Span } from '../stages.js';

const blankLine = /\n[ \t\u00a0]*\n/g;

export function paragraphs(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  blankLine.lastIndex = 0;
  for (;;) {
    const m = blankLine.exec(body);
    const to = m ? m.index : body.length;
    const t = trimmed(body, from, to);
    if (t) out.push({ ...t, index: out.length, text: body.slice(t.start, t.end) });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** The non-empty lines of a span: a quotation never runs across a line break. */
export function lines(body: string, within: Span): Span[] {
  const out: Span[] = [];
  let from = within.start;
  for (;;) {
    const nl = body.indexOf('\n', from);
    const to = nl < 0 || nl > within.end ? within.end : nl;
    const t = trimmed(body, from, to);
    if (t) out.push(t);
    if (to >= within.end) break;
    from = to + 1;
  }
  return out;
}

function trimmed(body: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body.charAt(s))) s++;
  while (e > s && /\s/.test(body.charAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
