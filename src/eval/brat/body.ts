/**
 * Where the scored body starts, and the paragraph form the extractor is given. Offsets here are code
 * points, as in brat.
 */
import type { CodePointText } from './code-points.js';

/**
 * The split of `parseArticle()` (src/ingest/article-text.ts): line 1 is the headline; the body starts
 * after it and one blank line if there is one (a subtitle on line 2 is body text).
 */
export function bodyOffset(text: CodePointText): number {
  const newline = text.chars.indexOf('\n');
  if (newline < 0) return text.length;
  return text.at(newline + 1) === '\n' ? newline + 2 : newline + 1;
}

/** A body rewritten for the extractor, with the way back to the original. */
export interface ParagraphForm {
  body: string;
  /** code point offset in `body` to code point offset in the original body (length + 1 entries) */
  toOriginal: number[];
}

/**
 * Parley separates paragraphs by blank lines; some articles use single newlines. Every newline that
 * is not part of a blank-line run becomes a blank line. Returns null when nothing changes.
 */
export function paragraphForm(body: CodePointText): ParagraphForm | null {
  const inRun = new Uint8Array(body.length);
  for (const m of body.text.matchAll(/\n(?:[ \t\u00a0]*\n)+/g)) {
    const a = body.toCodePoint(m.index);
    const b = body.toCodePoint(m.index + m[0].length);
    inRun.fill(1, a, b);
  }
  if (body.chars.every((ch, i) => ch !== '\n' || inRun[i])) return null;
  const out: string[] = [];
  const toOriginal: number[] = [];
  body.chars.forEach((ch, i) => {
    if (ch === '\n' && !inRun[i]) {
      out.push('\n\n');
      toOriginal.push(i, i);
    } else {
      out.push(ch);
      toOriginal.push(i);
    }
  });
  toOriginal.push(body.length);
  return { body: out.join(''), toOriginal };
}
