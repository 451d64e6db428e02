import { afterAll, describe, expect, it } from 'vitest';
import { evaluateBratFolder, type Extractor } from '../../src/eval/brat/evaluate.js';
import type { PublicStatement } from '../../src/eval/brat/predictions.js';
import { formatFixed } from '../../src/eval/brat/python-text.js';
import { summaryLine } from '../../src/eval/brat/summary.js';
import { parseArticle } from '../../src/ingest/article-text.js';
import { Ann, type FixtureArticle, removeFixtures, writeBratFolder } from './brat-fixture.js';

afterAll(removeFixtures);

type Wanted = { quote: string; n?: number; speaker?: string | null; kind?: string };

/** An extractor that emits the given statements, located (UTF-16) in the body it is handed. */
function emitting(byTitle: Record<string, Wanted[]>, seen: string[] = []): Extractor {
  return (file) => {
    const { title, body } = parseArticle(file);
    seen.push(body);
    return (byTitle[title] ?? []).map((w): PublicStatement => {
      let at = -1;
      for (let k = 0; k <= (w.n ?? 0); k++) at = body.indexOf(w.quote, at + 1);
      if (at < 0) throw new Error(`test: "${w.quote}" not in the body`);
      return { speaker: w.speaker ?? null, quote: w.quote, kind: w.kind ?? 'DIRECT', start: at, end: at + w.quote.length };
    });
  };
}

async function score(articles: FixtureArticle[], extractor: Extractor, input: 'paragraphs' | 'raw' = 'paragraphs') {
  const dir = await writeBratFolder(articles);
  return evaluateBratFolder(dir, extractor, { input, commonWordsFrom: `${dir}/text` });
}

const article = (title: string, body: string, build: (a: Ann) => Ann): FixtureArticle => {
  const text = `${title}\n\n${body}\n`;
  return { name: title.replaceAll(' ', '-'), text, anns: { x: build(new Ann(text)).toString() } };
};

describe('direct-quote matching', () => {
  const bridge = article('Bridge', '“We will build the bridge next year and it will be done,” Mayor Ann Lee said.', (a) =>
    a.event({ source: 'Mayor Ann Lee', cue: 'said', content: 'We will build the bridge next year and it will be done,' }),
  );

  it('matches on token F1 ≥ 0.8, not below', async () => {
    // 10 of 12 gold tokens: F1 0.91; 5 of 12: F1 0.59
    const near = await score([bridge], emitting({ Bridge: [{ quote: 'We will build the bridge next year and it will', speaker: 'Ann Lee' }] }));
    expect(near.totals.direct).toMatchObject({ pred: 1, gold: 1, tp: 1, speakerEval: 1, speakerOk: 1 });
    const far = await score([bridge], emitting({ Bridge: [{ quote: 'We will build the bridge', speaker: 'Ann Lee' }] }));
    expect(far.totals.direct).toMatchObject({ pred: 1, gold: 1, tp: 0 });
  });

  it('pairs repeated quotes one-to-one, preferring the overlapping occurrence', async () => {
    const repeat = article('Repeat', '“Not today,” Ann Lee said. Later Tom Park answered: “Not today.”', (a) =>
      a.event({ source: 'Ann Lee', cue: 'said', content: 'Not today,' }).event({ source: 'Tom Park', cue: 'answered', content: 'Not today.' }),
    );
    const one = await score([repeat], emitting({ Repeat: [{ quote: 'Not today.', speaker: 'Tom Park' }] }));
    expect(one.totals.direct).toMatchObject({ tp: 1, speakerOk: 1 });
    const both = await score([repeat], emitting({ Repeat: [{ quote: 'Not today.', speaker: 'Tom Park' }, { quote: 'Not today,', speaker: 'Tom Park' }] }));
    expect(both.totals.direct).toMatchObject({ pred: 2, tp: 2, speakerEval: 2, speakerOk: 1 });
  });

  it('judges speakers per gold source class and leaves unresolvable sources out', async () => {
    const classes = article('Classes', '“We are ready,” Kim Moss said. “We start now,” she added. “Nobody knows,” a voter said.', (a) =>
      a
        .event({ source: 'Kim Moss', cue: 'said', content: 'We are ready,' })
        .event({ source: 'she', cue: 'added', content: 'We start now,' })
        .event({ source: 'a voter', cue: ['said', 1], content: 'Nobody knows,' }),
    );
    const r = await score([classes], emitting({ Classes: [{ quote: 'We are ready,', speaker: 'Kim Moss' }, { quote: 'We start now,', speaker: 'Ann Lee' }, { quote: 'Nobody knows,', speaker: 'Kim Moss' }] }));
    expect(r.totals.direct).toMatchObject({ tp: 3, speakerEval: 2, speakerOk: 1, speakerExcluded: 1 });
    expect(Object.fromEntries(r.totals.speakerByClass)).toEqual({ NAMED: { n: 1, lenient: 1, strict: 1 }, PRONOUN: { n: 1, lenient: 0, strict: 0 } });
  });
});

