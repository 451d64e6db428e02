/**
 * DIRECT statements against gold direct quotes: one-to-one greedy matching on text (normalised equal
 * or token F1 ≥ 0.8; higher F1 first, then overlapping offsets, then the nearest offset), and the
 * speaker of each matched pair.
 */
import type { GoldArticle } from './gold.js';
import type { Prediction } from './predictions.js';
import type { SourceClass } from './source-class.js';
import { speakerLenient, speakerStrict } from './speaker-match.js';
import { bagOf, normText, overlapLength, tokenF1 } from './text-match.js';
import { casefold } from './python-text.js';

export interface DirectCounts {
  pred: number;
  gold: number;
  tp: number;
  goldWhole: number;
  tpGoldWhole: number;
  /** gold quotes written with NYT `''` marks, and those found */
  goldTwoApostrophes: number;
  tpGoldTwoApostrophes: number;
  /** matched pairs whose gold speaker is resolvable, and those with the right speaker */
  speakerEval: number;
  speakerOk: number;
  speakerStrictOk: number;
  speakerExcluded: number;
}

/** A matched pair with a resolvable gold speaker. */
export interface SpeakerJudgement {
  /** the statement's index in the extraction */
  statement: number;
  sourceClass: SourceClass;
  lenient: boolean;
  strict: boolean;
  predicted: string | null;
  gold: string;
}

/** Pairs (prediction index in `direct`, gold quote index), taken greedily. */
function matchPairs(direct: readonly Prediction[], article: GoldArticle): Map<number, number> {
  const gold = article.goldQuotes.map((g) => ({ g, bag: bagOf(g.text), norm: casefold(normText(g.text)) }));
  const candidates: { f1: number; overlaps: number; distance: number; pi: number; gi: number }[] = [];
  direct.forEach((p, pi) => {
    const norm = casefold(normText(p.text));
    gold.forEach(({ g, bag, norm: gn }, gi) => {
      const f1 = norm === gn ? 1 : tokenF1(p.bag, bag);
      if (f1 < 0.8) return;
      const overlaps = overlapLength([[p.s, p.e]], [[g.start, g.end]]) > 0 ? 1 : 0;
      candidates.push({ f1, overlaps, distance: Math.abs(p.s - g.start), pi, gi });
    });
  });
  candidates.sort((a, b) => b.f1 - a.f1 || b.overlaps - a.overlaps || a.distance - b.distance || a.pi - b.pi || a.gi - b.gi);
  const p2g = new Map<number, number>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (p2g.has(c.pi) || taken.has(c.gi)) continue;
    p2g.set(c.pi, c.gi);
    taken.add(c.gi);
  }
  return p2g;
}

/** Direct-quote counts of one article, and the speaker judgement of every matched pair. */
export function scoreDirectQuotes(article: GoldArticle, direct: readonly Prediction[]): { counts: DirectCounts; judgements: SpeakerJudgement[]; matched: number[] } {
  const gq = article.goldQuotes;
  const p2g = matchPairs(direct, article);
  const found = [...p2g.values()].map((gi) => gq[gi]).filter((g) => g !== undefined);
  const counts: DirectCounts = {
    pred: direct.length,
    gold: gq.length,
    tp: p2g.size,
    goldWhole: gq.filter((g) => g.whole).length,
    tpGoldWhole: found.filter((g) => g.whole).length,
    goldTwoApostrophes: gq.filter((g) => g.marks === "''").length,
    tpGoldTwoApostrophes: found.filter((g) => g.marks === "''").length,
    speakerEval: 0,
    speakerOk: 0,
    speakerStrictOk: 0,
    speakerExcluded: 0,
  };
  const judgements: SpeakerJudgement[] = [];
  for (const [pi, gi] of p2g) {
    const p = direct[pi];
    const g = gq[gi];
    if (!p || !g) continue;
    const gold = g.attribution.resolved;
    if (gold === null) {
      counts.speakerExcluded++;
      continue;
    }
    const lenient = speakerLenient(p.speaker, gold);
    const strict = speakerStrict(p.speaker, gold, article.names, article.common);
    counts.speakerEval++;
    counts.speakerOk += Number(lenient);
    counts.speakerStrictOk += Number(strict);
    judgements.push({ statement: p.index, sourceClass: g.attribution.sourceClass, lenient, strict, predicted: p.speaker, gold });
  }
  return { counts, judgements, matched: [...p2g.keys()].flatMap((pi) => (direct[pi] ? [direct[pi].index] : [])) };
}
