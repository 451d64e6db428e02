/** Corpus scoring as described in tests/fixtures/corpus/README.md ("Suggested scoring"). Pure. */
import type { Gold, GoldPosition } from './gold.js';

export interface Predicted {
  statements: { speaker: string | null; quote: string; kind: string }[];
  positions: { stakeholder: string; topic: string; stance: string }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** matched non-optional predictions whose speaker is right */
  speakerOk: number;
}
export interface ArticleScore {
  direct: Counts;
  reported: Counts;
  /** `predicted`/`wrong`: predictions, and those matching no gold position (holder+stance) */
  positions: { found: number; holderStance: number; total: number; predicted: number; wrong: number };
}

const marks = /["“”„‟«»‹›'‘’‚‛]/g;

/** Quote marks to plain form and trimmed off the ends; whitespace collapsed. */
export function normaliseQuote(s: string): string {
  return s
    .replace(/[“”„‟«»‹›]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
}

export function tokens(s: string): string[] {
  return s.replace(marks, (m) => (m === '’' || m === "'" ? "'" : ' ')).toLowerCase().match(/\w+(?:'\w+)*/gu) ?? [];
}

/** F1 over token multisets (lowercase word tokens, punctuation ignored). */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}

export function quoteSimilarity(gold: string, pred: string): number {
  const g = normaliseQuote(gold);
  const p = normaliseQuote(pred);
  return g === p ? 1 : tokenF1(g, p);
}

/** Greedy one-to-one alignment by descending similarity, keeping pairs at or above `threshold`. */
export function align<G, P>(gold: G[], pred: P[], sim: (g: G, p: P) => number, threshold: number): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const s = sim(g, p);
    if (s >= threshold) pairs.push([i, j, s]);
  }));
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const byPred = new Map<number, number>();
  const usedGold = new Set<number>();
  for (const [i, j] of pairs) {
    if (usedGold.has(i) || byPred.has(j)) continue;
    usedGold.add(i);
    byPred.set(j, i);
  }
  return byPred;
}

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A gold stakeholder's name and aliases, normalised as the scorer compares them. */
export function namesOf(gold: Gold, name: string): Set<string> {
  const s = gold.stakeholders.find((x) => x.name === name);
  return new Set([name, ...(s?.aliases ?? [])].map(norm));
}

function scoreKind(gold: Gold, pred: Predicted, kind: 'DIRECT' | 'REPORTED'): Counts {
  const g = gold.statements.filter((s) => s.kind === kind).flatMap((s) => Array.from({ length: s.occurrences ?? 1 }, () => s));
  const p = pred.statements.filter((s) => s.kind === kind);
  const matched = align(g, p, (a, b) => quoteSimilarity(a.quote, b.quote), 0.8);
  const counts: Counts = { tp: 0, fp: 0, fn: 0, speakerOk: 0 };
  p.forEach((s, j) => {
    const gi = matched.get(j);
    const gs = gi === undefined ? undefined : g[gi];
    if (!gs) counts.fp++;
    else if (!gs.optional) {
      counts.tp++;
      if (s.speaker !== null && namesOf(gold, gs.speaker).has(norm(s.speaker))) counts.speakerOk++;
    }
  });
  const hit = new Set(matched.values());
  counts.fn = g.filter((s, i) => !s.optional && !hit.has(i)).length;
  return counts;
}

function scorePositions(gold: Gold, pred: Predicted): ArticleScore['positions'] {
  const g = gold.positions.filter((x) => !x.optional);
  const holder = (a: GoldPosition, b: Predicted['positions'][number]): boolean => namesOf(gold, a.stakeholder).has(norm(b.stakeholder)) && a.stance === b.stance;
  const strict = align(g, pred.positions, (a, b) => (holder(a, b) ? tokenF1(a.topic, b.topic) : 0), 0.5);
  const loose = align(g, pred.positions, (a, b) => (holder(a, b) ? 1 : 0), 1);
  // Precision as for statements: a prediction that only matches an optional position is neither right nor wrong.
  const rest = pred.positions.filter((_, j) => !loose.has(j));
  const optional = align(gold.positions.filter((x) => x.optional), rest, (a, b) => (holder(a, b) ? 1 : 0), 1);
  return { found: strict.size, holderStance: loose.size, total: g.length, predicted: pred.positions.length - optional.size, wrong: rest.length - optional.size };
}

export function scoreArticle(gold: Gold, pred: Predicted): ArticleScore {
  return { direct: scoreKind(gold, pred, 'DIRECT'), reported: scoreKind(gold, pred, 'REPORTED'), positions: scorePositions(gold, pred) };
}

export function addScores(a: ArticleScore, b: ArticleScore): ArticleScore {
  const add = (x: Counts, y: Counts): Counts => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn, speakerOk: x.speakerOk + y.speakerOk });
  return {
    direct: add(a.direct, b.direct),
    reported: add(a.reported, b.reported),
    positions: {
      found: a.positions.found + b.positions.found,
      holderStance: a.positions.holderStance + b.positions.holderStance,
      total: a.positions.total + b.positions.total,
      predicted: a.positions.predicted + b.positions.predicted,
      wrong: a.positions.wrong + b.positions.wrong,
    },
  };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number; speaker: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, speaker: c.tp === 0 ? 1 : c.speakerOk / c.tp };
}
