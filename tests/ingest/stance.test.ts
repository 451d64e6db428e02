import { describe, expect, it } from 'vitest';
import { evaluationOf, stanceOf } from '../../src/ingest/stance/cues.js';
import { TopicIndex } from '../../src/ingest/topics/topics.js';
import { catalogue, said } from './helpers.js';

const index = new TopicIndex(catalogue.topics);

describe('stance cues', () => {
  it('read demands, rejections, warnings, criticism, opposition, proposals, conditions and support', () => {
    expect(stanceOf('we are ready to talk provided that they withdraw')?.stance).toBe('CONDITIONAL');
    expect(stanceOf('the agreement is unacceptable')?.stance).toBe('REJECTS');
    expect(stanceOf('this will lead to more violence')?.stance).toBe('WARNS');
    expect(stanceOf('the government must halt the drilling')?.stance).toBe('DEMANDS');
    expect(stanceOf('they condemned the attack')?.stance).toBe('CRITICIZES');
    expect(stanceOf('we oppose the plan')?.stance).toBe('OPPOSES');
    expect(stanceOf('she proposed a new tax')?.stance).toBe('PROPOSES');
    expect(stanceOf('we welcome the decision')?.stance).toBe('SUPPORTS');
  });

  it('turn support into opposition under negation, and read nouns as nouns', () => {
    expect(stanceOf('we do not support the plan')?.stance).toBe('OPPOSES');
    expect(stanceOf('they announced the ban yesterday')).toBeNull();
  });

  it('let the first stance verb govern the words after it', () => {
    // the demand's content ("to reject") is not a rejection by the speaker
    expect(stanceOf('he urged voters to reject the plan')?.stance).toBe('DEMANDS');
    expect(stanceOf('we are ready to talk provided that they withdraw')?.stance).toBe('CONDITIONAL');
  });

  it('read ", supporting X" and "which support X" as what someone else does, not where the speaker stands', () => {
    expect(stanceOf('the airline flies fighters across the region, supporting the regime')?.stance).not.toBe('SUPPORTS');
    expect(stanceOf('we are supporting the regime')?.stance).toBe('SUPPORTS');
    expect(stanceOf('the force is made up of militias which support the rebels')?.stance).not.toBe('SUPPORTS');
  });

  it('read clear evaluations through AFINN-165 when no cue speaks', () => {
    expect(evaluationOf('a horrible, disgusting failure')?.stance).toBe('CRITICIZES');
    expect(evaluationOf('a wonderful, excellent result')?.stance).toBe('SUPPORTS');
    expect(evaluationOf('the meeting is on Tuesday')).toBeNull();
  });
});

describe('positions', () => {
  it('give the stance of a statement to its speaker, on a catalogue topic', () => {
    const x = said('“We will never accept a ceasefire on these terms,” said Volodymyr Zelensky.');
    expect(x.holders).toContainEqual({ stakeholder: 'Volodymyr Zelensky', topic: 'Ceasefire', stance: 'REJECTS' });
  });

  it('give each sentence of a long quote its own stance', () => {
    const x = said('“We must agree a ceasefire now. Delaying the ceasefire is a terrible mistake,” said Volodymyr Zelensky.');
    const stances = x.holders.filter((h) => h.stakeholder === 'Volodymyr Zelensky').map((h) => h.stance);
    expect(stances).toEqual(expect.arrayContaining(['DEMANDS', 'CRITICIZES']));
  });

  it('give a stance verb in narration to its subject, and a passive one to its agents', () => {
    expect(said('Germany banned the airline over security concerns at the airport.').holders.map((h) => `${h.stakeholder} ${h.stance}`)).toContain('Germany OPPOSES');
    const x = said('The attack on the cathedral was condemned by Pope Francis and Antonio Guterres, in a statement on terrorism.');
    expect(x.holders.filter((h) => h.stance === 'CRITICIZES').map((h) => h.stakeholder).sort()).toEqual(['António Guterres', 'Pope Francis']);
  });

  it('never invent a topic', () => {
    const slugs = new Set(catalogue.topics.map((t) => t.slug));
    for (const p of said('Putin said that he was ready for peace talks provided that Kyiv accepts a ceasefire.').positions) expect(slugs.has(p.topic)).toBe(true);
    expect(index.match('the weather was mild')).toEqual([]);
  });
});
