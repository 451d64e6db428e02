/** Catalogue topics linked by keywords; topics are never invented. */
import type { CatalogueTopic, ExtractedStatement } from '../types.js';

interface CompiledTopic {
  slug: string;
  name: string;
  /** each keyword is a conjunction of parts ("nuclear+Iran"), with its length as specificity */
  keywords: { parts: string[]; score: number }[];
}

interface Part {
  key: string;
  words: string[];
  exact: boolean;
}

const isAcronym = (w: string): boolean => /^[\p{Lu}\p{N}]{2,}$/u.test(w);
// [\p{L}\p{N}] with an ASCII alternative tried first: same matches, over twice as fast on English text.
const wordRe = /(?:[a-zA-Z0-9]|[\p{L}\p{N}])+(?:[-'’.](?:[a-zA-Z0-9]|[\p{L}\p{N}])+)*/gu;
const words = (text: string): string[] => text.match(wordRe) ?? [];
const key = (w: string): string => words(isAcronym(w) ? w : w.toLowerCase()).join(' ');

export class TopicIndex {
  readonly topics: CompiledTopic[];
  /** keyword parts by their first word; acronyms are keyed case-sensitively */
  private readonly byFirst = new Map<string, Part[]>();
  /** indexes into `topics` of the topics each keyword part belongs to */
  private readonly owners = new Map<string, number[]>();

  constructor(topics: CatalogueTopic[]) {
    this.topics = topics.map((t) => ({
      slug: t.slug,
      name: t.name,
      keywords: t.keywords.map((k) => {
        const parts = k.split('+').map(key);
        return { parts, score: parts.join(' ').length };
      }),
    }));
    // One pass over the words of a text instead of one regex per keyword: this is a hot path.
    for (const part of new Set(this.topics.flatMap((t) => t.keywords.flatMap((k) => k.parts)))) {
      const w = part.split(' ');
      const first = w[0] ?? '';
      const list = this.byFirst.get(first) ?? [];
      list.push({ key: part, words: w, exact: isAcronym(first) });
      this.byFirst.set(first, list);
    }
    this.topics.forEach((t, i) => {
      for (const part of new Set(t.keywords.flatMap((k) => k.parts))) this.owners.set(part, [...(this.owners.get(part) ?? []), i]);
    });
  }

  /** Keyword parts found in `text`, each with the index of its first word. */
  private found(text: string): Map<string, number> {
    const seen = new Map<string, number>();
    const ws = words(text);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] ?? '';
      const lower = w.toLowerCase();
      this.scan(ws, i, lower, seen);
      if (lower !== w) this.scan(ws, i, w, seen);
    }
    return seen;
  }

  private scan(ws: string[], i: number, first: string, seen: Map<string, number>): void {
    const parts = this.byFirst.get(first);
    if (!parts) return;
    for (const part of parts) {
      let ok = true;
      for (let k = 1; k < part.words.length && ok; k++) {
        const w = ws[i + k];
        ok = w !== undefined && (part.exact ? w : w.toLowerCase()) === part.words[k];
      }
      if (ok && !seen.has(part.key)) seen.set(part.key, i);
    }
  }

  /** Slugs of the topics whose keywords occur in `text`, most specific first, then earliest. */
  match(text: string): string[] {
    const seen = this.found(text);
    if (seen.size === 0) return [];
    const hits: { slug: string; score: number; at: number }[] = [];
    // Only topics owning a part that occurs can score; visiting them in catalogue order keeps ties stable.
    const candidates = new Set<number>();
    for (const part of seen.keys()) for (const i of this.owners.get(part) ?? []) candidates.add(i);
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const t = this.topics[i];
      if (!t) continue;
      let score = 0;
      let at = Infinity;
      for (const k of t.keywords) {
        if (k.score < score) continue;
        let first = -1;
        for (const p of k.parts) {
          const i = seen.get(p);
          if (i === undefined) {
            first = -1;
            break;
          }
          if (first < 0 || i < first) first = i;
        }
        if (first >= 0 && (k.score > score || first < at)) {
          score = k.score;
          at = first;
        }
      }
      if (score > 0) hits.push({ slug: t.slug, score, at });
    }
    return hits.sort((a, b) => b.score - a.score || a.at - b.at).map((h) => h.slug);
  }

  /** The topic the article is mostly about: headline hits count thrice. */
  dominant(title: string, body: string): string | null {
    return this.dominantOf(this.match(title), body.split(/(?<=[.!?])\s+/).map((s) => this.match(s)));
  }

  /** `dominant` from topics already matched on the headline and on each sentence. */
  dominantOf(title: string[], sentences: string[][]): string | null {
    const counts = new Map<string, number>();
    for (const slug of title) counts.set(slug, (counts.get(slug) ?? 0) + 3);
    for (const list of sentences) for (const slug of list) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
}

export function linkTopics(statements: ExtractedStatement[], index: TopicIndex): void {
  for (const s of statements) s.topics = index.match(s.quote);
}
