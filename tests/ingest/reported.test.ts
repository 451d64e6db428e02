import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const reported = (body: string) => said(body).named.filter((s) => s.kind === 'REPORTED');

describe('reported speech', () => {
  it('takes the clause after "said (that)", without "that" or a time', () => {
    expect(reported('Tom Reyes said on Monday that the plant would close next year.')).toEqual([{ speaker: 'Tom Reyes', quote: 'the plant would close next year', kind: 'REPORTED' }]);
  });

  it('skips a month, a year or "during …" between the verb and its content', () => {
    expect(reported('Tom Reyes said in April that the plant would close next year.')[0]?.quote).toBe('the plant would close next year');
    expect(reported('Tom Reyes said during a news conference that the plant would close next year.')[0]?.quote).toBe('the plant would close next year');
    expect(reported('Tom Reyes said late Wednesday that the plant would close next year.')[0]?.quote).toBe('the plant would close next year');
    expect(reported('In his reply, Tom Reyes, the union leader, said on Tuesday that the plant would close next year.').map((r) => r.quote)).toEqual(['the plant would close next year']);
  });

  it('does not take a place after "at a …" for content', () => {
    expect(reported('Tom Reyes said Tuesday at a panel in Port Washington, N.Y., with the families.')).toEqual([]);
    expect(reported('Tom Reyes said at a rally on Monday that the plant would close next year.')[0]?.quote).toBe('the plant would close next year');
  });

  it('reports the question put to a source ("Asked whether …, X said"), by an asker it does not name', () => {
    const found = reported('Asked whether he would fire his speechwriter, Tom Reyes said that the plant would close.');
    expect(found).toContainEqual({ speaker: null, quote: 'whether he would fire his speechwriter', kind: 'REPORTED' });
    expect(found).toContainEqual({ speaker: 'Tom Reyes', quote: 'the plant would close', kind: 'REPORTED' });
    expect(reported('Asked by reporters, Tom Reyes said that the plant would close.').filter((r) => r.speaker === null)).toEqual([]);
  });

  it('reads a participle after a comma as a report of the clause before it', () => {
    expect(reported('Several Democrats met the owners on Monday, saying the plant would close next year.').map((r) => r.quote)).toEqual(['the plant would close next year']);
    expect(reported('“We will see,” Tom Reyes said, noting he would support any of the other candidates.')[0]?.quote).toBe('he would support any of the other candidates');
    expect(reported('The campaign hired more staff in August, adding two new strategists as campaign managers.')).toEqual([]);
  });

  it('gives a coordinated "and said" its own report, even when the subject is no mention', () => {
    expect(reported('Tom Reyes blamed the closure on the owners and said the workers would be paid until June.').map((r) => r.quote)).toContain('the workers would be paid until June');
    expect(reported('A spokesman for the owners defended the plan and said the plant would close next year.').map((r) => r.quote)).toContain('the plant would close next year');
  });

  it('skips the person told: "told reporters (that)"', () => {
    expect(reported('Tom Reyes told reporters the plant would close next year.')[0]?.quote).toBe('the plant would close next year');
  });

  it('reads the inverted order: "…, X said." and "…, said X, an official."', () => {
    expect(reported('The plant will close next year, Tom Reyes said.')[0]).toEqual({ speaker: 'Tom Reyes', quote: 'The plant will close next year', kind: 'REPORTED' });
    expect(reported('The plant will close next year, said Tom Reyes, a union official.')[0]?.speaker).toBe('Tom Reyes');
    expect(reported('The plant will close next year, Tom Reyes said; the union disagrees.')[0]?.quote).toBe('The plant will close next year');
  });

  it('takes the object of a verb of judgement as what was said, but not the object of "noted"', () => {
    expect(reported('Tom Reyes criticized the climate accord adopted in Paris last week.')).toEqual([{ speaker: 'Tom Reyes', quote: 'the climate accord adopted in Paris last week', kind: 'REPORTED' }]);
    expect(reported('Tom Reyes demanded an apology from the mayor and his staff.')[0]?.quote).toBe('an apology from the mayor and his staff');
    expect(reported('Tom Reyes noted the date of the meeting in his diary.')).toEqual([]);
    expect(reported('The company reported flat growth in its third quarter.')[0]?.quote).toBe('flat growth in its third quarter');
    expect(reported('Tom Reyes reported to the police on Monday.')).toEqual([]);
    // a report that opens with its own source and verb carries a second, inner report
    expect(reported('The Post reported on Monday a government source, whom they did not name, said the plant would close next year.').map((r) => r.quote)).toContain(
      'the plant would close next year',
    );
    expect(reported('Tom Reyes called the deal a disaster for the workers.')[0]?.quote).toBe('the deal a disaster for the workers');
    expect(reported('Tom Reyes called his wife and his brother on Monday.')).toEqual([]);
    expect(reported('Tom Reyes called himself pro-choice and a friend of the unions.')[0]?.quote).toBe('himself pro-choice and a friend of the unions');
  });

  it('reads "according to X" before and after the content', () => {
    expect(reported('According to Tom Reyes, the plant will close next year.')[0]?.quote).toBe('the plant will close next year');
    expect(reported('The plant will close next year, according to Tom Reyes.')[0]?.quote).toBe('The plant will close next year');
    expect(reported('The plant will close in the spring of next year according to a count by Tom Reyes.')[0]?.quote).toBe('The plant will close in the spring of next year');
  });

  it('keeps a report whose source is a phrase with no name, without a speaker', () => {
    expect(reported('Two in three voters said they would stay home.')).toEqual([{ speaker: null, quote: 'they would stay home', kind: 'REPORTED' }]);
    expect(reported('Others, however, say the plant would close next year.')[0]?.quote).toBe('the plant would close next year');
    expect(
      reported('When asked whether the plan of the owners to close the plant in the valley by the spring was the right one for the town, 59 percent said it was not.').map((r) => r.quote),
    ).toContain('it was not');
    expect(reported('While the owners deny it, workers who have seen the books say the plant would close next year.')[0]?.quote).toBe('the plant would close next year');
    expect(reported('In a video released on Monday, a veteran diplomat said the plant would close next year.')).toEqual([
      { speaker: null, quote: 'the plant would close next year', kind: 'REPORTED' },
    ]);
  });

  it('does not take a circumstance after the verb for reported content', () => {
    expect(reported('“I see no details,” she said after reading the outline of the plan.')).toEqual([]);
  });
});
