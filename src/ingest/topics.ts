/** Catalogue topics linked by keywords; topics are never invented. */
import type { CatalogueTopic, ExtractedStatement } from './types.js';

interface CompiledTopic {
  slug: string;
  name: string;
  /** each keyword is a conjunction of parts ("nuclear+Iran") */
  keywords: string[][];
}

const isAcronym = (w: string): boolean => /^[\p{Lu}\p{N}]{2,}$/u.test(w);
const wordRe = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const words = (text: string): string[] => text.match(wordRe) ?? [];
const key = (w: string): string => words(isAcronym(w) ? w : w.toLowerCase()).join(' ');

export class TopicIndex {
  readonly topics: CompiledTopic[];
  /** keyword parts by their first word; acronyms are keyed case-sensitively */
  private readonly byFirst = new Map<string, string[][]>();

  constructor(topics: CatalogueTopic[]) {
    this.topics = topics.map((t) => ({ slug: t.slug, name: t.name, keywords: t.keywords.map((k) => k.split('+').map(key)) }));
    // One pass over the words of a text instead of one regex per keyword: this is a hot path.
    for (const part of new Set(this.topics.flatMap((t) => t.keywords.flat()))) {
      const w = part.split(' ');
      const list = this.byFirst.get(w[0] ?? '') ?? [];
      list.push(w);
      this.byFirst.set(w[0] ?? '', list);
    }
  }

  private found(text: string): Set<string> {
    const seen = new Set<string>();
    const ws = words(text);
    const lower = ws.map((w) => w.toLowerCase());
    for (let i = 0; i < ws.length; i++) {
      for (const first of [lower[i], ws[i]]) {
        for (const part of this.byFirst.get(first ?? '') ?? []) {
          const exact = isAcronym(part[0] ?? '');
          if (part.every((p, k) => (exact ? ws[i + k] : lower[i + k]) === p)) seen.add(part.join(' '));
        }
        if (lower[i] === ws[i]) break;
      }
    }
    return seen;
  }

  /** Slugs of the topics whose keywords occur in `text`, most specific first. */
  match(text: string): string[] {
    const seen = this.found(text);
    if (seen.size === 0) return [];
    const hits: { slug: string; score: number }[] = [];
    for (const t of this.topics) {
      let score = 0;
      for (const k of t.keywords) if (k.every((p) => seen.has(p))) score = Math.max(score, k.join(' ').length);
      if (score > 0) hits.push({ slug: t.slug, score });
    }
    return hits.sort((a, b) => b.score - a.score).map((h) => h.slug);
  }

  /** The topic the article is mostly about: headline hits count thrice. */
  dominant(title: string, body: string): string | null {
    const counts = new Map<string, number>();
    for (const slug of this.match(title)) counts.set(slug, (counts.get(slug) ?? 0) + 3);
    for (const sentence of body.split(/(?<=[.!?])\s+/)) for (const slug of this.match(sentence)) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
}

export function linkTopics(statements: ExtractedStatement[], index: TopicIndex): void {
  for (const s of statements) s.topics = index.match(s.quote);
}
