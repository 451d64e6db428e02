import { afterAll, describe, expect, it } from 'vitest';
import { readBratTraining } from '../../src/eval/brat/training.js';
import { Ann, removeFixtures, writeBratFolder } from './brat-fixture.js';

afterAll(removeFixtures);

const text = 'Storm 🌀 hits the coast\n\nWinds 🌀🌀 rose overnight.\n“We lost the roof,” said Ada Moe, a baker. She said repairs would take weeks.\nAnalysts think prices will rise.\n';
const ann = new Ann(text)
  .event({ source: 'Ada Moe, a baker', cue: ['said', 0], content: '“We lost the roof,”' })
  .event({ source: 'She', cue: ['said', 1], content: ['repairs would', 'take weeks'] })
  .event({ source: 'Analysts', cue: 'think', content: 'prices will rise' })
  .event({ source: 'Storm', cue: 'hits', content: 'the coast' });

describe('readBratTraining', () => {
  it.each(['paragraphs', 'raw'] as const)('gives gold in UTF-16 offsets of the %s body', async (input) => {
    const dir = await writeBratFolder([{ name: 'storm', text, anns: { a1: ann.toString() } }]);
    const { articles } = await readBratTraining(dir, { input, commonWordsFrom: `${dir}/text` });
    const [a] = articles;
    if (!a) throw new Error('no article');
    const at = (s: { start: number; end: number }): string => a.body.slice(s.start, s.end);
    expect(a.title).toBe('Storm 🌀 hits the coast');
    expect(a.body.includes('overnight.\n\n“We lost')).toBe(input === 'paragraphs');
    expect(a.headlineAttributions).toBe(1);
    expect(a.attributions.map((x) => [x.id, x.content.map(at), x.source?.fragments.map(at), x.cue?.fragments.map(at), x.speech, x.sourceClass, x.resolved])).toEqual([
      ['E1', ['“We lost the roof,”'], ['Ada Moe, a baker'], ['said'], true, 'NAMED', 'Ada Moe, a baker'],
      ['E2', ['repairs would', 'take weeks'], ['She'], ['said'], true, 'PRONOUN', 'Ada Moe, a baker'],
      // sentence-initial "Analysts" counts as a name: these few texts do not make "analysts" a usually-lower-case word
      ['E3', ['prices will rise'], ['Analysts'], ['think'], false, 'NAMED', 'Analysts'],
    ]);
    expect(a.quotes.map((q) => [at(q), q.text, q.whole, q.marks, q.attribution])).toEqual([['We lost the roof,', 'We lost the roof,', true, '“', 0]]);
  });
});
