import { describe, expect, it } from 'vitest';
import { commonWords } from '../../src/eval/brat/common-words.js';
import { buildGoldArticle } from '../../src/eval/brat/gold.js';
import { sourceClass } from '../../src/eval/brat/source-class.js';
import { fullNames, speakerLenient, speakerStrict, strictKey } from '../../src/eval/brat/speaker-match.js';
import { isSpeechCue, lemma } from '../../src/eval/brat/speech-cues.js';
import { Ann } from './brat-fixture.js';

const none = new Set<string>();

describe('gold source classes', () => {
  it.each([
    ['Jane Smith', 'NAMED'],
    ['Sen. Ann Lee (D-Ohio)', 'NAMED'],
    ["Smith's spokesman", 'NAMED'],
    ['Republicans', 'NAMED'],
    ['the White House', 'NAMED'],
    ['he', 'PRONOUN'],
    ['They', 'PRONOUN'],
    ['it', 'PRONOUN'],
    ['who', 'PRONOUN'],
    ['the senator', 'ROLE_DEF'],
    ['the Ohio senator', 'ROLE_DEF'],
    ['the campaign', 'ROLE_DEF'],
    ['a spokesman', 'ROLE_INDEF'],
    ['some analysts', 'ROLE_INDEF'],
    ['his attorney', 'ROLE_POSS'],
    ['police', 'GROUP'],
    ['voters', 'GROUP'],
    [null, 'NONE'],
  ])('%j is %s', (source, cls) => {
    expect(sourceClass(source, none)).toBe(cls);
  });

  it('does not take a capitalised first word that is usually lower case for a name', () => {
    const common = commonWords(['many people came and many stayed, as many said. Foreign affairs? foreign policy, foreign aid, foreign trade, policy and policy and policy.']);
    expect([...common].sort()).toEqual(['and', 'foreign', 'many', 'policy']);
    expect(sourceClass('Many voters', none)).toBe('NAMED');
    expect(sourceClass('Many voters', common)).toBe('ROLE_INDEF');
    expect(sourceClass('Foreign policy analysts', common)).toBe('GROUP');
  });
});

describe('gold source resolution', () => {
  const text = [
    'A made-up headline',
    '',
    'He said the vote was early. Jane Smith said the plan would pass. She said it was ready.',
    'Tom Park, the party leader, who said the plan was weak, left early. The senator said the talks went well. A spokesman said nothing.',
    '',
  ].join('\n');
  const ann = new Ann(text)
    .event({ source: ['He', 0], cue: ['said', 0], content: 'the vote was early' })
    .event({ source: 'Jane Smith', cue: ['said', 1], content: 'the plan would pass' })
    .event({ source: 'She', cue: ['said', 2], content: 'it was ready' })
    .event({ source: 'who', cue: ['said', 3], content: 'the plan was weak' })
    .event({ source: 'The senator', cue: ['said', 4], content: 'the talks went well' })
    .event({ source: 'A spokesman', cue: ['said', 5], content: 'nothing' });
  const g = buildGoldArticle({ name: 'r', text, ann: ann.toString(), annotator: null, annotators: 1 }, none);
  const resolved = g.attributions.map((a) => [a.source?.text, a.sourceClass, a.resolved, a.via]);

  it('takes the nearest preceding NAMED source for pronouns and definite role nouns, none before the first name', () => {
    expect(resolved[0]).toEqual(['He', 'PRONOUN', null, '']);
    expect(resolved[1]).toEqual(['Jane Smith', 'NAMED', 'Jane Smith', 'self']);
    expect(resolved[2]).toEqual(['She', 'PRONOUN', 'Jane Smith', 'antecedent']);
    expect(resolved[4]).toEqual(['The senator', 'ROLE_DEF', 'Jane Smith', 'antecedent']);
  });

  it('gives who the name before it in its sentence, skipping the apposition', () => {
    expect(resolved[3]).toEqual(['who', 'PRONOUN', 'Tom Park', 'relative']);
  });

  it('leaves indefinite sources unresolved', () => {
    expect(resolved[5]).toEqual(['A spokesman', 'ROLE_INDEF', null, '']);
  });
});

describe('speech cues', () => {
  it.each(['said', 'told reporters', 'reiterated', 'slammed', 'decried', 'tweeted', 'according to', 'pointed out', ':', '—'])('%j is speech', (cue) => {
    expect(isSpeechCue(cue)).toBe(true);
  });
  it.each(['thinks', 'believes', 'is expected to', 'in'])('%j is not speech', (cue) => {
    expect(isSpeechCue(cue)).toBe(false);
  });
  it('lemmatises irregular forms, regular endings and doubled consonants', () => {
    expect([lemma('told'), lemma('denies'), lemma('insisting'), lemma('slammed'), lemma('urged'), lemma('zebras')]).toEqual(['tell', 'deny', 'insist', 'slam', 'urge', 'zebras']);
  });
});

describe('speaker matching', () => {
  it.each([
    ['Jane Smith', 'Smith', true],
    ['John Smith', 'Jane Smith', true], // knowingly generous: same surname
    ['Ann Lee', 'Sen. Ann Lee (D-Ohio)', true],
    ['Bob Doe', 'John R. Doe II, a writer for a magazine', true],
    ['Lee', "Lee's former adviser", true],
    ['Ann Lee', 'Bob Dole', false],
    [null, 'Smith', false],
  ] as const)('lenient: %j for gold %j is %s', (pred, goldName, ok) => {
    expect(speakerLenient(pred, goldName)).toBe(ok);
  });

  it('strict: name keys without titles, a lone surname taken as the article’s most frequent full form', () => {
    const names = fullNames('John Smith met voters. John Smith spoke. Jane Smith listened. Mr. Smith left.', none);
    expect(Object.fromEntries(names.get('smith') ?? [])).toEqual({ 'John Smith': 2, 'Jane Smith': 1 });
    expect(strictKey('Her former partner at Acme, Jane B. Smith', none)).toBe('jane smith');
    expect(speakerStrict('John Smith', 'Smith', names, none)).toBe(true);
    expect(speakerStrict('Jane Smith', 'Smith', names, none)).toBe(false);
    expect(speakerStrict('Jane Q. Smith', 'Sen. Jane Smith', names, none)).toBe(true);
    expect(speakerStrict('Paul Doe', 'Doe', names, none)).toBe(true); // no full form of Doe in the article
    expect(speakerStrict('Ann Lee', 'Smith', names, none)).toBe(false);
  });
});
