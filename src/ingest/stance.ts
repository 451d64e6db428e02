/** Positions from statements and narration: cue lexicons (cues.ts) applied clause by clause, holders from holders.ts. */
import { callsForCreation, clauseCue, clauses, clauseStances, framedAsDirective, stancesOf } from './cues.js';
import type { SentenceFacts } from './extract.js';
import { clauseHolders, holdersOf, listedAfter } from './holders.js';
import type { Entity, Registry } from './stakeholders.js';
import type { TopicIndex } from './topics.js';
import type { ExtractedPosition, ExtractedStatement, Stance } from './types.js';

export { stanceOf, stancesOf } from './cues.js';

const anaphora = /\b(?:the (?:decision|deal|agreement|treaty|move|measure|withdrawal|ban|plan|law|proposal|attacks?)|conditions|demands|terms)\b/i;
const demandsIntro = /^Among (.+?)['’]s? demands:?\s*$/u;
const bullet = /^\s*[•*·▪◦–-]/u;
/** Reactions reported as coming from a list of actors: "condemnation has come from A, B and C". */
const reaction = /\b(?:(condemnation|criticism|outrage|anger|protests?)|(praise|support|backing|congratulations))\b[^.;]{0,50}?\bfrom\s+/gi;

interface Context {
  body: string;
  registry: Registry;
  topics: TopicIndex;
  out: Map<string, ExtractedPosition>;
}

/** Infer stakeholder positions from the statements and the narration of one article. */
export function inferPositions(body: string, facts: SentenceFacts[], statements: ExtractedStatement[], registry: Registry, topics: TopicIndex, title: string): ExtractedPosition[] {
  const ctx: Context = { body, registry, topics, out: new Map() };
  // One topic pass per sentence, shared by the article's dominant topic and each sentence's own.
  const texts = facts.map((f) => topicText(body, f));
  const owns = texts.map((t) => topics.match(t));
  const dominant = topics.dominantOf(topics.match(title), owns);
  let previous: string[] = [];
  let demander: string | null = null;
  for (const [fi, f] of facts.entries()) {
    const real = body.slice(f.segment.start, f.segment.end);
    const intro = demandsIntro.exec(real);
    if (intro) {
      demander = f.mentions.find((m) => m.entity)?.entity?.slug ?? null;
      previous = [];
      continue;
    }
    if (demander && bullet.test(real)) {
      // Each item of "Among X's demands:" is a demand of X; giving something up is opposing it.
      const found = topics.match(real);
      add(ctx, demander, found, /\brenunciation\b/i.test(real) ? 'OPPOSES' : 'DEMANDS', f.segment.start, f.segment.end, null, 0.6);
      previous = [...previous, ...found];
      continue;
    }
    demander = null;
    const own = owns[fi] ?? [];
    const fallback = own.length > 0 ? own.slice(0, 1) : anaphora.test(real) ? previous.slice(0, 1) : dominant ? [dominant] : [];
    const whole = (from: number, to: number): boolean => from <= f.segment.start && to >= f.segment.end;
    // The same clause is asked for once per holder and stance: match each span once per sentence.
    const memo = new Map<string, string[]>();
    const topicOf = (from: number, to: number): string[] => {
      const key = `${from}:${to}`;
      const hit = memo.get(key);
      if (hit) return hit;
      // A clause has no keyword its sentence lacks, and the whole sentence was matched already.
      const local = own.length === 0 ? own : whole(from, to) ? own : topics.match((texts[fi] ?? '').slice(from - f.segment.start, to - f.segment.start));
      const picked = local.length > 0 ? local.slice(0, 1) : fallback;
      memo.set(key, picked);
      return picked;
    };
    const parts = clauses(f.segment.text);
    for (const i of f.statements) {
      const s = statements[i];
      if (s) fromStatement(ctx, f, parts, s, i, topicOf);
    }
    fromNarration(ctx, f, parts, topicOf);
    if (own.length > 0) previous = own;
  }
  return [...ctx.out.values()];
}

/** A sentence with organisations' names blanked: "Organisation of Islamic Cooperation" is not about cooperation. */
function topicText(body: string, f: SentenceFacts): string {
  let text = body.slice(f.segment.start, f.segment.end);
  for (const m of f.mentions) {
    if (m.entity?.kind !== 'ORGANIZATION' || m.type === 'PRONOUN') continue;
    const from = m.start - f.segment.start;
    text = text.slice(0, from) + ' '.repeat(m.end - m.start) + text.slice(m.end - f.segment.start);
  }
  return text;
}

function add(ctx: Context, holder: string, topicList: string[], stance: Stance, start: number, end: number, statement: number | null, confidence: number): void {
  for (const topic of topicList) {
    for (const h of holdersOf(holder, ctx.registry)) {
      const key = `${h}|${topic}|${stance}`;
      if (!ctx.out.has(key)) ctx.out.set(key, { stakeholder: h, topic, stance, evidence: excerpt(ctx.body, start, end), statement, start, end, confidence: h === holder ? confidence : confidence * 0.8 });
    }
  }
}

/** Evidence stays short: the first 200 characters, cut at a word boundary. */
function excerpt(body: string, start: number, end: number): string {
  const text = body.slice(start, end);
  if (text.length <= 200) return text;
  const cut = text.slice(0, 200);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 120));
}

