/**
 * Statements against gold attributions: a statement matches when it overlaps the content and their
 * token F1 is ≥ 0.5 or the overlap is ≥ 50 % of the shorter span. Gives speech recall (any kind),
 * REPORTED precision (against every attribution, whatever its cue) and duplicates.
 */
import type { GoldArticle, GoldAttribution } from './gold.js';
import type { Prediction } from './predictions.js';
import { speakerLenient, speakerStrict } from './speaker-match.js';
import { type Bag, bagOf, fragmentsLength, overlapLength, tokenF1 } from './text-match.js';

export interface SpeechCounts {
  gold: number;
  found: number;
  foundDirectOnly: number;
  speakerEval: number;
  speakerOk: number;
  speakerStrictOk: number;
  speakerExcluded: number;
  reportedPred: number;
  reportedTp: number;
  allPred: number;
  allTp: number;
  directPredAnyAttrTp: number;
}

export interface DupCounts {
  /** gold attributions matched by at least one statement */
  goldAttrsMatched: number;
  attrsMulti: number;
  excessStatements: number;
  /** matched by a DIRECT and a REPORTED statement: the `dup` figure */
  directAndReported: number;
  reportedContainsDirect: number;
  directOnlyMulti: number;
  directMultiPieceContent: number;
  reportedOnlyMulti: number;
}

/** Does statement p match attribution a, and how well (for picking the best statement)? */
function attributionMatch(p: Prediction, a: GoldAttribution, bag: Bag): { ok: boolean; score: number } {
  const frags = [[p.s, p.e] as const];
  const overlap = overlapLength(frags, a.content);
  if (overlap <= 0) return { ok: false, score: 0 };
  const ratio = overlap / (Math.min(fragmentsLength(frags), fragmentsLength(a.content)) || 1);
  const f1 = tokenF1(p.bag, bag);
  return { ok: ratio >= 0.5 || f1 >= 0.5, score: Math.max(ratio, f1) };
}

function dupCounts(matches: Map<number, { score: number; p: Prediction }[]>, body: readonly GoldAttribution[]): DupCounts {
  const dup: DupCounts = { goldAttrsMatched: matches.size, attrsMulti: 0, excessStatements: 0, directAndReported: 0, reportedContainsDirect: 0, directOnlyMulti: 0, directMultiPieceContent: 0, reportedOnlyMulti: 0 };
  for (const [ai, ms] of matches) {
    if (ms.length < 2) continue;
    const direct = ms.filter((m) => m.p.kind === 'DIRECT').map((m) => m.p);
    const reported = ms.filter((m) => m.p.kind === 'REPORTED').map((m) => m.p);
    dup.attrsMulti++;
    dup.excessStatements += ms.length - 1;
    if (direct.length > 0 && reported.length > 0) {
      dup.directAndReported++;
      // a REPORTED clause that contains a DIRECT fragment of the same attribution
      if (reported.some((q) => direct.some((d) => d.s >= q.s - 2 && d.e <= q.e + 2))) dup.reportedContainsDirect++;
    } else if (direct.length >= 2) {
      dup.directOnlyMulti++;
      const a = body[ai];
      if (a && (a.quotes.length >= 2 || a.content.length >= 2)) dup.directMultiPieceContent++;
    } else {
      dup.reportedOnlyMulti++;
    }
  }
  return dup;
}

/** Speech-attribution, REPORTED-precision and duplicate counts of one article. */
export function scoreAttributions(article: GoldArticle, preds: readonly Prediction[]): { speech: SpeechCounts; dup: DupCounts; hits: number[] } {
  const body = article.attributions.filter((a) => a.inBody);
  const matches = new Map<number, { score: number; p: Prediction }[]>();
  const hit = preds.map(() => false);
  body.forEach((a, ai) => {
    const bag = bagOf(a.contentText);
    preds.forEach((p, pj) => {
      const m = attributionMatch(p, a, bag);
      if (!m.ok) return;
      matches.set(ai, [...(matches.get(ai) ?? []), { score: m.score, p }]);
      hit[pj] = true;
    });
  });
  const isKind = (kind: string) => (_: Prediction, pj: number): boolean => preds[pj]?.kind === kind && !!hit[pj];
  const speech: SpeechCounts = {
    gold: body.filter((a) => a.speech).length, found: 0, foundDirectOnly: 0, speakerEval: 0, speakerOk: 0, speakerStrictOk: 0, speakerExcluded: 0,
    reportedPred: preds.filter((p) => p.kind === 'REPORTED').length,
    reportedTp: preds.filter(isKind('REPORTED')).length,
    allPred: preds.length,
    allTp: hit.filter(Boolean).length,
    directPredAnyAttrTp: preds.filter(isKind('DIRECT')).length,
  };
  body.forEach((a, ai) => {
    const ms = matches.get(ai);
    if (!a.speech || !ms) return;
    speech.found++;
    // the first best-scoring statement (Python's max)
    const best = ms.reduce((x, y) => (y.score > x.score ? y : x)).p;
    if (ms.every((m) => m.p.kind === 'DIRECT')) speech.foundDirectOnly++;
    if (a.resolved === null) {
      speech.speakerExcluded++;
      return;
    }
    speech.speakerEval++;
    speech.speakerOk += Number(speakerLenient(best.speaker, a.resolved));
    speech.speakerStrictOk += Number(speakerStrict(best.speaker, a.resolved, article.names, article.common));
  });
  return { speech, dup: dupCounts(matches, body), hits: preds.flatMap((p, pj) => (hit[pj] ? [p.index] : [])) };
}
