/** The extraction pipeline: text in, statements, stakeholders and positions out. */
import { accordingSource, afterQuote, lastCueBefore, subjectOf, trailingAttribution } from './attribution.js';
import { findBlocks, type Block } from './blocks.js';
import { findMentions, type Mention } from './mentions.js';
import { doubleQuotes, maskQuotes, singleQuotes, type QuoteSpan } from './quotes.js';
import { reportedClauses } from './reported.js';
import { Resolver, type Resolved } from './resolve.js';
import { Directory, Registry, type Entity } from './stakeholders.js';
import { inferPositions } from './stance.js';
import { linkTopics, TopicIndex } from './topics.js';
import { collapseSpaces, paragraphs, sentences, type Segment } from './text.js';
import type { ArticleText, Catalogue, ExtractedStakeholder, ExtractedStatement, Extraction } from './types.js';
import { isStatementLike } from './filters.js';

const directories = new WeakMap<Catalogue, { dir: Directory; topics: TopicIndex }>();

function indexes(catalogue: Catalogue): { dir: Directory; topics: TopicIndex } {
  let found = directories.get(catalogue);
  if (!found) {
    found = { dir: new Directory(catalogue), topics: new TopicIndex(catalogue.topics) };
    directories.set(catalogue, found);
  }
  return found;
}

/** Extract attributed statements, stakeholders and positions from one article. Never throws on odd text. */
export function extract(article: ArticleText, catalogue: Catalogue): Extraction {
  try {
    return run(article, catalogue);
  } catch {
    return { statements: [], stakeholders: [], positions: [] };
  }
}

export interface SentenceFacts {
  segment: Segment;
  para: number;
  mentions: Resolved[];
  statements: number[];
}

function run(article: ArticleText, catalogue: Catalogue): Extraction {
  const body = article.body;
  const { dir, topics } = indexes(catalogue);
  const paras = paragraphs(body);
  const title = collapseSpaces(article.title);
  // A line equal to the title after collapsing starts with its first word: check that before collapsing.
  const firstWord = title.split(' ', 1)[0] ?? '';
  const isTitle = (p: Segment): boolean => p.text.split('\n').every((line) => line.trimStart().startsWith(firstWord) && collapseSpaces(line) === title);
  const skip = new Set(paras.flatMap((p, i) => (isTitle(p) || !/\p{L}/u.test(p.text) ? [i] : [])));
  const spans = paras.flatMap((p, i) => (skip.has(i) ? [] : withSingles(body, p)));
  const masked = maskQuotes(body, spans);
  const blocks = new Map<number, Block>(findBlocks(paras).map((b) => [b.index, b]));
  const nameLines = new Set([...blocks.values()].flatMap((b) => (b.nameLine ? [b.nameLine.index] : [])));
  const registry = new Registry(dir);
  const resolver = new Resolver(registry, dominantCountry(body, dir));
  const known = (s: string): boolean => dir.exact.has(s);
  const statements: ExtractedStatement[] = [];
  const facts: SentenceFacts[] = [];
  let previousSpeaker: Entity | null = null;

  const emit = (e: Entity, start: number, end: number, kind: 'DIRECT' | 'REPORTED', confidence: number): number => {
    resolver.spoke(e);
    statements.push({ speaker: e.slug, quote: body.slice(start, end), kind, start, end, confidence, topics: [] });
    return statements.length - 1;
  };

  paras.forEach((para, pi) => {
    if (skip.has(pi) || nameLines.has(pi)) return;
    const block = blocks.get(pi);
    if (block) {
      const speaker = blockSpeaker(block, facts, resolver);
      if (speaker) previousSpeaker = speaker;
      if (speaker) facts.push({ segment: para, para: pi, mentions: [], statements: [emit(speaker, para.start, para.end, 'DIRECT', 0.8)] });
      return;
    }
    let paraSpeaker: Entity | null = null;
    let prevCueSubject: Entity | null = null;
    for (const seg of sentences(masked, para)) {
      const mentions = resolveAll(findMentions(seg.text, seg.start, known), seg, resolver);
      const fact: SentenceFacts = { segment: seg, para: pi, mentions, statements: [] };
      facts.push(fact);
      const cueAt = lastCueBefore(seg.text, seg.start, seg.end);
      const cueSubject = cueAt >= 0 ? (subjectOf(seg.text, seg.start, cueAt, mentions)?.entity ?? null) : null;
      for (const q of spans) {
        if (q.open < seg.start || q.open >= seg.end || q.depth > 0) continue;
        const words = body.slice(q.start, q.end).split(/\s+/).length;
        const local = quoteSpeaker(seg, q, mentions);
        const carried: Entity | null = words > 3 && !q.single ? (paraSpeaker ?? prevCueSubject ?? (pi > 0 && q.open === para.start ? previousSpeaker : null)) : null;
        const speaker: Entity | null = local ?? carried;
        if (!speaker || !isStatementLike(body, q, dir)) continue;
        fact.statements.push(emit(speaker, q.start, q.end, 'DIRECT', local ? 0.9 : 0.6));
        paraSpeaker = speaker;
        previousSpeaker = speaker;
      }
      for (const r of reportedClauses(body, seg.text, seg.start, mentions)) {
        if (r.speaker.entity) fact.statements.push(emit(r.speaker.entity, r.start, r.end, 'REPORTED', r.confidence));
      }
      prevCueSubject = cueSubject ?? prevCueSubject;
    }
  });

  linkTopics(statements, topics);
  const positions = inferPositions(body, facts, statements, registry, topics, article.title);
  const used = new Set([...statements.map((s) => s.speaker), ...positions.map((p) => p.stakeholder)]);
  return { statements, stakeholders: stakeholdersOut(registry, used), positions };
}

