/**
 * The source of a cue inside one sentence: the subject before it ("Smith, a Republican, said"),
 * the subject after it ("said Sen. Ted Cruz"), or the object of "according to".
 */
import { invertibleCues } from '../lexicon/lexicon.js';
import type { CueHit, Mention, Sentence } from '../stages.js';

/** What may stand between a subject and its verb: adverbs, auxiliaries, appositions, relative clauses, time phrases. */
const subjectGap = new RegExp(
  [
    '^(?:',
    '\\s*,\\s*(?:who|which)\\b[^;:…]{0,140}?,?',
    '|\\s*,[^,;:…]{1,110},',
    '|\\s*\\([^)]{0,40}\\)',
    '|\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.’\'-]+(?:\\s+\\p{Lu}[\\p{L}.’\'-]+){0,2}',
    '|\\s*(?:[—–]|--)\\s[^—–;…]{1,140}?\\s(?:[—–]|--)',
    '|\\s+(?:also|later|further|then|previously|recently|has|have|had|was|were|is|are|will|would|did|does|do|not|never|already|again|once|publicly|reportedly|repeatedly|privately|first|still|even|just|often|frequently|finally|simply|quickly|flatly|bluntly|openly|earlier|separately|himself|herself|themselves|itself|\\p{Ll}+ly)\\b',
    '|\\s+(?:on|in|during|at)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}\\s*,',
    '|\\s+(?:(?:on|last|this|early|late|on\\s+the)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night)\\b',
    '|\\s*,',
    ')*\\s*$',
  ].join(''),
  'u',
);
/** The same, also allowing a modifier phrase: "Aides to Clinton say", "officials in the administration said". */
const modifiedSubjectGap = new RegExp(subjectGap.source.replace('^(?:', "^(?:\\s+(?:of|to|for|at|from|in|with|on|close\\s+to|familiar\\s+with|inside|within)\\s+(?:(?:the|a|an)\\s+)?[\\p{L}\\d'’.-]+(?:\\s+[\\p{L}\\d'’.-]+){0,4}?|"), 'u');

/** What may stand between an inverted cue and its subject: "said, in a statement," "said Tuesday". */
const objectGap = /^(?:\s*,)?(?:\s+(?:on\s+)?(?:the|an?|one|another|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|recently|later|afterward|afterwards|also|then|again|once))*\s*(?:,\s*)?$/u;

/** The farthest a subject may stand from its verb, in characters. */
const maxGap = 300;
const introLead = /^(?:(?:But|And|Yet|So|Still|Now|Then|Instead|Meanwhile|However|Later|Earlier|Also|Indeed|Yet),?\s+)?(?:[^,;:…]{0,200},\s*)?$/u;

/**
 * "Trump attacked Clinton, saying …" / "Clinton bemoaned the unrest and said …": a participle or
 * a coordinated verb takes the subject of its sentence's main clause.
 */
export function inheritsSubject(s: Sentence, cue: CueHit): boolean {
  const word = s.masked.slice(cue.start - s.start, cue.end - s.start);
  if (/ing$/.test(word) && !cue.according) return true;
  return /(?:,|\band|\bbut|\bthen)\s+(?:\p{Ll}+ly\s+)?$/u.test(s.masked.slice(Math.max(0, cue.start - s.start - 40), cue.start - s.start));
}

/** The subject of the sentence's main clause: its first mention, after at most an introductory phrase. */
export function mainSubject(s: Sentence, mentions: Mention[], before: number): Mention | null {
  const m = mentions.find((x) => x.end <= before && !x.afterPrep && !x.possessive && x.type !== 'GROUP' && !(x.type === 'ROLE' && x.indefinite));
  if (!m) return null;
  return introLead.test(s.masked.slice(0, m.start - s.start)) ? m : null;
}

