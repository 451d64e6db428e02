import { describe, expect, it } from 'vitest';
import { findQuotes, quoteView } from '../../src/ingest/quotes/marks.js';
import { lines, paragraphs } from '../../src/ingest/segment/paragraphs.js';
import { maskQuotes, sentences } from '../../src/ingest/segment/sentences.js';

function split(body: string): string[] {
  const paras = paragraphs(body);
  const view = quoteView(body);
  const masked = maskQuotes(body, paras.flatMap((p) => findQuotes(view, lines(body, p))));
  return paras.flatMap((p) => sentences(body, masked, p, 0)).map((s) => s.text);
}

describe('sentences', () => {
  it('do not end at honorifics, initials or dotted abbreviations', () => {
    expect(split('Mr. Barrett met Sen. Ted Cruz and John F. Kennedy Jr. in the U.S. capital. They talked.')).toHaveLength(2);
  });

  it('do not end inside a quotation', () => {
    expect(split('“We came. We saw. We won,” he said. Then he left.')).toEqual(['“We came. We saw. We won,” he said.', 'Then he left.']);
  });

  it('keep a short attribution after a closing quotation with the quotation', () => {
    expect(split('“Is it over?” Smith asked. “No.” She left.')).toEqual(['“Is it over?” Smith asked.', '“No.”', 'She left.']);
  });

  it('end after a quotation when a new clause follows its closing mark', () => {
    expect(split('Japan called it “a threat.” Russia insisted that talks “go on.”')).toHaveLength(2);
  });
});
