import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/ingest/entities/slug.js';
import { said } from './helpers.js';

describe('stakeholders', () => {
  it('keep two people with one surname apart by first name and honorific', () => {
    const body = '“We love this country,” Donald Trump said. “I was born abroad,” Mrs. Trump said.';
    const x = said(body);
    expect(x.named.map((s) => s.speaker)).toEqual(['Donald Trump', 'Mrs. Trump']);
    expect(x.named.map((s) => s.speaker)).not.toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('resolve a surname or an honorific to the full name met earlier', () => {
    const body = 'Alden Barrow, a farmer, joined the protest. “It is too late,” Mr. Barrow said. “Far too late,” Barrow added.';
    expect(said(body).named.map((s) => s.speaker)).toEqual(['Alden Barrow', 'Alden Barrow']);
  });

  it('make organisations of the bodies that speak, linked to their owner', () => {
    const x = said('Donald Trump held a rally. “The polls are wrong,” the Trump campaign said in a statement.');
    const campaign = x.stakeholders.find((s) => s.name === 'Trump campaign');
    expect(campaign?.kind).toBe('ORGANIZATION');
    expect(campaign?.parent).toBe('donald-trump');
    expect(x.named[0]?.speaker).toBe('Trump campaign');
  });

  it('resolve a role to the person of the country or body it names, not merely the last speaker', () => {
    const body = [
      'French President Aline Morel said on Monday that “the border stays open”.',
      'German Chancellor Bruno Kessler said “we will not pay”.',
      'Later the French leader recalled her “red lines”, and the president of France repeated “no deal”.',
    ].join(' ');
    const x = said(body);
    expect(x.named.map((s) => s.speaker)).toEqual(['Aline Morel', 'Bruno Kessler', 'Aline Morel', 'Aline Morel']);
  });

  it('map capitals and demonyms to countries', () => {
    const x = said('“We will not negotiate,” Moscow said.');
    expect(x.named[0]?.speaker).toBe('Russia');
    expect(x.kind('Russia')).toBe('COUNTRY');
  });

  it('never create junk people from capitalised words, places or sentence adverbs', () => {
    const x = said('Area residents were angry. Nevertheless, “it is fine,” said a resolution adopted by the council. Conversely, the Iranians stayed calm.');
    const names = x.stakeholders.map((s) => s.name);
    expect(names).not.toContain('Area');
    expect(names).not.toContain('Nevertheless');
    expect(names).not.toContain('Conversely');
    for (const s of x.stakeholders) expect(s.aliases).not.toContain('a resolution');
    expect(x.stakeholders.find((s) => s.name === 'Iranians')?.kind ?? 'GROUP').toBe('GROUP');
    // a title word inside a name ("Free Trade Area") and an en dash inside a compound ("Export–Import")
    const y = said('They signed the Continental Free Trade Area agreement. Export–Import Bank president Okey Oramah said trade would grow fast.');
    const people = y.stakeholders.filter((s) => s.kind === 'PERSON').map((s) => s.name);
    expect(people).toEqual(['Okey Oramah']);
    expect(y.named[0]?.speaker).toBe('Okey Oramah');
    // a region is a place; a lone demonym stands for its country; an airline is an organisation
    const z = said('The governor of Yaroslavl Oblast resigned. The Turkish statement said the zone would be set up soon. Iran Air said flights would resume.');
    expect(z.stakeholders.map((s) => s.name)).not.toContain('Yaroslavl Oblast');
    expect(z.named.map((s) => s.speaker)).toEqual(['Turkey', 'Iran Air']);
    expect(z.kind('Iran Air')).toBe('ORGANIZATION');
  });

  it('read datelines and sentence-opening participles as no names', () => {
    const x = said('NEW YORK — Mayor Bill de Blasio spoke on Monday.\n\nPreceded by a band, “we will win this fight,” he said.\n\nBOSTON (AP) — Officials met.');
    const names = x.stakeholders.map((s) => s.name);
    expect(names).toContain('Bill de Blasio');
    for (const junk of ['NEW YORK', 'NEW', 'YORK', 'BOSTON', 'Preceded']) expect(names).not.toContain(junk);
    // "Trump-style", "Obama-era": an adjective, not a person
    expect(said('Trump-style politics is here. “It is great,” Jane Pell said.').stakeholders.map((s) => s.name)).not.toContain('Trump-style');
    expect(said('“It is great,” said one Obama-era official.').named[0]?.speaker).not.toBe('Obama-era');
    expect(x.named.find((s) => s.quote.startsWith('we will win'))?.speaker).toBe('Bill de Blasio');
    // a first name ending in -ed stays a name
    expect(said('Ahmed arrived late on Monday. “We are here,” he said.').named[0]?.speaker).toBe('Ahmed');
  });

  it('keep titles as roles and the country they name as parent', () => {
    const x = said('“We are ready,” said German Foreign Minister Kurt Ebner.');
    const p = x.stakeholders.find((s) => s.name === 'Kurt Ebner');
    expect(p?.role).toBe('German Foreign Minister');
    expect(p?.parent).toBe('germany');
    const y = said('US Ambassador to Germany Richard Grenell alleged that the airline was dangerous.');
    expect(y.named[0]?.speaker).toBe('Richard Grenell');
    expect(y.stakeholders.find((s) => s.name === 'Richard Grenell')?.role).toBe('US Ambassador to Germany');
  });
});

describe('slugs', () => {
  it('are ASCII kebab-case keys made from the name, shared by extraction and editors', () => {
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugify('  The U.S. Department of State ')).toBe('the-u-s-department-of-state');
  });
});
