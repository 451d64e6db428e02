import { describe, expect, it } from 'vitest';
import { learnFirstNames } from '../../src/train/first-names.js';

const common = new Set(['care', 'news', 'the', 'act']);
const notNames = (w: string): boolean => common.has(w.toLowerCase());

describe('learning first names', () => {
  it('learns a gender from Mr./Ms. and from a He/She sentence after the only full name', () => {
    const texts = Array.from({ length: 3 }, () => 'Dana Pell spoke first. She said the vote was close. Later Ms. Pell left.');
    expect(learnFirstNames(texts, notNames)).toEqual({ Dana: 'f' });
  });

  it('learns nothing from a capitalised phrase that ends in a common word ("Affordable Care")', () => {
    const texts = Array.from({ length: 4 }, () => 'Affordable Care changed everything. He said it would help.');
    expect(learnFirstNames(texts, notNames)).toEqual({});
  });

  it('needs three votes that agree', () => {
    expect(learnFirstNames(['Dana Pell spoke. She left.', 'Dana Pell spoke. He left.', 'Dana Pell spoke. She left.'], notNames)).toEqual({});
  });
});
