import { describe, expect, it } from 'vitest';
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

  it('handles a huge paragraph quickly', () => {
    const sentence = 'Vladimir Putin said that Moscow was "ready for talks at any time" with Ukraine. ';
    const body = sentence.repeat(3000);
    const t0 = performance.now();
    const x = said(body);
    expect(x.statements.length).toBeGreaterThan(3000);
    expect(performance.now() - t0).toBeLessThan(15000);
  });
});
