/**
 * Precision by band: statements grouped by a key (their basis or confidence) and how many of each
 * group the gold confirms. DIRECT: a gold quote with the right speaker (pairs whose gold speaker is
 * unresolvable are left out); REPORTED: a real attribution.
 */
import type { ArticleScore } from './score-article.js';

export interface BandCounts {
  kind: string;
  statements: number;
  /** statements that could be judged (DIRECT pairs with an unresolvable gold speaker cannot) */
  judged: number;
  right: number;
}

export function bandsOf<S extends { kind: string }>(scores: readonly ArticleScore[], extractions: readonly (readonly S[])[], key: (s: S) => string): Map<string, BandCounts> {
  const out = new Map<string, BandCounts>();
  scores.forEach((score, a) => {
    (extractions[a] ?? []).forEach((s, i) => {
      const o = score.outcomes[i];
      if (!o) return;
      const k = `${s.kind} ${key(s)}`;
      const band = out.get(k) ?? { kind: s.kind, statements: 0, judged: 0, right: 0 };
      band.statements++;
      const unjudged = s.kind === 'DIRECT' && o.matched && o.speakerOk === null;
      if (!unjudged) band.judged++;
      if (o.matched && (s.kind !== 'DIRECT' || o.speakerOk === true)) band.right++;
      out.set(k, band);
    });
  });
  return out;
}

/** Right / judged, smoothed toward ½ so a band seen a few times is not called certain. */
export function smoothedPrecision(b: BandCounts): number {
  return (b.right + 1) / (b.judged + 2);
}
