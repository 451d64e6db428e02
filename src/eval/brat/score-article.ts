/** Scores one article's extraction against its brat gold, as the reference scorer does. */
import { type DupCounts, scoreAttributions, type SpeechCounts } from './attributions.js';
import { type DirectCounts, scoreDirectQuotes, type SpeakerJudgement } from './direct-quotes.js';
import type { GoldArticle } from './gold.js';
import type { ExtractorInput } from './extractor-input.js';
import { type PublicStatement, toPredictions } from './predictions.js';

export interface ArticleScore {
  article: string;
  /** the extractor failed on this article (nothing of it was scored as predicted) */
  error: string | null;
  /** statements whose quote is not the body text at start..end */
  offsetMismatch: number;
  direct: DirectCounts;
  speech: SpeechCounts;
  dup: DupCounts;
  /** matched direct quotes with a resolvable gold speaker */
  speakers: SpeakerJudgement[];
  /** what became of each statement (by index): for confidence bands */
  outcomes: StatementOutcome[];
}

/** DIRECT: a gold quote matched, and its speaker right (null: the gold speaker is unresolvable). REPORTED: some attribution matched. */
export interface StatementOutcome {
  kind: string;
  matched: boolean;
  speakerOk: boolean | null;
}

/** Counts for one article; `statements` are the public extraction's, on the body in `input`. */
export function scoreArticle(article: GoldArticle, statements: readonly PublicStatement[], input: ExtractorInput, error: string | null = null): ArticleScore {
  const { predictions, mismatches } = toPredictions(statements, input, article.bodyStart);
  const direct = scoreDirectQuotes(article, predictions.filter((p) => p.kind === 'DIRECT'));
  const { speech, dup, hits } = scoreAttributions(article, predictions);
  const matched = new Set(direct.matched);
  const judged = new Map(direct.judgements.map((j) => [j.statement, j.lenient]));
  const hit = new Set(hits);
  const outcomes = statements.map((st, i): StatementOutcome => {
    if (st.kind !== 'DIRECT') return { kind: st.kind, matched: hit.has(i), speakerOk: null };
    return { kind: st.kind, matched: matched.has(i), speakerOk: judged.get(i) ?? null };
  });
  return { article: article.name, error, offsetMismatch: mismatches, direct: direct.counts, speech, dup, speakers: direct.judgements, outcomes };
}
