import { describe, expect, it } from 'vitest';
import { buildGoldArticle } from '../../src/eval/brat/gold.js';
import { findQuotes, goldParagraphs, quoteView } from '../../src/eval/brat/quote-finder.js';
import { Ann } from './brat-fixture.js';

/** Interiors of the outermost quote spans of one paragraph. */
function quotes(paragraph: string): string[] {
  const chars = [...paragraph];
  return findQuotes(quoteView(chars), 0, chars.length)
    .filter((q) => q.depth === 0)
    .map((q) => chars.slice(q.start, q.end).join(''));
}

describe('gold quote finder', () => {
  it('finds curly, straight and guillemet quotes', () => {
    expect(quotes('“We won,” she said, and "we will win again" and « nous verrons ».')).toEqual(['We won,', 'we will win again', 'nous verrons']);
  });

  it("reads NYT ''double apostrophes'' as double quotes", () => {
    expect(quotes("''We are not done,'' the mayor said. ''Not yet.''")).toEqual(['We are not done,', 'Not yet.']);
  });

  it('keeps only the outermost span of nested quotes', () => {
    expect(quotes('“She told me ‘never again’ and left,” he said.')).toEqual(['She told me ‘never again’ and left,']);
  });

  it('runs a quote left open to the end of its paragraph (multi-paragraph quotes)', () => {
    expect(quotes('He said: “This goes on and on')).toEqual(['This goes on and on']);
  });

  it('ends paragraphs at every newline for gold, trimming their spaces', () => {
    const chars = [...'  one \ntwo\n\n three  '];
    expect(goldParagraphs(chars, 0, chars.length).map(([a, b]) => chars.slice(a, b).join(''))).toEqual(['one', 'two', 'three']);
  });

  it('repairs mistyped marks: an opener glued to a word closes, a closer before a word opens', () => {
    expect(quotes('She said “it is over“ and left.')).toEqual(['it is over']);
    expect(quotes('She said ”it is over” and left.')).toEqual(['it is over']);
  });

  it('finds single-mark quotes outside double quotes, not apostrophes or plural possessives', () => {
    expect(quotes("The so-called 'fair deal' is what voters' worries are about, isn't it?")).toEqual(['fair deal']);
    expect(quotes('He called it ‘a fair deal’ twice.')).toEqual(['a fair deal']);
    // a plural possessive inside a single quote does not close it when a closer follows later
    expect(quotes("He called it 'the voters' choice'.")).toEqual(["the voters' choice"]);
    expect(quotes('He called it ‘the voters’ choice’, then left.')).toEqual(['the voters’ choice']);
    expect(quotes("Don't say 'no' to him")).toEqual(['no']);
  });
});

describe('gold direct quotes', () => {
  const title = 'A made-up headline\n\n';

  it('are quote spans with at least 80 % of their interior in one attribution content', () => {
    const text = `${title}“We will build the bridge next year,” Mayor Ann Lee said. Critics called it “a waste of money and time.”\n`;
    const ann = new Ann(text)
      .event({ source: 'Mayor Ann Lee', cue: 'said', content: 'We will build the bridge next year,' })
      // covers "a waste of money" only: 16 of 24 interior characters (67 %)
      .event({ source: 'Critics', cue: 'called', content: 'it “a waste of money' });
    const g = buildGoldArticle({ name: 'q', text, ann: ann.toString(), annotator: null, annotators: 1 }, new Set());
    expect(g.quoteSpans).toHaveLength(2);
    expect(g.goldQuotes.map((q) => [q.text, q.attribution.source?.text, q.whole])).toEqual([['We will build the bridge next year,', 'Mayor Ann Lee', true]]);
  });

  it('count a quote inside a discontinuous content, and mark it partial when reported words surround it', () => {
    const text = `${title}The senator said that the law was, in her words, “a disgrace to this state,” and must go.\n`;
    const ann = new Ann(text).event({ source: 'The senator', cue: 'said', content: ['that the law was,', '“a disgrace to this state,” and must go'] });
    const g = buildGoldArticle({ name: 'q', text, ann: ann.toString(), annotator: null, annotators: 1 }, new Set());
    expect(g.goldQuotes.map((q) => [q.text, q.whole, q.coverage])).toEqual([['a disgrace to this state,', false, 1]]);
    expect(g.attributions[0]?.content).toHaveLength(2);
  });

  it("record NYT '' marks", () => {
    const text = `${title}''Nobody asked us,'' said Tom Park, a farmer.\n`;
    const ann = new Ann(text).event({ source: 'Tom Park, a farmer', cue: 'said', content: "''Nobody asked us,''" });
    const g = buildGoldArticle({ name: 'q', text, ann: ann.toString(), annotator: null, annotators: 1 }, new Set());
    expect(g.goldQuotes.map((q) => [q.text, q.marks, q.whole])).toEqual([['Nobody asked us,', "''", true]]);
  });

  it('locate spans in code points after an astral character (emoji)', () => {
    const text = `${title}Fans 🎉 cheered. “It was the best night 🎉 ever,” Kim Moss said.\n`;
    const ann = new Ann(text).event({ source: 'Kim Moss', cue: 'said', content: 'It was the best night 🎉 ever,' });
    const g = buildGoldArticle({ name: 'q', text, ann: ann.toString(), annotator: null, annotators: 1 }, new Set());
    expect(g.goldQuotes.map((q) => [q.text, q.coverage, q.attribution.resolved])).toEqual([['It was the best night 🎉 ever,', 1, 'Kim Moss']]);
    expect(g.attributions[0]?.contentText).toBe('It was the best night 🎉 ever,');
  });
});
