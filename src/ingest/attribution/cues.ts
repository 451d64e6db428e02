/** Speech and thought cues in a sentence's narration, from the one cue lexicon. */
import { cueByForm, cuePhrases } from '../lexicon/lexicon.js';
import type { Token } from '../segment/tokens.js';
import type { CueHit } from '../stages.js';

const phraseList = [...cuePhrases.keys()].map((p) => p.split(' '));
const nounPhrase = /^(?:in|on)$/;
/** A determiner or possessive right before the word makes it a noun ("that boast", "his claim"). */
const nounBefore = new Set(['the', 'a', 'an', 'that', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'such', 'no', 'every', 'any', 'each']);

/** Cues in token order; "according to" and other multiword cues count as one. */
export function findCues(tokens: Token[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const phrase = phraseAt(tokens, i);
    if (phrase > 0) {
      const last = tokens[i + phrase - 1];
      const lemma = tokens.slice(i, i + phrase).map((x) => x.lower).join(' ');
      // "in a statement" only qualifies the cue next to it; it is no cue on its own
      if (!nounPhrase.test(t.lower)) out.push({ start: t.start, end: last?.end ?? t.end, lemma, cls: 'speech', weak: false, according: lemma === 'according to' });
      i += phrase - 1;
      continue;
    }
    const form = cueByForm.get(t.lower);
    const prev = tokens[i - 1]?.lower ?? '';
    if (form && (nounBefore.has(prev) || tokens[i - 1]?.possessive)) continue;
    if (form && !t.upper && prev === 'to') out.push({ start: t.start, end: t.end, lemma: form.lemma, cls: form.cls, weak: true, according: false });
    else if (form && !t.upper) out.push({ start: t.start, end: t.end, lemma: form.lemma, cls: form.cls, weak: form.weak, according: false });
    else if (form && t.upper && i === 0) out.push({ start: t.start, end: t.end, lemma: form.lemma, cls: form.cls, weak: true, according: false });
  }
  return out;
}

function phraseAt(tokens: Token[], i: number): number {
  for (const p of phraseList) {
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = tokens[i + k]?.lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}
