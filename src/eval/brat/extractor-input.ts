/** The article file the extractor is given, and the way from its body offsets back to the original's. */
import { paragraphForm } from './body.js';
import { CodePointText } from './code-points.js';
import type { GoldArticle } from './gold.js';

export const inputForms = ['paragraphs', 'raw'] as const;
/**
 * `paragraphs` (default): single newlines of the body become blank lines before extraction (Parley's
 * format separates paragraphs by blank lines), offsets mapped back; `raw`: the file as it is.
 */
export type InputForm = (typeof inputForms)[number];

/** What the extractor was given for one article. */
export interface ExtractorInput {
  body: CodePointText;
  /** code point offset in `body` to code point offset in the original body, when the body was rewritten */
  toOriginal: number[] | null;
}

/** The file text for the extractor (title part unchanged) and its body. */
export function extractorInput(article: GoldArticle, form: InputForm): { file: string; input: ExtractorInput } {
  const body = new CodePointText(article.text.slice(article.bodyStart));
  const rewritten = form === 'paragraphs' ? paragraphForm(body) : null;
  if (!rewritten) return { file: article.text.text, input: { body, toOriginal: null } };
  return {
    file: article.text.slice(0, article.bodyStart) + rewritten.body,
    input: { body: new CodePointText(rewritten.body), toOriginal: rewritten.toOriginal },
  };
}

/** The inverse map: original body code point offset to the rewritten body's (length + 1 entries). */
export function toRewritten(input: ExtractorInput, originalLength: number): (cp: number) => number {
  const map = input.toOriginal;
  if (!map) return (cp) => cp;
  const inverse = new Array<number>(originalLength + 1).fill(-1);
  map.forEach((o, n) => {
    if (inverse[o] === -1) inverse[o] = n;
  });
  return (cp) => inverse[Math.max(0, Math.min(cp, originalLength))] ?? cp;
}
