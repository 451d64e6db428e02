import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/ingest/stance.js';
import { TopicIndex } from '../../src/ingest/topics.js';
import { catalogue, said } from './helpers.js';

const index = new TopicIndex(catalogue.topics);

describe('topics', () => {
  it('links catalogue topics by keyword, acronyms case-sensitively', () => {
    expect(index.match('He called for an immediate ceasefire')).toContain('ceasefire');
    expect(index.match('the EEZ of Cyprus')).toContain('maritime-border-disputes');
    expect(index.match('the eez of cyprus')).not.toContain('maritime-border-disputes');
  });

  it('breaks ties between equally specific keywords by the earliest', () => {
    expect(index.match('Nigeria planned to join the AfCFTA before the summit')[0]).toBe('free-trade');
    expect(index.match('at the summit, leaders praised the AfCFTA')[0]).toBe('summit-meeting');
  });

  it('needs more than the word "concessions" to be about territory', () => {
    expect(index.match('one of several concessions the president offered')).not.toContain('territorial-concessions');
    expect(index.match('the cession of four regions')).toContain('territorial-concessions');
  });

  it('never invents a topic', () => {
    const slugs = new Set(catalogue.topics.map((t) => t.slug));
    const x = said('Putin said that he was ready for discussions provided that they respect the realities on the ground.');
    expect(x.positions.length).toBeGreaterThan(0);
    for (const p of x.positions) expect(slugs.has(p.topic)).toBe(true);
  });
});

describe('stance', () => {
  it('prefers the most specific cue', () => {
    expect(stanceOf('ready for discussions provided that they respect the realities')).toBe('CONDITIONAL');
    expect(stanceOf('the agreement is null and void')).toBe('REJECTS');
    expect(stanceOf('our commitment to Ukraine must remain strong')).toBe('SUPPORTS');
    expect(stanceOf('Leaving them to die is a big mistake')).toBe('CRITICIZES');
  });

  it('turns a list of demands into DEMANDS positions for the demander', () => {
    const x = said('Among Moscow’s demands:\n  • The abandonment of Crimea, annexed in 2014\n  • Kyiv’s renunciation of its ambition to join NATO');
    expect(x.holders).toContainEqual({ stakeholder: 'Russia', topic: 'Annexation of Crimea', stance: 'DEMANDS' });
    expect(x.holders).toContainEqual({ stakeholder: 'Russia', topic: 'NATO membership', stance: 'OPPOSES' });
  });

  it('gives a head of state’s position to the country too', () => {
    const x = said('Russian President Vladimir Putin said that he was ready for peace talks provided that Ukraine accepts the realities.');
    expect(x.holders).toContainEqual({ stakeholder: 'Russia', topic: 'Peace talks', stance: 'CONDITIONAL' });
  });
});
