import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

describe('speaker attribution', () => {
  it('reads the inverted order with an apposition: "…," said X, the Title', () => {
    const x = said('"We will catch them," said Delfin Lorenzana, the Defence Secretary; he described the attacks as a "dastardly act".');
    expect(x.named.filter((s) => s.kind === 'DIRECT')).toEqual([
      { speaker: 'Delfin Lorenzana', quote: 'We will catch them,', kind: 'DIRECT' },
      { speaker: 'Delfin Lorenzana', quote: 'dastardly act', kind: 'DIRECT' },
    ]);
    expect(x.stakeholders.find((s) => s.name === 'Delfin Lorenzana')?.role).toBe('Defence Secretary');
  });

  it('carries a pronoun to the last person named', () => {
    const x = said('Turkish president Erdoğan spoke in Ankara. "No project can be implemented without us", he said.');
    expect(x.named[0]).toMatchObject({ speaker: 'Recep Tayyip Erdoğan', kind: 'DIRECT' });
  });

  it('resolves a role description to the compatible earlier speaker', () => {
    const body = 'AU trade and industry commissioner Albert Muchanga spoke first. The commissioner said, "We have not agreed on the rules of origin yet."';
    expect(said(body).named.find((s) => s.kind === 'DIRECT')?.speaker).toBe('Albert Muchanga');
  });

  it('uses the country hint of "the Ukrainian leader"', () => {
    const body = 'Ukrainian President Volodymyr Zelensky met Donald Trump. Later, the Ukrainian leader said he was ready for "painful compromise".';
    expect(said(body).named.find((s) => s.kind === 'DIRECT')?.speaker).toBe('Volodymyr Zelensky');
  });

  it('attributes an unmarked block quote to the following "Name, Title" line', () => {
    const body = 'The alliance met on Monday.\n\nIt is important that we stay united and that our commitment remains strong.\n\nJens Stoltenberg, NATO Secretary General';
    const x = said(body);
    expect(x.named).toContainEqual({ speaker: 'Jens Stoltenberg', quote: 'It is important that we stay united and that our commitment remains strong.', kind: 'DIRECT' });
    expect(x.named.some((s) => s.quote.startsWith('Jens Stoltenberg'))).toBe(false);
  });

  it('carries the speaker of a split quote to its second half', () => {
    const body = 'Senator Lindsey Graham spoke on television.\n\n"ISIS is not defeated at all", Graham continued. "This impulsive decision has undone all the gains we made."';
    expect(said(body).named.filter((s) => s.kind === 'DIRECT').map((s) => s.speaker)).toEqual(['Lindsey Graham', 'Lindsey Graham']);
  });

  it('rejects scare quotes that no one says', () => {
    const body = 'The Russian Federation is composed of 83 “federal subjects” that are a mix of regions. These were a cornerstone of Putin’s “power vertical” framework.';
    expect(said(body).named.filter((s) => s.kind === 'DIRECT')).toEqual([]);
  });
});