const evaluative = new Set<Stance>(['CRITICIZES', 'WARNS']);

type TopicOf = (from: number, to: number) => string[];

/** A statement's stances: what its words say, and what the clause framing it says. */
function fromStatement(ctx: Context, f: SentenceFacts, parts: { from: number; to: number }[], s: ExtractedStatement, index: number, topicOf: TopicOf): void {
  const base = f.segment.start;
  const at = s.start - base;
  const clause = parts.find((c) => at >= c.from && at < c.to) ?? { from: 0, to: f.segment.text.length };
  // The frame starts at the speaker's own mention: an "if…" clause before it is someone else's.
  const own = f.mentions.filter((m) => m.entity?.slug === s.speaker && m.start - base >= clause.from && m.start < s.start).at(-1);
  const from = own ? own.start - base : clause.from;
  // Reported content is read by contentStances; the frame is only the words around it.
  const frame = `${f.segment.text.slice(from, Math.max(from, at))} … ${f.segment.text.slice(Math.min(clause.to, s.end - base), clause.to)}`;
  const before = f.segment.text.slice(from, Math.max(from, at));
  const quoteTopic = s.topics.slice(0, 1);
  const clauseTopic = topicOf(base + clause.from, base + clause.to);
  // What the words say is about the words' topic; what the frame says is about the frame's.
  const directive = s.kind === 'DIRECT' && framedAsDirective(before);
  const content = directive ? [] : contentStances(f, s);
  // "called for X to be set up": the construction spans frame and content, so read them together.
  const creation = s.kind === 'REPORTED' && callsForCreation(`${before} ${s.quote}`);
  const framed: Stance[] = directive ? ['DEMANDS'] : creation ? ['PROPOSES'] : f.mentions.length > 0 ? clauseStances(frame) : [];
  for (const stance of content) add(ctx, s.speaker, quoteTopic.length > 0 ? quoteTopic : clauseTopic, stance, s.start, s.end, index, 0.6);
  for (const stance of framed) add(ctx, s.speaker, clauseTopic.length > 0 ? clauseTopic : quoteTopic, stance, s.start, s.end, index, 0.6);
}

/**
 * Stances of a statement's own words. In reported speech a clause whose cue follows another
 * actor ("the statement said European nations have refused…") states that actor's stance, not
 * the speaker's; narration picks it up with the right holder. Evaluations are the speaker's
 * whoever they describe ("bloggers believe the Kremlin is reneging on its promises").
 */
function contentStances(f: SentenceFacts, s: ExtractedStatement): Stance[] {
  if (s.kind === 'DIRECT') return stancesOf(s.quote);
  const out = new Set<Stance>();
  for (const c of clauses(s.quote)) {
    const cue = clauseCue(s.quote.slice(c.from, c.to));
    if (!cue) continue;
    const cueAt = s.start + c.from + cue.at;
    const other = f.mentions.some((m) => m.entity && m.entity.slug !== s.speaker && m.start >= s.start && m.end <= cueAt && !m.afterPrep && !m.possessive && m.type !== 'PRONOUN');
    for (const st of cue.stances) if (!other || evaluative.has(st)) out.add(st);
  }
  return [...out];
}

/** Stances the narrator attributes: each clause's cue, held by its subject, passive agent or listed sources. */
function fromNarration(ctx: Context, f: SentenceFacts, parts: { from: number; to: number }[], topicOf: TopicOf): void {
  if (f.mentions.length === 0) return;
  const text = f.segment.text;
  const base = f.segment.start;
  for (const m of text.matchAll(reaction)) {
    const stance: Stance = m[1] ? (/protest/i.test(m[1]) ? 'OPPOSES' : 'CRITICIZES') : 'SUPPORTS';
    const holders = listedAfter(text, base, f.mentions, m.index + m[0].length);
    for (const h of holders) add(ctx, h.slug, topicOf(f.segment.start, f.segment.end), stance, f.segment.start, f.segment.end, null, 0.5);
    if (holders.length > 0) return;
  }
  let subject: Entity[] = [];
  for (const [k, c] of parts.entries()) {
    const clause = text.slice(c.from, c.to);
    const cue = clauseCue(clause);
    const stances = cue?.stances ?? [];
    // A clause opening with a verb ("…, and deemed that…") continues the previous clause's subject.
    const inherited = k > 0 && /^\s*(?:and|but)?\s*(?:then\s+|also\s+)?[a-z]+(?:ed|s)\b/.test(clause) ? subject : [];
    const holders = cue ? clauseHolders(text, base, f.mentions, { from: c.from, to: c.to, cueAt: c.from + cue.at, cueEnd: c.from + cue.end }, inherited) : [];
    for (const h of holders) for (const stance of stances) add(ctx, h.slug, topicOf(base + c.from, base + c.to), stance, base + c.from, base + c.to, null, 0.5);
    if (holders.length > 0 || k === 0) subject = holders;
  }
}
