/**
 * First names and their gender, learned from a folder of news texts (labels unused). Evidence:
 * "Mr./Mrs./Ms. Surname" when the text names exactly one "First Surname"; and a sentence opening
 * on He/She (or containing "he said"/"she said") right after a sentence whose only full name it is.
 * A name needs at least 3 votes, 85 % of them for one gender, and must not be a common word.
 */
import type { Gender } from '../ingest/lexicon/lexicon.js';

const fullName = /\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z'’-]+)\b/g;
const honorific = /\b(Mr|Mrs|Ms)\.?\s+([A-Z][a-z'’-]+)/g;
const sentenceBreak = /(?<=[.!?”"])\s+(?=[A-Z“"])/;

export interface GenderVotes {
  m: number;
  f: number;
}

export function learnFirstNames(texts: Iterable<string>, notNames: (word: string) => boolean): Record<string, Gender> {
  const votes = new Map<string, GenderVotes>();
  const vote = (name: string, g: 'm' | 'f'): void => {
    const v = votes.get(name) ?? { m: 0, f: 0 };
    v[g]++;
    votes.set(name, v);
  };
  for (const text of texts) {
    const firstBySurname = new Map<string, Set<string>>();
    for (const m of text.matchAll(fullName)) {
      const [, first = '', surname = ''] = m;
      // "Affordable Care", "Daily News", "Western Journalism": a common word after it makes no full name
      if (notNames(first) || notNames(surname)) continue;
      firstBySurname.set(surname, (firstBySurname.get(surname) ?? new Set()).add(first));
    }
    for (const m of text.matchAll(honorific)) {
      const firsts = firstBySurname.get(m[2] ?? '');
      const only = firsts?.size === 1 ? [...firsts][0] : undefined;
      if (only) vote(only, m[1] === 'Mr' ? 'm' : 'f');
    }
    const sentences = text.split(sentenceBreak);
    sentences.forEach((s, i) => {
      const firsts = new Set([...s.matchAll(fullName)].filter((m) => !notNames(m[2] ?? '')).map((m) => m[1] ?? '').filter((f) => !notNames(f)));
      const next = sentences[i + 1];
      if (firsts.size !== 1 || !next) return;
      const p = /^[“"]?(He|She|His|Her)\b/.exec(next) ?? /\b(he|she) (?:said|says|added|told)\b/.exec(next);
      if (p?.[1]) vote([...firsts][0] ?? '', /^h(?:e|is)$/i.test(p[1]) ? 'm' : 'f');
    });
  }
  const out: Record<string, Gender> = {};
  for (const [name, v] of [...votes].sort(([a], [b]) => a.localeCompare(b))) {
    const total = v.m + v.f;
    if (total >= 3 && Math.max(v.m, v.f) / total >= 0.85) out[name] = v.m > v.f ? 'm' : 'f';
  }
  return out;
}
