import { describe, expect, it } from 'vitest';
import { quoteSimilarity } from '../../src/eval/score.js';
import { corpusArticle } from '../support/corpus.js';
import { said } from './helpers.js';

const { gold, ...article } = await corpusArticle('putin-trump-any-time');
const x = said(article.body, article.title);
const namesOf = (name: string): string[] => [name, ...(gold.stakeholders.find((s) => s.name === name)?.aliases ?? [])];

describe('the sample article putin-trump-any-time', () => {
  for (const g of gold.statements.filter((s) => !s.optional)) {
    it(`finds “${g.quote.slice(0, 40)}” by ${g.speaker}`, () => {
      const hits = x.named.filter((s) => s.kind === g.kind && quoteSimilarity(g.quote, s.quote) >= 0.8);
      expect(hits.length).toBeGreaterThanOrEqual(g.occurrences ?? 1);
      for (const h of hits) expect(namesOf(g.speaker)).toContain(h.speaker);
    });
  }

  it('offsets point at the quoted text in the body', () => {
    for (const s of x.statements) expect(article.body.slice(s.start, s.end)).toBe(s.quote);
  });
});
