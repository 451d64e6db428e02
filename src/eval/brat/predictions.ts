/**
 * The extractor's statements as the scorer sees them: UTF-16 offsets into the body the extractor was
 * given, mapped to code points of the whole original `.txt`.
 */
import type { ExtractorInput } from './extractor-input.js';
import { type Bag, bagOf } from './text-match.js';

/** One statement of the public extraction JSON (the fields that are scored). */
export interface PublicStatement {
  speaker: string | null;
  quote: string;
  kind: string;
  /** UTF-16 offsets into the body given to the extractor */
  start: number;
  end: number;
}

export interface Prediction {
  index: number;
  speaker: string | null;
  text: string;
  kind: string;
  /** code points into the whole `.txt` */
  s: number;
  e: number;
  bag: Bag;
}

/** Converts the statements; `mismatches` counts those whose quote is not the text at start..end. */
export function toPredictions(statements: readonly PublicStatement[], input: ExtractorInput, bodyStart: number): { predictions: Prediction[]; mismatches: number } {
  let mismatches = 0;
  const map = input.toOriginal;
  const back = (i: number): number => (map ? (map[Math.max(0, Math.min(i, map.length - 1))] ?? 0) : i);
  const predictions = statements.map((st, index): Prediction => {
    let cs = input.body.toCodePoint(st.start);
    let ce = input.body.toCodePoint(st.end);
    if (input.body.slice(cs, ce) !== st.quote) mismatches++;
    if (map) [cs, ce] = [back(cs), ce > cs ? back(ce - 1) + 1 : back(cs)];
    return { index, speaker: st.speaker, text: st.quote, kind: st.kind, s: cs + bodyStart, e: ce + bodyStart, bag: bagOf(st.quote) };
  });
  return { predictions, mismatches };
}