/** The mention that is the subject of `cue`, looking left: the nearest one separated from it only by what `subjectGap` allows. */
export function subjectBefore(s: Sentence, mentions: Mention[], cue: CueHit, floor = s.start, modified = false): Mention | null {
  const gapRe = modified ? modifiedSubjectGap : subjectGap;
  for (let i = firstIndexFrom(mentions, cue.start) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m || m.end > cue.start) continue;
    // A subject is never far from its verb; the bound also keeps huge sentences linear.
    if (m.start < floor || cue.start - m.end > maxGap) return null;
    if (m.possessive) continue;
    const gap = s.masked.slice(m.end - s.start, cue.start - s.start);
    if (!gapRe.test(gap)) continue;
    // "with Trump saying": the governed name is the participle's subject
    if (m.afterPrep && !/\bwho\b/.test(gap) && !(/^\s+$/.test(gap) && /ing$/.test(s.masked.slice(cue.start - s.start, cue.end - s.start)))) continue;
    return outerSubject(s, mentions, i, cue, gapRe, floor) ?? m;
  }
  return null;
}

/** "Obama, dedicating the Museum of History and Culture, said": the subject before an apposition, not a name inside it. */
function outerSubject(s: Sentence, mentions: Mention[], i: number, cue: CueHit, gapRe: RegExp, floor: number): Mention | null {
  const inner = mentions[i];
  if (!inner) return null;
  for (let k = i - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!m || m.start < floor) return null;
    if (m.possessive || m.afterPrep || !/^\s*,/.test(s.masked.slice(m.end - s.start, inner.start - s.start))) continue;
    if (gapRe.test(s.masked.slice(m.end - s.start, cue.start - s.start))) return m;
  }
  return null;
}

/** The mention right after an inverted cue: "…," said X / says the senator. */
export function subjectAfter(s: Sentence, mentions: Mention[], cue: CueHit): Mention | null {
  if (!invertibleCues.has(cue.lemma) || /ing$/.test(s.masked.slice(cue.start - s.start, cue.end - s.start))) return null;
  let k = firstIndexFrom(mentions, cue.end);
  // "said Clinton's top aide Jake Sullivan": the possessive belongs to the title of the name after it
  const next = mentions[k + 1];
  if (mentions[k]?.possessive && next && /^\s*$/.test(s.masked.slice((mentions[k]?.end ?? 0) - s.start, next.start - s.start))) k++;
  const m = mentions[k];
  if (!m || m.possessive || m.type === 'PRONOUN' && m.name !== 'he' && m.name !== 'she' && m.name !== 'they') return null;
  const gapEnd = k > firstIndexFrom(mentions, cue.end) ? (mentions[k - 1]?.start ?? m.start) : m.start;
  const gap = s.masked.slice(cue.end - s.start, gapEnd - s.start);
  return objectGap.test(gap) ? m : null;
}

/** The source of "according to X": the first mention after it, or the agent of "a statement by X". */
export function accordingSource(s: Sentence, mentions: Mention[], cue: CueHit): Mention | null {
  const from = firstIndexFrom(mentions, cue.end);
  const after: Mention[] = [];
  for (const m of mentions.slice(from, from + 8)) if (m.start - cue.end < 120) after.push(m);
  const agent = after.find((m) => /\bby\s+$/.test(s.masked.slice(Math.max(0, m.start - s.start - 8), m.start - s.start)));
  const first = after[0];
  if (agent) return agent;
  if (!first) return null;
  const gap = s.masked.slice(cue.end - s.start, first.start - s.start);
  return /[,;:…]/.test(gap) ? null : first;
}

/** Is the text between two offsets only punctuation and spaces (a cue right after a closing mark)? */
export function adjacent(s: Sentence, from: number, to: number): boolean {
  return /^[\s,.;:!?—–\-'"’”»]*(?:(?:the|The|an?|An?)\s+(?:\p{Ll}+\s+)?)?$/u.test(s.masked.slice(from - s.start, to - s.start));
}

/** The index of the first mention starting at or after `at` (mentions are sorted by start). */
export function firstIndexFrom(mentions: Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

