import { describe, expect, it } from 'vitest';
import { pathological } from '../../bench/pathological.js';
import { said } from './helpers.js';

describe('odd input', () => {
  it('never throws on unbalanced marks, empty paragraphs or stray symbols', () => {
    for (const body of ['', '\n\n\n', '“ « " ‘', 'He said, "never closed', '» » » “', '\u0000\uFFFF', '  •  \n\n-\n\n:']) {
      expect(() => said(body)).not.toThrow();
    }
  });

  it('keeps every offset inside the body', () => {
    const body = 'Putin said, « we are ready“. \n\n"Half open, Trump said.\n\n" " « »';
    const x = said(body);
    for (const s of x.statements) expect(body.slice(s.start, s.end)).toBe(s.quote);
  });

  it('handles a huge paragraph, one statement per sentence', () => {
    const sentence = 'Vladimir Putin said that Moscow was "ready for talks at any time" with Ukraine. ';
    expect(said(sentence.repeat(3000)).statements).toHaveLength(3000);
  });

  // Inputs that once took seconds to minutes (quadratic scans). Bench figures live in bench/extract.ts;
  // the bound here is 20 times what they take on a busy 2-core machine, so it only catches a regression
  // to super-linear time, not a slow runner.
  for (const [name, body] of pathological) {
    it(`stays linear on ${name}`, () => {
      const t0 = performance.now();
      said(body);
      expect(performance.now() - t0).toBeLessThan(5000);
    });
  }
});
