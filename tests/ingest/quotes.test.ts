import { describe, expect, it } from 'vitest';
import { doubleQuotes, singleQuotes } from '../../src/ingest/quotes.js';
import { paragraphs } from '../../src/ingest/text.js';

function spans(body: string): string[] {
  return paragraphs(body).flatMap((p) => {
    const d = doubleQuotes(body, p);
    return [...d, ...singleQuotes(body, p, d)].filter((q) => q.depth === 0).map((q) => body.slice(q.start, q.end));
  });
}

describe('quote spans', () => {
  it('pairs guillemets with and without inner spaces, and mismatched marks', () => {
    expect(spans('He said « null and void » and «legal». Then “ stop now » and « go on“, he added.')).toEqual(['null and void', 'legal', 'stop now', 'go on']);
  });

  it('keeps a nested quote inside its outer quote', () => {
    expect(spans('"The "United States" is not holding anyone." He left.')).toEqual(['The "United States" is not holding anyone.']);
  });

  it('runs an unclosed quote to the end of its paragraph', () => {
    expect(spans('Graham said, "This is not over.\n\nNext paragraph.')).toEqual(['This is not over.']);
  });

  it('tells single quotes from apostrophes', () => {
    expect(spans("Lorenzana said he had ordered 'heightened alert' from the Kurdistan Workers' Party's troops.")).toEqual(['heightened alert']);
  });

  it('splits a quote interrupted by its attribution into two spans', () => {
    expect(spans('"First part," Graham continued. "Second part."')).toEqual(['First part,', 'Second part.']);
  });
});
