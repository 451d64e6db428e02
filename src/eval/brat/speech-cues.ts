/**
 * Which gold attributions are speech: the cue has a speech lemma or phrase, or is pure punctuation.
 * The word lists are data (`speech-cues.json`), copied from the reference scorer.
 */
import lexicon from './speech-cues.json' with { type: 'json' };
import { casefold, collapseSpace, strip } from './python-text.js';

const lemmas = new Set(lexicon.speechLemmas);
const irregular = new Map(Object.entries(lexicon.irregular));

// (suffix, replacement) tried in this order; the first candidate that is a speech lemma wins
const endings: readonly (readonly [string, string])[] = [
  ['ied', 'y'], ['ies', 'y'], ['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['es', ''], ['s', ''], ['d', ''],
];

/** The crude lemma of one word: irregular forms first, then regular endings (doubled consonants undone). */
export function lemma(word: string): string {
  const w = strip(casefold(word), '’\'.,:;"“”');
  const known = irregular.get(w);
  if (known !== undefined) return known;
  if (lemmas.has(w)) return w;
  const candidates: string[] = [];
  for (const [suffix, replacement] of endings) {
    if (!w.endsWith(suffix) || [...w].length <= suffix.length + 1) continue;
    const base = w.slice(0, w.length - suffix.length) + replacement;
    candidates.push(base);
    // "slammed" -> "slamm" -> "slam"
    if (replacement === '' && base.length > 2 && base.at(-1) === base.at(-2)) candidates.push(base.slice(0, -1));
  }
  return candidates.find((c) => lemmas.has(c)) ?? w;
}

/** Is an attribution with this cue a speech attribution? */
export function isSpeechCue(cue: string | null | undefined): boolean {
  if (cue === null || cue === undefined) return false;
  const c = strip(collapseSpace(casefold(cue)));
  if (!c) return false;
  if (/^[^\p{L}\p{N}]+$/u.test(c)) return true; // ":" "-" "—" introducing speech
  if (lexicon.speechPhrases.some((p) => c.includes(p))) return true;
  return (c.match(/[\p{L}\p{N}_’'-]+/gu) ?? []).some((w) => lemmas.has(lemma(w)));
}
