/**
 * Attribution over an article, paragraph by paragraph: each quotation gets the source its
 * sentence names, else the speaker its context carries (the paragraph's speaker, an intro
 * sentence ending in a colon, the previous paragraph's speaker for a paragraph that opens with
 * a quotation), else none. Reported clauses that contain a quotation are not emitted twice:
 * the quotation keeps the clause as its context.
 */
import type { Directory } from '../entities/directory.js';
import type { Entity } from '../entities/registry.js';
import { agrees, type Resolver } from '../entities/resolver.js';
import { findMentions, namedMention } from '../mentions/mentions.js';
import type { Block } from '../quotes/blocks.js';
import { isStatement } from '../quotes/statement-like.js';
import { sentences } from '../segment/sentences.js';
import type { CueHit, Mention, Paragraph, QuoteSpan, Sentence, SentenceFacts } from '../stages.js';
import { confidenceOf } from '../lexicon/lexicon.js';
import type { Basis, ExtractedStatement } from '../types.js';
import { findCues } from './cues.js';
import { accordingSource, mainSubject, subjectAfter, subjectBefore } from './frames.js';
import { quoteSource, type SentenceParts } from './quote-source.js';
import { reportedClauses, type ReportedClause } from './reported.js';

/** The parts of a sentence within [from, to): attribution looks no farther, which keeps huge sentences linear. */
function around(p: SentenceParts, from: number, to: number): SentenceParts {
  if (p.s.end - p.s.start <= to - from) return p;
  const start = (x: { start: number }): number => x.start;
  const open = (q: QuoteSpan): number => q.open;
  const inside = <T>(xs: T[], key: (x: T) => number): T[] => xs.slice(lowerBound(xs, from, key), lowerBound(xs, to, key));
  return { s: p.s, mentions: inside(p.mentions, start), cues: inside(p.cues, start), quotes: inside(p.quotes, open) };
}