describe('speech attributions, REPORTED precision and duplicates', () => {
  const body = 'The minister said that taxes would rise next spring, “without any doubt,” for most families. Analysts believe the move is risky.';
  const taxes = article('Taxes', body, (a) =>
    a
      .event({ source: 'The minister', cue: 'said', content: 'that taxes would rise next spring, “without any doubt,” for most families' })
      .event({ source: 'Analysts', cue: 'believe', content: 'the move is risky' }),
  );

  it('finds speech by overlap ≥ 50 % of the shorter span, and counts REPORTED precision against every attribution', async () => {
    const r = await score([taxes], emitting({ Taxes: [
      { quote: 'taxes would rise next spring', kind: 'REPORTED', speaker: 'minister' },
      { quote: 'the move is risky', kind: 'REPORTED', speaker: 'Analysts' }, // not speech, but a real attribution
      { quote: 'The minister', kind: 'REPORTED' }, // overlaps nothing
    ] }));
    expect(r.totals.speech).toMatchObject({ gold: 1, found: 1, reportedPred: 3, reportedTp: 2 });
  });

  it('does not match a statement that barely overlaps the content', async () => {
    const r = await score([taxes], emitting({ Taxes: [{ quote: 'Analysts believe the', kind: 'REPORTED' }] }));
    // overlaps "the" (3 of 17 content characters) and shares 1 token of 3 and 4: F1 0.29
    expect(r.totals.speech).toMatchObject({ reportedPred: 1, reportedTp: 0 });
  });

  it('counts a duplicate when a DIRECT fragment and a REPORTED clause match one attribution', async () => {
    const r = await score([taxes], emitting({ Taxes: [
      { quote: 'that taxes would rise next spring, “without any doubt,” for most families', kind: 'REPORTED', speaker: 'The minister' },
      { quote: 'without any doubt,', speaker: 'The minister' },
    ] }));
    expect(r.totals.dup).toMatchObject({ goldAttrsMatched: 1, attrsMulti: 1, directAndReported: 1, reportedContainsDirect: 1 });
    expect(r.totals.direct).toMatchObject({ gold: 1, tp: 1 });
  });

  it('does not count two DIRECT pieces of one content as a duplicate', async () => {
    const pieces = article('Pieces', '“We won,” she said. “And we will win again.”', (a) => a.event({ source: 'she', cue: 'said', content: ['We won,', 'And we will win again.'] }));
    const r = await score([pieces], emitting({ Pieces: [{ quote: 'We won,' }, { quote: 'And we will win again.' }] }));
    expect(r.totals.dup).toMatchObject({ attrsMulti: 1, directAndReported: 0, directOnlyMulti: 1, directMultiPieceContent: 1 });
  });
});

describe('offsets', () => {
  it('converts UTF-16 statement offsets to code points after astral characters', async () => {
    const emoji = '🎉'.repeat(40);
    const party = article('Party', `Fans ${emoji} cheered all night. Coach Bo Reed said the team played well.`, (a) => a.event({ source: 'Coach Bo Reed', cue: 'said', content: 'the team played well' }));
    const r = await score([party], emitting({ Party: [{ quote: 'the team played well', kind: 'REPORTED', speaker: 'Bo Reed' }] }));
    expect(r.scores[0]?.offsetMismatch).toBe(0);
    expect(r.totals.speech).toMatchObject({ gold: 1, found: 1, reportedTp: 1, speakerOk: 1 });
  });

  it('gives the extractor blank lines between paragraphs and maps its offsets back', async () => {
    const lines = article('Lines', 'First paragraph here.\nSecond one.\nThe chief said the budget is fine.', (a) => a.event({ source: 'The chief', cue: 'said', content: 'the budget is fine' }));
    const seen: string[] = [];
    const want = { Lines: [{ quote: 'the budget is fine', kind: 'REPORTED' }] };
    const r = await score([lines], emitting(want, seen));
    expect(seen).toEqual(['First paragraph here.\n\nSecond one.\n\nThe chief said the budget is fine.\n\n']);
    expect(r.rewritten).toBe(1);
    expect(r.totals.speech).toMatchObject({ found: 1, reportedTp: 1 });
    expect(r.scores[0]?.offsetMismatch).toBe(0);
    const raw = await score([lines], emitting(want, seen), 'raw');
    expect(seen.at(-1)).toBe('First paragraph here.\nSecond one.\nThe chief said the budget is fine.\n');
    expect(raw.totals.speech).toMatchObject({ found: 1, reportedTp: 1 });
  });
});

describe('summary', () => {
  it('scores a failing extractor as empty and says so in the summary line', async () => {
    const one = article('One', '“Yes,” Ann Lee said.', (a) => a.event({ source: 'Ann Lee', cue: 'said', content: 'Yes,' }));
    const r = await score([one], () => {
      throw new Error('boom');
    });
    expect(r.scores[0]?.error).toBe('Error: boom');
    expect(summaryLine('brat-dev', r.totals)).toBe(
      'brat-dev: DQ P 0.0 R 0.0 F1 0.0, speaker 0.0 (named –, pronoun –), speech R 0.0, reported P – (none), dup 0.0% over 1 articles, 1 extractor errors',
    );
  });

  it("rounds exact ties to even, as Python's format() does", () => {
    expect([formatFixed(12.25, 1), formatFixed(12.75, 1), formatFixed(-12.25, 1), formatFixed(2.5, 0), formatFixed(81.29, 1), formatFixed(0.84296, 4)]).toEqual(['12.2', '12.8', '-12.2', '2', '81.3', '0.8430']);
  });
});
