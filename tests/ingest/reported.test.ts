import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const reported = (body: string) => said(body).named.filter((s) => s.kind === 'REPORTED');

describe('reported speech', () => {
  it('takes the clause after "said that", without "that" and a leading date', () => {
    expect(reported('The International Monetary Fund said in May that the agreement might be a game changer.')).toEqual([
      { speaker: 'International Monetary Fund', quote: 'the agreement might be a game changer', kind: 'REPORTED' },
    ]);
  });

  it('splits coordinated reports at the next reporting verb', () => {
    const r = reported('An assembly of several foreign ministers met in Cairo. They called on Turkey to halt drilling in the zone, and deemed that the deal goes against the resolution.');
    expect(r).toEqual([
      { speaker: 'An assembly of several foreign ministers', quote: 'Turkey to halt drilling in the zone', kind: 'REPORTED' },
      { speaker: 'An assembly of several foreign ministers', quote: 'the deal goes against the resolution', kind: 'REPORTED' },
    ]);
  });

  it('reads "…, German officials said." and "According to X, …"', () => {
    expect(reported('The office has suspended the permit, German officials said.')).toEqual([
      { speaker: 'German officials', quote: 'The office has suspended the permit', kind: 'REPORTED' },
    ]);
    expect(reported('According to Chief Superintendent Graciano Mijares of the police, the confirmed deaths are fourteen civilians.')[0]).toMatchObject({
      speaker: 'Graciano Mijares',
      quote: 'the confirmed deaths are fourteen civilians',
    });
  });

  it('skips a relative clause between the subject and the verb', () => {
    const r = reported('Reuters reported a German government source, whom they did not name, said the ban is not part of a broader plan.');
    expect(r).toContainEqual({ speaker: 'a German government source', quote: 'the ban is not part of a broader plan', kind: 'REPORTED' });
  });
});
