/** Catalogue topics linked by keywords; topics are never invented. */
import type { CatalogueTopic, ExtractedStatement } from './types.js';

interface CompiledTopic {
  slug: string;
  name: string;
  /** each keyword is a conjunction of patterns ("nuclear+Iran") */
  keywords: RegExp[][];
}

function pattern(word: string): RegExp {
  const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // Acronyms match case-sensitively; ordinary words in any case.
  const flags = /^[\p{Lu}\p{N}]{2,}$/u.test(word.trim()) ? 'u' : 'iu';
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, flags);
}

export class TopicIndex {
  readonly topics: CompiledTopic[];

  constructor(topics: CatalogueTopic[]) {
    this.topics = topics.map((t) => ({ slug: t.slug, name: t.name, keywords: t.keywords.map((k) => k.split('+').map(pattern)) }));
  }

  /** Slugs of the topics whose keywords occur in `text`, most specific first. */
  match(text: string): string[] {
    const hits: { slug: string; score: number }[] = [];
    for (const t of this.topics) {
      let score = 0;
      for (const k of t.keywords) if (k.every((re) => re.test(text))) score = Math.max(score, k.map((r) => r.source.length).reduce((a, b) => a + b, 0));
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

export function linkTopics(statements: ExtractedStatement[], _body: string, index: TopicIndex): void {
  for (const s of statements) s.topics = index.match(s.quote);
}
