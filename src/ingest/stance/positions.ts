/**
 * Positions: who stands where on which catalogue topic. From each attributed statement (its
 * speaker holds the stance its cue or its words express: "urged", "must", "will not accept"),
 * and from narration whose subject takes a stance verb ("Germany banned…", "X was criticized by
 * Y"). Topics come from the catalogue only: the statement's own, its sentence's, else the
 * article's dominant topic.
 */
import type { Entity, Registry } from '../entities/registry.js';
import { subjectBefore } from '../attribution/frames.js';
import { sentenceTexts } from '../segment/sentences.js';
import type { CueHit, SentenceFacts } from '../stages.js';
import type { TopicIndex } from '../topics/topics.js';
import type { ExtractedPosition, ExtractedStatement } from '../types.js';
import { evaluationOf, stanceOf, stanceVerbs, type StanceCue } from './cues.js';

interface Context {
  body: string;
  registry: Registry;
  out: Map<string, ExtractedPosition>;
}

export function inferPositions(facts: SentenceFacts[], statements: ExtractedStatement[], registry: Registry, topics: TopicIndex, title: string, body: string): ExtractedPosition[] {
  const ctx: Context = { body, registry, out: new Map() };
  const own = facts.map((f) => topics.match(f.sentence.text));
  const dominant = topics.dominantOf(topics.match(title), own);
  facts.forEach((f, fi) => {
    const sentenceTopic = own[fi]?.[0] ?? dominant;
    for (const i of f.statements) {
      const s = statements[i];
      if (s?.speaker) fromStatement(ctx, s, i, s.topics[0] ?? sentenceTopic);
    }
    fromNarration(ctx, f, statements, sentenceTopic);
  });
  return [...ctx.out.values()];
}

/** The reporting verb's stance ("warned", "urged") first, else what the words say. */
function fromStatement(ctx: Context, s: ExtractedStatement, index: number, topic: string | null): void {
  if (!topic || !s.speaker) return;
  // the cue with the word after it: "called on", "called for"
  const byCue = s.cue ? stanceVerbs(ctx.body.slice(s.cue.start, s.cue.end + 8))[0] : undefined;
  const text = s.clause ? ctx.body.slice(s.clause.start, s.clause.end) : s.quote;
  // What the words say decides; the reporting verb ("urged", "warned") speaks when they say nothing.
  // Each sentence of a long quote may take its own stance ("We must … . Leaving them is a mistake.").
  const cues = sentenceTexts(text).map((t) => stanceOf(t) ?? byCue ?? evaluationOf(t)).filter((c): c is StanceCue => c !== null);
  for (const cue of cues) add(ctx, { stakeholder: s.speaker, topic, stance: cue.stance, evidence: s.quote.slice(0, 300), statement: index, start: s.start, end: s.end, confidence: byCue ? 0.6 : 0.5 });
}

/** "Germany banned the airline", "the deal was rejected by Ankara": stance verbs in narration with a known holder. */
function fromNarration(ctx: Context, f: SentenceFacts, statements: ExtractedStatement[], topic: string | null): void {
  if (!topic) return;
  const s = f.sentence;
  const usedCues = new Set(f.statements.flatMap((i) => (statements[i]?.cue ? [statements[i]?.cue?.start] : [])));
  for (const v of stanceVerbs(s.masked)) {
    const at = s.start + v.start;
    if (usedCues.has(at) || s.masked.slice(v.start, v.end).includes('…')) continue;
    const end = Math.min(s.end, s.start + v.end + 200);
    for (const holder of holdersOf(f, { start: at, end: s.start + v.end, lemma: '', cls: 'other', weak: true, according: false }, s.masked.slice(0, v.start))) {
      if (holder.strong) add(ctx, { stakeholder: holder.slug, topic, stance: v.stance, evidence: ctx.body.slice(s.start, end), statement: null, start: s.start, end, confidence: 0.4 });
    }
  }
}

/** The agents of a passive ("was condemned by A, B and C"), else the subject before the verb. */
function holdersOf(f: SentenceFacts, cue: CueHit, before: string): Entity[] {
  const text = f.sentence.masked;
  const rel = (x: number): number => x - f.sentence.start;
  if (/\b(?:is|are|was|were|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(before)) {
    const out: Entity[] = [];
    let k = f.mentions.findIndex((m) => m.start >= cue.end && m.start - cue.end < 60 && /^\s+by\s+(?:the\s+)?$/u.test(text.slice(rel(cue.end), rel(m.start))));
    for (let prev = cue.end; k >= 0 && k < f.mentions.length; k++) {
      const m = f.mentions[k];
      if (!m || (out.length > 0 && !/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/u.test(text.slice(rel(prev), rel(m.start))))) break;
      const e = f.entities[k];
      if (e) out.push(e);
      prev = m.end;
    }
    return out;
  }
  const m = subjectBefore(f.sentence, f.mentions, cue);
  const e = m ? f.entities[f.mentions.indexOf(m)] : null;
  return e ? [e] : [];
}

function add(ctx: Context, p: ExtractedPosition): void {
  // One position per holder and stance in an article: the same stance repeated is one position, not several.
  const key = `${p.stakeholder}|${p.stance}`;
  const found = ctx.out.get(key);
  if (!found || found.confidence < p.confidence) ctx.out.set(key, p);
}

