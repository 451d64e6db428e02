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
}

/** Counts for one article; `statements` are the public extraction's, on the body in `input`. */
export function scoreArticle(article: GoldArticle, statements: readonly PublicStatement[], input: ExtractorInput, error: string | null = null): ArticleScore {
  const { predictions, mismatches } = toPredictions(statements, input, article.bodyStart);
  const direct = scoreDirectQuotes(article, predictions.filter((p) => p.kind === 'DIRECT'));
  const { speech, dup } = scoreAttributions(article, predictions);
  return { article: article.name, error, offsetMismatch: mismatches, direct: direct.counts, speech, dup, speakers: direct.judgements };
}
