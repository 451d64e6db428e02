import { describe, expect, it } from 'vitest';
import { said, speakerOf } from './helpers.js';

describe('speaker of a quotation', () => {
  it('reads the cue after the quotation in either order, with an honorific or a title', () => {
    expect(speakerOf('“We will win,” Mr. Alden Barrow said.', 'We will win')).toBe('Alden Barrow');
    expect(speakerOf('Alden Barrow spoke first. “We will win,” said Sen. Ted Cruz.', 'We will win')).toBe('Ted Cruz');
    expect(speakerOf('“We will win,” Jane Pell, the party’s chairwoman since 2010, said on Monday.', 'We will win')).toBe('Jane Pell');
  });

  it('uses every speech verb of the lexicon, such as "reiterated"', () => {
    expect(speakerOf('“There will be no deal,” reiterated Putin.', 'There will be no deal')).toBe('Vladimir Putin');
    expect(speakerOf('Alden Barrow spoke first. “The vote is final,” affirmed Dana Holt.', 'The vote is final')).toBe('Dana Holt');
  });

  it('gives a quotation inside reported speech to the reporter, and keeps the clause around it', () => {
    const x = said('Tom Reyes said that the plan was “a disaster” for farmers.');
    const s = x.statements.find((y) => y.quote === 'a disaster');
    expect(x.named).toContainEqual({ speaker: 'Tom Reyes', quote: 'a disaster', kind: 'DIRECT' });
    expect(s?.clause).toEqual({ start: 'Tom Reyes said that '.length, end: 'Tom Reyes said that the plan was “a disaster” for farmers'.length });
    // one statement per attribution: no REPORTED copy of the same words
    expect(x.named.filter((y) => y.kind === 'REPORTED')).toEqual([]);
  });

  it('attributes a quotation to the outermost report around it', () => {
    expect(speakerOf('Dana Holt said that Pat Wiley once described the bill as “a gift to lobbyists.”', 'a gift to lobbyists.')).toBe('Dana Holt');
  });

  it('does not take the document a source speaks in for the source ("In a statement, X, a spokesman, said:")', () => {
    expect(speakerOf('In a statement, Dana Holt, a spokeswoman for the campaign, said: “We will win the vote.”', 'We will win the vote.')).toBe('Dana Holt');
  });

  it('gives a participle the subject of its sentence', () => {
    expect(speakerOf('Pat Wiley attacked Dana Holt on Tuesday, saying, “She cannot be trusted.”', 'She cannot be trusted.')).toBe('Pat Wiley');
    // after a long introductory phrase, too
    const intro = 'Faced with rising costs in every district and fears of a weakening of support with the coming to power of Dana Holt, Pat Wiley recently softened her tone, saying she was ready for “a fair compromise” soon.';
    expect(speakerOf(intro, 'a fair compromise')).toBe('Pat Wiley');
  });

  it('carries the speaker to the next quotation of the paragraph and to a paragraph that continues it', () => {
    const body = '“We are ready,” said Lena Ortiz. “We have always been ready.”\n\n“And we will stay ready.”';
    expect(said(body).named.map((s) => s.speaker)).toEqual(['Lena Ortiz', 'Lena Ortiz', 'Lena Ortiz']);
  });

  it('reads a name after a dash and a transcript label', () => {
    expect(speakerOf('“Nothing changes here.” ― Ruth Okafor', 'Nothing changes here.')).toBe('Ruth Okafor');
    expect(speakerOf('Mike Pence spoke.\n\n"PENCE: We will cut taxes for everyone."', 'PENCE: We will cut taxes for everyone.')).toBe('Mike Pence');
  });

  it('keeps a quotation whose speaker cannot be found, with no speaker and low confidence', () => {
    const x = said('The report arrived late.\n\nThe word of the day was “a plan nobody ever wanted to read”.');
    const s = x.statements.find((y) => y.quote.startsWith('a plan nobody'));
    expect(s?.speaker).toBeNull();
    expect(s?.confidence).toBeLessThan(0.5);
  });

  it('does not take titles of works and short scare quotes for statements', () => {
    const x = said('Ellen Marsh, star of the show “The Long Night,” was asked about the so-called “reform.”');
    expect(x.named.filter((s) => s.kind === 'DIRECT')).toEqual([]);
  });

  it('attributes an unmarked block quotation to the name line after it, and to a colon introduction', () => {
    const body = 'The minister closed the debate:\n\nWe have done what we promised and we will do more of it next year, for every family.\n\nSara Lind, Minister of Finance\n\nLater, Omar Keel wrote:\n\nThis is not the end of the story and everybody in this town knows it very well.';
    const blocks = said(body).named.filter((s) => s.quote.split(' ').length > 10);
    expect(blocks.map((s) => s.speaker)).toEqual(['Sara Lind', 'Omar Keel']);
  });
});

describe('pronouns and descriptions', () => {
  it('carry a pronoun to the latest speaker of its gender and number', () => {
    const body = 'Senator Ann Rudd spoke first. “Taxes will rise,” Ann Rudd said.\n\nMr. Colin Frey disagreed. “They will not,” he said. “Never,” she replied.';
    expect(said(body).named.map((s) => s.speaker)).toEqual(['Ann Rudd', 'Colin Frey', 'Ann Rudd']);
  });

  it('give "it" to an organisation or country and "they" to a group', () => {
    expect(speakerOf('The Finance Ministry issued a note. “Growth is steady,” it said.', 'Growth is steady')).toBe('Finance Ministry');
  });

  it('resolve a definite role to the speaker who holds it', () => {
    const body = '“We will vote no,” said Sen. Joan Harlow. Kurt Banner disagreed. “The bill is fair,” Banner said. “It is not,” the senator replied.';
    expect(said(body).named.map((s) => s.speaker)).toEqual(['Joan Harlow', 'Kurt Banner', 'Joan Harlow']);
  });

  it('let an unnamed source speak for its principal', () => {
    expect(speakerOf('“We expect a decision soon,” a spokesman for the Labour Party said.', 'We expect a decision soon')).toBe('Labour Party');
  });
});