function withSingles(body: string, p: Segment): QuoteSpan[] {
  const d = doubleQuotes(body, p);
  return [...d, ...singleQuotes(body, p, d)];
}

function resolveAll(found: Mention[], seg: Segment, resolver: Resolver): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    if (!m) continue;
    const prev = out[out.length - 1];
    const gap = prev ? seg.text.slice(prev.end - seg.start, m.start - seg.start) : '';
    // Apposition: "Delfin Lorenzana, the Defence Secretary" names one person, not two.
    const closed = /^\s*(?:[,;.:)]|$)/.test(seg.text.slice(m.end - seg.start));
    if (m.type === 'ROLE' && prev?.entity?.kind === 'PERSON' && /^\s*,\s*$/.test(gap) && m.title === 'the' && closed) {
      resolver.titled(prev.entity, m.text);
      continue;
    }
    const next = found[i + 1];
    if (m.type === 'ROLE' && next?.type === 'NAME' && /^\s*,\s*$/.test(seg.text.slice(m.end - seg.start, next.start - seg.start))) {
      next.title ??= m.text;
      continue;
    }
    out.push(resolver.resolve(m));
  }
  return out;
}

function quoteSpeaker(seg: Segment, q: QuoteSpan, mentions: Resolved[]): Entity | null {
  const post = afterQuote(seg.text, seg.start, q.close, mentions);
  if (post?.entity) return post.entity;
  const source = accordingSource(seg.text, seg.start, q.open, mentions);
  if (source?.entity) return source.entity;
  const cue = lastCueBefore(seg.text, seg.start, q.open);
  if (cue >= 0) {
    const s = subjectOf(seg.text, seg.start, cue, mentions);
    if (s?.entity) return s.entity;
  }
  const tail = trailingAttribution(seg.text, seg.start, mentions);
  return tail && tail.start > q.close ? tail.entity : null;
}

function blockSpeaker(block: Block, facts: SentenceFacts[], resolver: Resolver): Entity | null {
  if (block.nameLine) {
    const { name, title } = block.nameLine;
    const m = resolver.resolve({ start: 0, end: 0, text: name, type: 'NAME', name, title, head: '', modifiers: [], ofPhrase: null, org: false, possessive: false, afterPrep: false, acronym: null, human: true });
    if (m.entity) {
      resolver.titled(m.entity, title);
      return m.entity;
    }
  }
  const intro = [...facts].reverse().find((f) => f.para === block.intro);
  if (!intro) return null;
  const byAgent = intro.mentions.find((m) => m.entity && /\bby\s+(?:the\s+)?$/.test(intro.segment.text.slice(0, m.start - intro.segment.start)));
  if (byAgent?.entity) return byAgent.entity;
  const cue = lastCueBefore(intro.segment.text, intro.segment.start, intro.segment.end);
  const subject = subjectOf(intro.segment.text, intro.segment.start, cue >= 0 ? cue : intro.segment.end, intro.mentions);
  return subject?.entity ?? null;
}

function dominantCountry(body: string, dir: Directory): string | null {
  const counts = new Map<string, number>();
  // ASCII letters tried before \p{L}: same words, cheaper over the whole body.
  for (const w of body.match(/\p{Lu}(?:[a-zA-Z'’]|\p{L})+/gu) ?? []) {
    const c = dir.demonyms.get(w) ?? (dir.exact.get(w)?.kind === 'COUNTRY' ? dir.exact.get(w)?.slug : undefined);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function stakeholdersOut(registry: Registry, used: Set<string>): ExtractedStakeholder[] {
  return [...registry.entities.values()]
    .filter((e) => used.has(e.slug) || (e.strong && e.kind !== 'GROUP'))
    .map((e) => ({
      slug: e.slug,
      name: e.kind === 'GROUP' ? longest(e) : e.name,
      kind: e.kind,
      role: e.role,
      parent: e.parent,
      aliases: [...e.aliases].filter((a) => a !== e.name).sort(),
      known: e.known,
      mentions: e.mentions.filter((m) => m.end > m.start),
    }));
}

function longest(e: Entity): string {
  return [e.name, ...e.aliases].reduce((a, b) => (b.length > a.length ? b : a), e.name);
}
