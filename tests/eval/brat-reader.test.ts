import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyOffset } from '../../src/eval/brat/body.js';
import { CodePointText } from '../../src/eval/brat/code-points.js';
import { listBratFolder, readGoldFolder } from '../../src/eval/brat/folder.js';
import { buildGoldArticle } from '../../src/eval/brat/gold.js';
import { BratFormatError, parseStandoff } from '../../src/eval/brat/standoff.js';
import { parseArticle } from '../../src/ingest/article-text.js';
import { Ann, removeFixtures, writeBratFolder } from './brat-fixture.js';

afterAll(removeFixtures);

const none = new Set<string>();
const gold = (text: string, ann: string) => buildGoldArticle({ name: 'a', text, ann, annotator: 'x', annotators: 1 }, none);

describe('brat standoff reader', () => {
  it('reads text-bound spans with discontinuous fragments and events by role name', () => {
    const s = parseStandoff('T1\tSource 0 4\tJane\nT2\tContent 10 14;20 24\tfour five\nE1\tAttribution:T3 Content:T2 Source:T1\n');
    expect(s.spans.get('T2')).toEqual({ id: 'T2', type: 'Content', fragments: [[10, 14], [20, 24]], text: 'four five' });
    expect(s.events).toEqual([{ id: 'E1', roles: new Map([['Attribution', ['T3']], ['Content', ['T2']], ['Source', ['T1']]]) }]);
  });

  it('continues a span text over the lines that follow it, until the next annotation line', () => {
    const s = parseStandoff('T1\tContent 0 20\tfirst line\nsecond line\n#1\tAnnotatorNotes T1\tnote\nnot a continuation\n');
    expect(s.spans.get('T1')?.text).toBe('first line\nsecond line');
  });

  it('rejects a fragment that is not START END with the file and line', () => {
    expect(() => parseStandoff('T1\tSource 0 4\tJane\nT2\tCue 9 5\tsaid\n', 'x.ann')).toThrow(new BratFormatError('x.ann:2: fragment "9 5" is not "START END"'));
  });
});

describe('gold attributions', () => {
  const text = 'Title line\n\nJane Doe said the plan would fail. The board rejected the idea, officials said.\n';

  it('drops events without content and keeps the others in order', () => {
    const ann = new Ann(text).event({ source: 'Jane Doe', cue: 'said' }).event({ source: 'officials', cue: 'said', content: 'The board rejected the idea' });
    const g = gold(text, ann.toString());
    expect(g.eventsTotal).toBe(2);
    expect(g.eventsWithoutContent).toBe(1);
    expect(g.attributions.map((a) => a.contentText)).toEqual(['The board rejected the idea']);
  });

  it('joins and sorts Content and Content2 fragments, whatever order they were annotated in', () => {
    const ann = new Ann(text).event({ source: 'Jane Doe', cue: ['said', 0], content: ['would fail', 'the plan'], content2: 'The board' });
    const [a] = gold(text, ann.toString()).attributions;
    expect(a?.contentText).toBe('the plan would fail The board');
    expect(a?.content).toHaveLength(3);
  });

  it('swaps back Source and Cue labels when a single speech word was tagged Source', () => {
    const ann = new Ann(text).event({ source: ['said', 1], cue: 'officials', content: 'The board rejected the idea' });
    const [a] = gold(text, ann.toString()).attributions;
    expect(a?.swapped).toBe(true);
    expect(a?.source?.text).toBe('officials');
    expect(a?.cue?.text).toBe('said');
    expect(a?.speech).toBe(true);
  });

  it('keeps the labels when the "source" is not a speech word', () => {
    const ann = new Ann(text).event({ source: 'officials', cue: ['said', 1], content: 'The board rejected the idea' });
    expect(gold(text, ann.toString()).attributions[0]?.swapped).toBe(false);
  });

  it('puts attributions whose content starts in the title line out of the body', () => {
    const t = 'Doe says the plan will fail\n\nThe plan is new.\n';
    const ann = new Ann(t).event({ source: 'Doe', cue: 'says', content: 'the plan will fail' });
    expect(gold(t, ann.toString()).attributions[0]?.inBody).toBe(false);
  });

  it('refuses texts whose offsets would need remapping (BOM, carriage returns)', () => {
    expect(() => gold('\ufeffTitle\n\nBody.\n', '')).toThrow(BratFormatError);
    expect(() => gold('Title\r\n\r\nBody.\r\n', '')).toThrow(/carriage returns/);
  });
});

describe('the body split', () => {
  const cases = ['Title\n\nBody text.\n', 'Title\nA subtitle\n\nBody.\n', 'Title\n\n\nBody after two blank lines.\n', 'Only a title\n', 'Title 🗳️ with emoji\n\nBody 🗳️.\n'];
  it.each(cases)('starts where parseArticle() starts the body: %j', (raw) => {
    const t = new CodePointText(raw);
    const body = t.slice(bodyOffset(t));
    if (raw.includes('\n') && raw.slice(raw.indexOf('\n')).trim()) expect(body).toBe(parseArticle(raw).body);
    else expect(body).toBe('');
  });
});

describe('brat folders', () => {
  const text = 'Title\n\n"We will see," she said.\n';
  const ann = new Ann(text).event({ source: 'she', cue: 'said', content: 'We will see' }).toString();

  it('reads the PolNeAR layout and scores the first annotator in sorted order', async () => {
    const dir = await writeBratFolder([
      { name: 'b_article', text, anns: { zed: '', abe: ann } },
      { name: 'a_article', text, anns: {} },
    ]);
    const entries = await listBratFolder(dir);
    expect(entries.map((e) => [e.name, e.annFiles.map((f) => f.annotator)])).toEqual([
      ['a_article', []],
      ['b_article', ['abe', 'zed']],
    ]);
    const { articles } = await readGoldFolder(dir, { commonWordsFrom: `${dir}/text` });
    expect(articles.map((a) => [a.name, a.annotator, a.annotators, a.attributions.length])).toEqual([
      ['a_article', null, 0, 0],
      ['b_article', 'abe', 2, 1],
    ]);
    const first = await readGoldFolder(dir, { commonWordsFrom: `${dir}/text`, limit: 1 });
    expect(first.articles.map((a) => a.name)).toEqual(['a_article']);
  });

  it('reads a flat folder of NAME.txt with NAME.ann or NAME_ANNOTATOR.ann', async () => {
    const dir = await writeBratFolder([
      { name: 'plain', text, anns: { '': ann } },
      { name: 'with_underscores', text, anns: { k1: ann } },
    ], 'flat');
    const entries = await listBratFolder(dir);
    expect(entries.map((e) => [e.name, e.annFiles.map((f) => f.annotator)])).toEqual([
      ['plain', [null]],
      ['with_underscores', ['k1']],
    ]);
  });

  it('counts the usually-lower-case words in the train texts beside a split folder by default', async () => {
    const dir = await writeBratFolder([{ name: 'x', text, anns: {} }]);
    const { commonWordsFolder } = await readGoldFolder(dir);
    expect(commonWordsFolder).toBe(`${dir}/text`); // no ../train/text beside this one
    await mkdir(`${dir}/../train/text`, { recursive: true });
    await writeFile(`${dir}/../train/text/t.txt`, 'many many many Many');
    const beside = await readGoldFolder(dir);
    expect(beside.commonWordsFolder).toBe(join(dir, '..', 'train', 'text'));
  });

  it('names a folder that does not exist', async () => {
    await expect(listBratFolder('/no/such/brat')).rejects.toThrow(new BratFormatError('/no/such/brat is not a folder'));
  });
});
