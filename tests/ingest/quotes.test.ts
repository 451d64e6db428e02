import { describe, expect, it } from 'vitest';
import { findQuotes, quoteView } from '../../src/ingest/quotes/marks.js';
import { lines, paragraphs } from '../../src/ingest/segment/paragraphs.js';

function quoted(body: string): string[] {
  const view = quoteView(body);
  return paragraphs(body)
    .flatMap((p) => findQuotes(view, lines(body, p)))
    .filter((q) => q.depth === 0)
    .map((q) => body.slice(q.start, q.end));
}

describe('quotation marks', () => {
  it('pairs curly, straight and guillemet marks, with and without inner spaces, and mismatched pairs', () => {
    expect(quoted('He said “one” and "two" and « three » and «four» and “five ».')).toEqual(['one', 'two', 'three', 'four', 'five']);
  });

  it("reads NYT-style ''two apostrophes'' as double marks", () => {
    expect(quoted("''We will win,'' she said. ''Count on it.''")).toEqual(['We will win,', 'Count on it.']);
  });

  it('keeps only the outer quotation when quotes nest', () => {
    expect(quoted('“They called it ‘a plan’ and “a deal” again,” he said.')).toEqual(['They called it ‘a plan’ and “a deal” again,']);
  });

  it('runs a quotation left open to the end of its paragraph, and no further', () => {
    expect(quoted('“It goes on and on.\n\nA new paragraph.')).toEqual(['It goes on and on.']);
  });

  it('tells single quotation marks from apostrophes and plural possessives', () => {
    expect(quoted("It's the voters' worries, he said, calling it 'a mess' for everyone.")).toEqual(['a mess']);
  });

  it('repairs mistyped marks: an opening mark glued to a word closes', () => {
    expect(quoted('He said “enough“ and left.')).toEqual(['enough']);
  });
});
