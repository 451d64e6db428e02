import { describe, expect, it } from 'vitest';
import type { Gold } from '../../src/eval/gold.js';
import { normaliseQuote, scoreArticle, tokenF1 } from '../../src/eval/score.js';

describe('scoring', () => {
  it('normalises marks and whitespace', () => {
    expect(normaliseQuote('« null  and void »')).toBe('null and void');
    expect(normaliseQuote('“don’t give up”')).toBe("don't give up");
  });

  it('computes token F1 over multisets, ignoring punctuation and case', () => {
    expect(tokenF1('Any Time', 'at any time')).toBeCloseTo(0.8);
    expect(tokenF1('a b', 'c d')).toBe(0);
  });

  it('expands occurrences, ignores optional items and checks speakers against aliases', () => {
    const gold: Gold = {
      statements: [
        { speaker: 'Vladimir Putin', kind: 'DIRECT', quote: 'at any time', occurrences: 2 },
        { speaker: 'Vladimir Putin', kind: 'DIRECT', quote: 'Any Time headline', optional: true },
      ],
      stakeholders: [{ name: 'Vladimir Putin', aliases: ['Putin'] }],
      positions: [{ stakeholder: 'Russia', topic: 'Peace talks with Ukraine', stance: 'CONDITIONAL' }],
    };
    const s = scoreArticle(gold, {
      statements: [
        { speaker: 'putin', kind: 'DIRECT', quote: '“at any time”' },
        { speaker: 'Donald Trump', kind: 'DIRECT', quote: 'at any time' },
        { speaker: 'x', kind: 'DIRECT', quote: 'Any Time headline' },
        { speaker: 'x', kind: 'DIRECT', quote: 'something else entirely' },
      ],
      positions: [{ stakeholder: 'Russia', topic: 'Peace talks', stance: 'CONDITIONAL' }],
    });
    expect(s.direct).toEqual({ tp: 2, fp: 1, fn: 0, speakerOk: 1 });
    expect(s.positions).toEqual({ found: 1, holderStance: 1, total: 1, predicted: 1, wrong: 0 });
  });
});
