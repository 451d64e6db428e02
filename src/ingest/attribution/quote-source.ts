/**
 * Which mention of its sentence says a quotation: the cue right after the closing mark
 * ("…," Smith said / said Smith / according to Smith), else the nearest cue before the opening
 * mark that has a subject (Smith said that …“…”; a participle such as "adding" inherits the
 * subject of the cue before it), else any cue of the sentence with a subject.
 */
import type { CueHit, Mention, QuoteSpan, Sentence } from '../stages.js';
import { accordingSource, adjacent, inheritsSubject, mainSubject, subjectAfter, subjectBefore } from './frames.js';

export type SourcePath = 'cue-after' | 'cue-before' | 'cue-elsewhere' | 'colon' | 'dash' | 'subject';

export interface QuoteSource {
  mention: Mention | null;
  cue: CueHit | null;
  path: SourcePath;
}

export interface SentenceParts {
  s: Sentence;
  mentions: Mention[];
  cues: CueHit[];
  /** outer quotations opening in this sentence */
  quotes: QuoteSpan[];
}

export function quoteSource(p: SentenceParts, q: QuoteSpan): QuoteSource | null {
  return afterQuote(p, q) ?? dashed(p, q) ?? beforeQuote(p, q) ?? anywhere(p, q) ?? sentenceSubject(p, q);
}

/** "“…” ― Jane Doe": a name after a dash closes the quotation. */
function dashed(p: SentenceParts, q: QuoteSpan): QuoteSource | null {
  const m = p.mentions.find((x) => x.start > q.close);
  if (!m || (m.type !== 'NAME' && m.type !== 'ORG')) return null;
  const gap = p.s.masked.slice(q.close + 1 - p.s.start, m.start - p.s.start);
  const rest = p.s.masked.slice(m.end - p.s.start);
  return /^['"’”»]?[\s,.]*[―—–-]+\s*$/u.test(gap) && /^[\s,.;]*(?:\([^)]*\))?[\s.]*$/u.test(rest.slice(0, 40)) ? { mention: m, cue: null, path: 'dash' } : null;
}

/**
 * No cue: a quoted phrase inside narration belongs to the subject of its sentence
 * (Trump likened them to a “vicious snake”), when the sentence has one before the quotation.
 */
function sentenceSubject(p: SentenceParts, q: QuoteSpan): QuoteSource | null {
  if (q.open - p.s.start < 8) return null;
  const m = mainSubject(p.s, p.mentions, q.open);
  return m ? { mention: m, cue: null, path: 'subject' } : null;
}

export function sourceOf(p: SentenceParts, c: CueHit, floor: number): Mention | null {
  if (c.according) return accordingSource(p.s, p.mentions, c);
  const direct = subjectBefore(p.s, p.mentions, c, floor) ?? subjectAfter(p.s, p.mentions, c);
  // "Wiley attacked Holt on Tuesday, saying …": a participle's nearest name is the object of the verb before it.
  if (direct && inheritsSubject(p.s, c) && objectOfVerb(p.s, direct)) return mainSubject(p.s, p.mentions, c.start) ?? direct;
  if (direct) return direct;
  return inheritsSubject(p.s, c) ? mainSubject(p.s, p.mentions, c.start) : null;
}

/** "…," Smith said. / "…," said Smith. / "…," according to Smith. */
function afterQuote(p: SentenceParts, q: QuoteSpan): QuoteSource | null {
  const next = p.quotes.find((x) => x.open > q.close);
  const limit = next ? next.open : p.s.end;
  const c = p.cues.find((x) => x.start > q.close && x.start < limit);
  if (!c) return null;
  const between = p.mentions.filter((m) => m.start > q.close && m.end <= c.start);
  if (between.length === 0) {
    if (!adjacent(p.s, q.close + 1, c.start)) return null;
    const m = c.according ? accordingSource(p.s, p.mentions, c) : subjectAfter(p.s, p.mentions, c);
    return m ? { mention: m, cue: c, path: 'cue-after' } : null;
  }
  // "…," Smith, the party's leader since 2010, said: the first mention after the closing mark is the subject.
  const first = between.find((m) => !m.possessive);
  if (!first || !adjacent(p.s, q.close + 1, first.start) || first.afterPrep) return null;
  return { mention: first, cue: c, path: 'cue-after' };
}

/**
 * Smith said: “…” / Smith said the plan was “a disaster” / said Smith, “…”. PolNeAR-style news
 * attributes a quotation to the outermost report around it (A said that B called it “…” is A's),
 * so the first speech cue of the clause with a source wins, else the nearest cue of any kind.
 */
function beforeQuote(p: SentenceParts, q: QuoteSpan): QuoteSource | null {
  const prev = [...p.quotes].reverse().find((x) => x.close < q.open);
  const usable = (c: CueHit, m: Mention | null): m is Mention => m !== null && (!prev || m.start > prev.close || c.start > prev.close || m.end <= prev.open);
  const before = p.cues.filter((c) => c.end <= q.open && (!prev || c.start > prev.close || c.cls === 'speech'));
  // Outermost: the first speech cue of the quotation's own clause (after any earlier quotation, no new clause between).
  for (const c of before) {
    if (c.cls !== 'speech' || c.weak || (prev && c.start < prev.close) || newClause(p, c.end, q.open)) continue;
    const m = sourceOf(p, c, p.s.start);
    if (usable(c, m)) return { mention: m, cue: c, path: 'cue-before' };
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (!c) continue;
    const m = sourceOf(p, c, p.s.start);
    if (usable(c, m)) return { mention: m, cue: c, path: 'cue-before' };
  }
  return colonSource(p, q);
}

/** "Cruz said he'd win, and Trump vowed to “…”": a coordinated clause with its own subject starts between. */
function newClause(p: SentenceParts, from: number, to: number): boolean {
  return /;|,\s+(?:and|but|while|whereas)\s+(?:[\p{Lu}]|he\b|she\b|they\b)/u.test(p.s.masked.slice(from - p.s.start, to - p.s.start));
}

/** "Pollsters agree – Jane Doe: “…”": a name right before a colon introduces the quotation. */
function colonSource(p: SentenceParts, q: QuoteSpan): QuoteSource | null {
  const m = [...p.mentions].reverse().find((x) => x.end <= q.open);
  if (!m || (m.type !== 'NAME' && m.type !== 'ORG') || m.possessive) return null;
  return /^\s*:\s*$/.test(p.s.masked.slice(m.end - p.s.start, q.open - p.s.start)) ? { mention: m, cue: null, path: 'colon' } : null;
}

/** "…" and "…" were his words, Smith said later: a cue elsewhere in the sentence. */
function anywhere(p: SentenceParts, q: QuoteSpan): QuoteSource | null {
  for (const c of p.cues) {
    if (c.start < q.close || c.weak) continue;
    const m = sourceOf(p, c, p.s.start);
    if (m) return { mention: m, cue: c, path: 'cue-elsewhere' };
  }
  return null;
}

/** A mention right after a past-tense verb ("attacked Holt", "endorsed Clinton") is that verb's object. */
function objectOfVerb(s: Sentence, m: Mention): boolean {
  return /\b\p{Ll}{3,}ed\s+(?:the\s+)?$/u.test(s.masked.slice(Math.max(0, m.start - s.start - 30), m.start - s.start));
}
