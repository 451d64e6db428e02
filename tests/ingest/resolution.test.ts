import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/ingest/stakeholders.js';
import { said } from './helpers.js';

describe('stakeholder resolution', () => {
  it('maps capitals and government metonyms to countries', () => {
    const x = said('Moscow said that talks were possible. The Kremlin said it was ready. Washington said that it would wait.');
    expect(x.named.map((s) => s.speaker)).toEqual(['Russia', 'Russia', 'United States']);
  });

  it('resolves surnames and aliases to the full name met earlier', () => {
    const x = said('Brett McGurk, who was an envoy, spoke. McGurk later wrote, "Not a single American life was lost in the battle."');
    expect(x.named[0]?.speaker).toBe('Brett McGurk');
  });

  it('creates new people with their title, role and parent country', () => {
    const x = said('Egyptian foreign minister Sameh Shoukry said that the summit was a success.');
    expect(x.stakeholders.find((s) => s.name === 'Sameh Shoukry')).toMatchObject({ kind: 'PERSON', role: 'Egyptian foreign minister', parent: 'egypt' });
  });

  it('keeps a bracketed acronym as an alias', () => {
    const x = said('The Syrian Democratic Forces (SDF) opposed the plan. The SDF said that it felt betrayed by the decision.');
    expect(x.named.map((s) => s.speaker)).toContain('Syrian Democratic Forces');
  });
});

describe('slugs', () => {
  it('are ASCII kebab-case keys made from the name, shared by extraction and editors', () => {
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugify('  The White House! ')).toBe('the-white-house');
  });
});