/** The first index of a list sorted by `key` whose key is at least `at`. */
function lowerBound<T>(xs: T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = xs[mid];
    if (x !== undefined && key(x) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


export class Attributor {
  readonly statements: ExtractedStatement[] = [];
  readonly facts: SentenceFacts[] = [];
  private sentenceCount = 0;
  /** the person who was the subject of the previous sentence, for "He/She …" to tell their gender */
  private lastSubject: Entity | null = null;
  /** the last speaker of the previous paragraph, and whether that paragraph ended on a quotation or a colon */
  private previous: { speaker: Entity | null; carries: boolean } = { speaker: null, carries: false };

  constructor(
    private readonly body: string,
    private readonly masked: string,
    private readonly quotes: QuoteSpan[],
    private readonly resolver: Resolver,
    private readonly dir: Directory,
  ) {}

  paragraph(p: Paragraph): void {
    const list = sentences(this.body, this.masked, p, this.sentenceCount);
    this.sentenceCount += list.length;
    let paraSpeaker: Entity | null = null;
    let intro: Entity | null = null;
    let lastSource: Entity | null = null;
    for (const s of list) {
      const { mentions, tokens } = findMentions(s, this.dir.known);
      const entities = mentions.map((m) => (m.type === 'NAME' || m.type === 'ORG' || m.type === 'GROUP' ? this.resolver.resolve(m) : null));
      const cues = findCues(tokens);
      this.learnGender(s, mentions, entities);
      const fact: SentenceFacts = { sentence: s, mentions, entities, cues, statements: [] };
      this.facts.push(fact);
      const parts: SentenceParts = { s, mentions, cues, quotes: this.quotesIn(s) };
      const reported = reportedClauses(parts, this.masked);
      const opensParagraph = (q: QuoteSpan): boolean => q.open === p.start;
      const kept: QuoteSpan[] = [];
      for (const q of parts.quotes) {
        const label = this.transcriptLabel(q);
        const src = label ? null : quoteSource(around(parts, q.open - 400, q.close + 400), q);
        let speaker: Entity | null = label;
        let path: Basis = label ? 'transcript' : 'unattributed';
        if (src) {
          speaker = this.speakerOf(src.mention, fact);
          path = src.path;
        }
        if (!speaker && !src && !label) {
          const carried: Entity | null = paraSpeaker ?? lastSource ?? intro ?? (opensParagraph(q) && this.previous.carries ? this.previous.speaker : null);
          if (carried) {
            speaker = carried;
            path = 'carried';
          }
        }
        if (!isStatement(this.body, q, speaker !== null)) continue;
        kept.push(q);
        const clause = reported.find((r) => r.start <= q.start && r.end >= q.end) ?? null;
        this.emit(fact, q.start, q.end, 'DIRECT', speaker, path, src?.cue ?? null, clause, src?.mention ?? null);
        if (speaker) paraSpeaker = speaker;
      }
      for (const r of reported) {
        if (kept.some((q) => q.start < r.end && q.end > r.start)) continue;
        const speaker = this.speakerOf(r.mention, fact);
        this.emit(fact, r.start, r.end, 'REPORTED', speaker, speaker ? 'reported' : 'reported-unnamed', r.cue, null, r.mention);
        if (speaker) paraSpeaker = speaker;
      }
      lastSource = this.noteSources(parts, fact) ?? lastSource;
      intro = /:\s*$/.test(s.masked) ? (this.introSpeaker(parts, fact) ?? intro) : intro;
    }
    const last = list[list.length - 1];
    const endsOnQuote = last !== undefined && this.quotes.some((q) => q.depth === 0 && q.close >= last.end - 2 && q.open >= last.start);
    this.previous = { speaker: paraSpeaker ?? intro, carries: (paraSpeaker !== null && endsOnQuote) || (last !== undefined && /:\s*$/.test(last.masked)) };
  }

  /** Outer quotations opening in a sentence; sentences come in order, so a cursor walks the sorted list once. */
  private quoteCursor = 0;
  private quotesIn(s: Sentence): QuoteSpan[] {
    const out: QuoteSpan[] = [];
    while (this.quoteCursor < this.quotes.length && (this.quotes[this.quoteCursor]?.open ?? 0) < s.start) this.quoteCursor++;
    for (let i = this.quoteCursor; i < this.quotes.length; i++) {
      const q = this.quotes[i];
      if (!q || q.open >= s.end) break;
      if (q.depth === 0) out.push(q);
    }
    return out;
  }

  /** "Smith arrived late. She said …": a sentence opening on he/she tells the gender of the previous subject. */
  private learnGender(s: Sentence, mentions: Mention[], entities: (Entity | null)[]): void {
    const first = mentions[0];
    if (first?.type === 'PRONOUN' && (first.gender === 'm' || first.gender === 'f') && first.start - s.start < 3) {
      const e = this.lastSubject;
      if (e && e.kind === 'PERSON' && e.gender === null) e.gender = first.gender;
    }
    const main = mainSubject(s, mentions, s.end);
    const e = main ? entities[mentions.indexOf(main)] : null;
    this.lastSubject = main?.type === 'NAME' && e ? e : main?.type === 'PRONOUN' ? this.lastSubject : null;
  }

  /** Every named source of a cue is a speaker later pronouns may refer to, whether or not a statement was kept. */
  private noteSources(parts: SentenceParts, fact: SentenceFacts): Entity | null {
    let last: Entity | null = null;
    for (const c of parts.cues) {
      const m = c.according ? accordingSource(parts.s, parts.mentions, c) : (subjectBefore(parts.s, parts.mentions, c) ?? subjectAfter(parts.s, parts.mentions, c));
      if (m && (m.type === 'NAME' || m.type === 'ORG')) {
        const e = this.speakerOf(m, fact);
        if (e) this.resolver.spoke(e, true);
        last = e ?? last;
      }
    }
    const main = mainSubject(parts.s, parts.mentions, parts.s.end);
    if (!last && main && main.type === 'NAME') {
      const e = this.speakerOf(main, fact);
      if (e && e.kind === 'PERSON') this.resolver.spoke(e, true);
    }
    return last;
  }

  /** Transcripts: "PENCE: …" inside the marks names its speaker. */
  private transcriptLabel(q: QuoteSpan): Entity | null {
    const m = /^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s/.exec(this.body.slice(q.start, q.start + 40));
    if (!m?.[1]) return null;
    const name = m[1].toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    return this.resolver.resolve(namedMention(q.start, q.start + m[1].length, name, null));
  }

  /**
   * An unmarked block quotation: said by the `Name, Title` line after it, else by the speaker of
   * the colon-ended paragraph before it; kept only when someone says it.
   */
  block(p: Paragraph, b: Block): void {
    const line = b.nameLine;
    const speaker = line
      ? this.resolver.resolve(namedMention(p.end, p.end, line.name, line.title))
      : this.previous.carries ? this.previous.speaker : null;
    if (!speaker) {
      this.paragraph(p);
      return;
    }
    const s: Sentence = { start: p.start, end: p.end, index: this.sentenceCount++, paragraph: p.index, text: p.text, masked: p.text };
    const fact: SentenceFacts = { sentence: s, mentions: [], entities: [], cues: [], statements: [] };
    this.facts.push(fact);
    this.emit(fact, p.start, p.end, 'DIRECT', speaker, line ? 'block-line' : 'block-intro', null, null, null);
    this.previous = { speaker, carries: false };
  }

  /** "Smith said:" at the end of a sentence: the speaker of the quotation that follows. */
  private introSpeaker(parts: SentenceParts, fact: SentenceFacts): Entity | null {
    const c = parts.cues[parts.cues.length - 1];
    if (!c) return null;
    const m = [...parts.mentions].reverse().find((x) => x.end <= c.start && !x.afterPrep && !x.possessive);
    return m ? this.speakerOf(m, fact) : null;
  }

  /** The stakeholder a source mention stands for; pronouns and roles are resolved now, against the speakers so far. */
  private speakerOf(m: Mention | null, fact: SentenceFacts): Entity | null {
    if (!m) return null;
    const i = fact.mentions.indexOf(m);
    const known = fact.entities[i];
    if (known) return known;
    let e: Entity | null;
    if (m.type === 'PRONOUN' && m.name === 'who') {
      const before = fact.mentions.slice(0, i).reverse().find((x) => x.type === 'NAME' || x.type === 'ORG');
      e = before ? (fact.entities[fact.mentions.indexOf(before)] ?? null) : null;
    } else if (m.type === 'PRONOUN') {
      // "Ban condemned what he called …": a pronoun first refers to its own sentence's subject.
      const main = mainSubject(fact.sentence, fact.mentions, m.start);
      const own = main && main !== m && (main.type === 'NAME' || main.type === 'ORG') ? fact.entities[fact.mentions.indexOf(main)] : null;
      e = own && agrees(own, m.name) ? own : this.resolver.resolve(m);
    } else e = this.resolver.resolve(m);
    if (i >= 0) fact.entities[i] = e;
    return e;
  }

  private emit(fact: SentenceFacts, start: number, end: number, kind: 'DIRECT' | 'REPORTED', speaker: Entity | null, basis: Basis, cue: CueHit | null, clause: ReportedClause | null, source: Mention | null): void {
    if (speaker) this.resolver.spoke(speaker, source?.type === 'NAME' || source?.type === 'ORG');
    fact.statements.push(this.statements.length);
    this.statements.push({
      speaker: speaker?.slug ?? null,
      quote: this.body.slice(start, end),
      kind,
      start,
      end,
      confidence: confidenceOf(basis),
      basis,
      topics: [],
      cue: cue ? { start: cue.start, end: cue.end, text: this.body.slice(cue.start, cue.end) } : null,
      clause: clause ? { start: clause.start, end: clause.end } : null,
    });
  }
}

