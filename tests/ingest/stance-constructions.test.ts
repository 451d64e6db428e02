import { describe, expect, it } from 'vitest';
import { clauses, framedAsDirective, stanceOf, stancesOf } from '../../src/ingest/cues.js';
import { said } from './helpers.js';

const stancesFor = (body: string, holder: string): string[] => said(body).holders.filter((h) => h.stakeholder === holder).map((h) => h.stance);

describe('stance cue lexicons', () => {
  it('reads demands, rejections, criticism, warnings, proposals, conditions, support and opposition', () => {
    expect(stanceOf('they urged Turkey to halt drilling')).toBe('DEMANDS');
    expect(stanceOf('the ministry dismissed the proposal')).toBe('REJECTS');
    expect(stanceOf('the plan was deemed unacceptable')).toBe('REJECTS');
    expect(stanceOf('the senator condemned the attack')).toBe('CRITICIZES');
    expect(stanceOf('she warned that prices would rise')).toBe('WARNS');
    expect(stanceOf('if they cross the line I will totally destroy their economy')).toBe('WARNS');
    expect(stanceOf('No project excluding us can be implemented')).toBe('WARNS');
    expect(stanceOf('the government offered a new round of talks')).toBe('PROPOSES');
    expect(stanceOf('we are willing to negotiate if the shelling stops')).toBe('CONDITIONAL');
    expect(stanceOf('the party backs the reform')).toBe('SUPPORTS');
    expect(stanceOf('the union opposes the merger')).toBe('OPPOSES');
    expect(stanceOf('he withdrew the country from a nuclear treaty')).toBe('OPPOSES');
    expect(stanceOf('Without Brazil the trade bloc would have been crippled.')).toBe('SUPPORTS');
  });

  it('does not mistake names and adjectives for cues', () => {
    expect(stanceOf('opposition bloggers met on Sunday')).toBeNull();
    expect(stanceOf('Italy, the proposed end point, has gas fields')).toBeNull();
    expect(stanceOf('The group is banned in the country')).toBeNull();
    expect(stanceOf('flights in support of the regime')).toBeNull();
  });

  it('turns a call for something to be set up into a proposal, and other calls into demands that imply support', () => {
    expect(stanceOf('the statement called for a safe zone to be set up east of the river')).toBe('PROPOSES');
    expect(stancesOf('he called for an immediate ceasefire')).toEqual(['DEMANDS', 'SUPPORTS']);
  });

  it('reads each clause of a sentence on its own', () => {
    expect(clauses('They called on Turkey to halt drilling, and deemed that the deal goes against the resolution')).toHaveLength(2);
    expect(stancesOf('They called on Turkey to halt drilling, and deemed that the deal goes against the resolution')).toEqual(['DEMANDS', 'OPPOSES']);
    expect(stancesOf('We must stand by our allies. Leaving them to die is a big mistake.')).toEqual(['DEMANDS', 'CRITICIZES']);
  });

  it('recognises a directive frame before a quotation', () => {
    expect(framedAsDirective('an order directing units nearby to "')).toBe(true);
    expect(framedAsDirective('the minister said, "')).toBe(false);
  });
});

describe('stance holders in narration', () => {
  it('gives a passive stance to its agent', () => {
    const x = said('The conditions for peace talks, deemed unacceptable so far by Ukrainian President Volodymyr Zelensky, were published on Friday.');
    expect(x.holders).toContainEqual(expect.objectContaining({ stakeholder: 'Volodymyr Zelensky', stance: 'REJECTS' }));
  });

  it('gives a clause that continues the sentence its subject, not the object of the first clause', () => {
    const body = 'The White House called on Turkey to halt the drilling, and deemed that the troop deployment goes against the resolution.';
    expect(stancesFor(body, 'United States')).toEqual(expect.arrayContaining(['DEMANDS', 'OPPOSES']));
    expect(stancesFor(body, 'Turkey')).toEqual([]);
  });

  it('gives a signature to every coordinated signatory and their countries', () => {
    const x = said('On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the free trade agreement.');
    const signers = x.holders.filter((h) => h.stance === 'SUPPORTS').map((h) => h.stakeholder);
    expect(signers).toEqual(expect.arrayContaining(['Nigeria', 'Benin']));
  });

  it('gives condemnation coming "from" a list to each listed actor', () => {
    const x = said('Statements of condemnation have come from Pope Francis and German Chancellor Angela Merkel over the terrorist attack.');
    const critics = x.holders.filter((h) => h.stance === 'CRITICIZES').map((h) => h.stakeholder);
    expect(critics).toEqual(expect.arrayContaining(['Pope Francis', 'Angela Merkel']));
  });

  it('gives an encouragement to its subject as a demand', () => {
    expect(stancesFor('The US has been encouraging allies such as Germany to impose sanctions on the airline.', 'United States')).toContain('DEMANDS');
  });

  it('turns a quote framed by a directive into a demand of the speaker, not support', () => {
    const x = said('Admiral Elson Hermogino issued an order directing units nearby to "join the army in the pursuit of the terrorists."');
    expect(x.holders.filter((h) => h.stakeholder === 'Elson Hermogino').map((h) => h.stance)).toEqual(['DEMANDS']);
  });

  it('leaves a third party’s stance in reported speech to that party', () => {
    const x = said('The White House said Germany has refused to repatriate the refugees.');
    expect(x.holders.filter((h) => h.stakeholder === 'United States').map((h) => h.stance)).not.toContain('REJECTS');
    expect(x.holders).toContainEqual(expect.objectContaining({ stakeholder: 'Germany', stance: 'REJECTS' }));
  });

  it('keeps an evaluation of a third party as the speaker’s criticism', () => {
    const x = said('Opposition bloggers said that the Kremlin is reneging on its promises of elections.');
    expect(x.holders).toContainEqual(expect.objectContaining({ stakeholder: 'Opposition bloggers', stance: 'CRITICIZES' }));
  });
});

describe('stance holders in relative clauses and calls for creation', () => {
  it('gives a stance in a "which" clause to its antecedent, not the sentence subject', () => {
    const x = said('The Syrian Democratic Forces include the YPG militia which support the Kurdistan Workers’ Party, a terrorist group.');
    expect(x.holders.filter((h) => h.stakeholder === 'Syrian Democratic Forces' && h.stance === 'SUPPORTS')).toEqual([]);
  });

  it('reads a reported call for something to be set up as a proposal', () => {
    const x = said('Turkish President Recep Tayyip Erdoğan called for a safe zone for refugees to be set up east of the river.');
    expect(x.positions.map((p) => p.stance)).toContain('PROPOSES');
    expect(x.positions.map((p) => p.stance)).not.toContain('DEMANDS');
  });
});
