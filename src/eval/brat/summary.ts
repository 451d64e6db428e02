/** Micro-averaged figures over articles, and the reference scorer's printed lines. */
import type { DupCounts, SpeechCounts } from './attributions.js';
import type { DirectCounts } from './direct-quotes.js';
import type { ArticleScore } from './score-article.js';
import { formatFixed, pyRound } from './python-text.js';

export interface Totals {
  articles: number;
  errors: number;
  offsetMismatch: number;
  direct: DirectCounts;
  speech: SpeechCounts;
  dup: DupCounts;
  /** per gold source class: matched direct quotes, lenient and strict speaker hits */
  speakerByClass: Map<string, { n: number; lenient: number; strict: number }>;
}

/** Field-by-field sum of two count records. */
function add<K extends string>(a: Record<K, number>, b: Record<K, number>): Record<K, number> {
  const out = { ...a };
  for (const k of Object.keys(b) as K[]) out[k] = a[k] + b[k];
  return out;
}

/** Sums article scores. */
export function totalsOf(scores: readonly ArticleScore[]): Totals {
  let { direct, speech, dup } = totalsShape();
  const speakerByClass = new Map<string, { n: number; lenient: number; strict: number }>();
  for (const s of scores) {
    direct = add(direct, s.direct);
    speech = add(speech, s.speech);
    dup = add(dup, s.dup);
    for (const j of s.speakers) {
      const c = speakerByClass.get(j.sourceClass) ?? { n: 0, lenient: 0, strict: 0 };
      speakerByClass.set(j.sourceClass, { n: c.n + 1, lenient: c.lenient + Number(j.lenient), strict: c.strict + Number(j.strict) });
    }
  }
  return {
    articles: scores.length,
    errors: scores.filter((s) => s.error !== null).length,
    offsetMismatch: scores.reduce((n, s) => n + s.offsetMismatch, 0),
    direct,
    speech,
    dup,
    speakerByClass,
  };
}

function totalsShape(): Pick<Totals, 'direct' | 'speech' | 'dup'> {
  return {
    direct: { pred: 0, gold: 0, tp: 0, goldWhole: 0, tpGoldWhole: 0, goldTwoApostrophes: 0, tpGoldTwoApostrophes: 0, speakerEval: 0, speakerOk: 0, speakerStrictOk: 0, speakerExcluded: 0 },
    speech: { gold: 0, found: 0, foundDirectOnly: 0, speakerEval: 0, speakerOk: 0, speakerStrictOk: 0, speakerExcluded: 0, reportedPred: 0, reportedTp: 0, allPred: 0, allTp: 0, directPredAnyAttrTp: 0 },
    dup: { goldAttrsMatched: 0, attrsMulti: 0, excessStatements: 0, directAndReported: 0, reportedContainsDirect: 0, directOnlyMulti: 0, directMultiPieceContent: 0, reportedOnlyMulti: 0 },
  };
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);

/** The figures of score.py's `summarise()` (fractions). */
export function summarise(t: Totals) {
  const { direct: d, speech: s, dup } = t;
  const p = ratio(d.tp, d.pred);
  const r = ratio(d.tp, d.gold);
  const byClass = Object.fromEntries([...t.speakerByClass].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, x]) => [c, { n: x.n, lenient: pyRound(x.lenient / x.n, 4), strict: pyRound(x.strict / x.n, 4) }]));
  return {
    directP: p,
    directR: r,
    directF1: p + r ? (2 * p * r) / (p + r) : 0,
    directRWhole: ratio(d.tpGoldWhole, d.goldWhole),
    directRPartial: ratio(d.tp - d.tpGoldWhole, d.gold - d.goldWhole),
    directRWithoutTwoApostrophes: ratio(d.tp - d.tpGoldTwoApostrophes, d.gold - d.goldTwoApostrophes),
    directSpeaker: ratio(d.speakerOk, d.speakerEval),
    directSpeakerStrict: ratio(d.speakerStrictOk, d.speakerEval),
    directSpeakerByClass: byClass,
    speechR: ratio(s.found, s.gold),
    reportedP: ratio(s.reportedTp, s.reportedPred),
    allStatementsP: ratio(s.allTp, s.allPred),
    speechSpeaker: ratio(s.speakerOk, s.speakerEval),
    speechSpeakerStrict: ratio(s.speakerStrictOk, s.speakerEval),
    dupRate: ratio(dup.attrsMulti, dup.goldAttrsMatched),
    dupDirectReported: ratio(dup.directAndReported, dup.goldAttrsMatched),
  };
}
export type Summary = ReturnType<typeof summarise>;

const pct = (x: number): string => formatFixed(100 * x, 1);

/** The summary line, character for character as score.py prints it. */
export function summaryLine(label: string, t: Totals): string {
  const s = summarise(t);
  const named = s.directSpeakerByClass.NAMED ? pct(s.directSpeakerByClass.NAMED.lenient) : '–';
  const pronoun = s.directSpeakerByClass.PRONOUN ? pct(s.directSpeakerByClass.PRONOUN.lenient) : '–';
  const reported = t.speech.reportedPred ? pct(s.reportedP) : '– (none)';
  return (
    `${label}: DQ P ${pct(s.directP)} R ${pct(s.directR)} F1 ${pct(s.directF1)}, ` +
    `speaker ${pct(s.directSpeaker)} (named ${named}, pronoun ${pronoun}), ` +
    `speech R ${pct(s.speechR)}, reported P ${reported}, dup ${pct(s.dupDirectReported)}% ` +
    `over ${t.articles} articles${t.errors ? `, ${t.errors} extractor errors` : ''}`
  );
}

/** The header of the per-article lines. */
export const articleHeader = `${'article'.padEnd(58)} ${'dq_gold'.padStart(7)} ${'dq_pred'.padStart(7)} ${'dq_tp'.padStart(5)} ${'spk'.padStart(7)} ${'sa_gold'.padStart(7)} ${'sa_fnd'.padStart(6)} ${'rep'.padStart(4)} ${'rep_tp'.padStart(6)} ${'dup'.padStart(3)}`;

/** One per-article line, as score.py prints it. */
export function articleLine(s: ArticleScore): string {
  const { direct: d, speech: a } = s;
  const n = (x: number, w: number): string => String(x).padStart(w);
  const err = s.error ? `  ERROR ${s.error.slice(0, 60)}` : '';
  return `${[...s.article].slice(0, 58).join('').padEnd(58)} ${n(d.gold, 7)} ${n(d.pred, 7)} ${n(d.tp, 5)} ${n(d.speakerOk, 3)}/${String(d.speakerEval).padEnd(3)} ${n(a.gold, 7)} ${n(a.found, 6)} ${n(a.reportedPred, 4)} ${n(a.reportedTp, 6)} ${n(s.dup.directAndReported, 3)}${err}`;
}
