import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articles, stakeholders, statements, streamState } from '../../src/db/schema.js';
import { extract, extractorVersion } from '../../src/ingest/extract.js';
import type { Extraction } from '../../src/ingest/types.js';
import { ingestArticle } from '../../src/services/articles.js';
import { currentCatalogue } from '../../src/services/catalogue.js';
import { ExtractionFailed, extractInline, type Extractor } from '../../src/services/extraction.js';
import { outdatedArticles, reextractArticle } from '../../src/services/reextract.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { storeTestCatalogue } from '../support/dataset.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.dispose();
});

beforeEach(async () => {
  await database.truncate();
  await storeTestCatalogue(database.db);
});

const body = '“We will win,” said Jane Pell, the party’s chairwoman.\n\nThe word of the day was “a plan nobody ever wanted to read at all”.';
const stored = (articleId: number) =>
  database.db.select({ seq: statements.seq, text: statements.text, speakerId: statements.speakerId, basis: statements.basis, extractorVersion: statements.extractorVersion }).from(statements).where(eq(statements.articleId, articleId)).orderBy(asc(statements.seq));

describe('storing an extraction', () => {
  it('keeps a quotation with no speaker, with its basis, cue and the extractor version', async () => {
    const { articleId } = await ingestArticle(database.db, { title: 'Votes', body });
    const rows = await stored(articleId);
    expect(rows.map((r) => [r.text, r.speakerId === null, r.basis])).toEqual([
      ['We will win,', false, 'cue-after'],
      ['a plan nobody ever wanted to read at all', true, 'unattributed'],
    ]);
    expect(new Set(rows.map((r) => r.extractorVersion))).toEqual(new Set([extractorVersion]));
  });

  it('stores learned stakeholders with their origin and confidence; only confident ones name later articles', async () => {
    await ingestArticle(database.db, { title: 'Votes', body: '“We will win,” said Jane Pell, the party’s chairwoman. “Maybe,” Pell added. Quorm said nothing.' });
    const rows = await database.db.select({ name: stakeholders.name, origin: stakeholders.origin, confidence: stakeholders.confidence }).from(stakeholders).where(eq(stakeholders.origin, 'LEARNED'));
    expect(rows).toContainEqual({ name: 'Jane Pell', origin: 'LEARNED', confidence: expect.closeTo(0.9, 5) });
    const catalogue = await currentCatalogue(database.db);
    expect(catalogue.stakeholders.map((s) => s.name)).toContain('Jane Pell');
    for (const s of catalogue.stakeholders.filter((x) => !['CATALOGUE'].includes(x.slug))) expect(s.name).not.toBe('Quorm');
  });

  it('answers EXTRACTION_FAILED and stores nothing when the extractor throws', async () => {
    const failing: Extractor = async () => {
      throw new Error('a bug');
    };
    await expect(ingestArticle(database.db, { title: 'Broken', body }, async (a, c) => extractInline(a, { ...c, get topics(): never { throw new Error('a bug'); } }))).rejects.toBeInstanceOf(ExtractionFailed);
    await expect(ingestArticle(database.db, { title: 'Broken', body }, failing)).rejects.toThrow('a bug');
    expect(await database.db.select().from(articles)).toEqual([]);
  });
});

describe('the extraction catalogue', () => {
  it('is cached until its version moves, whichever process moved it', async () => {
    const first = await currentCatalogue(database.db);
    expect(await currentCatalogue(database.db)).toBe(first);
    // Another instance's editor write: it bumps the version in the shared database.
    await database.db.insert(stakeholders).values({ slug: 'new-editor-entry', name: 'New Editor Entry', kind: 'PERSON', origin: 'EDITOR' });
    await database.db.update(streamState).set({ catalogueVersion: sql`${streamState.catalogueVersion} + 1` });
    const second = await currentCatalogue(database.db);
    expect(second).not.toBe(first);
    expect(second.stakeholders.map((s) => s.slug)).toContain('new-editor-entry');
  });
});

describe('reextract', () => {
  /** An older extractor's output: the quotation's speaker wrong, and one statement the current one does not make. */
  const olderExtractor: Extractor = async (article, catalogue) => {
    const x: Extraction = extract(article, catalogue);
    const kept = x.statements[0];
    if (!kept) throw new Error('no statement');
    return { ...x, version: '0.9.0', statements: [kept, { ...kept, quote: 'said Jane', start: 15, end: 24, kind: 'REPORTED', basis: 'reported', clause: null, topics: [] }] };
  };

  it('keeps unchanged statements with their seq, removes what the current extractor no longer finds, and numbers new ones', async () => {
    const { articleId } = await ingestArticle(database.db, { title: 'Votes', body }, olderExtractor);
    const before = await stored(articleId);
    expect(before.map((r) => r.extractorVersion)).toEqual(['0.9.0', '0.9.0']);
    expect(await outdatedArticles(database.db)).toEqual([articleId]);

    const counts = await reextractArticle(database.db, articleId, extractInline);
    expect(counts).toEqual({ articles: 1, kept: 1, added: 1, removed: 1 });
    const after = await stored(articleId);
    expect(after[0]?.seq).toBe(before[0]?.seq);
    expect(after[1]?.seq).toBeGreaterThan(Math.max(...before.map((r) => r.seq)));
    expect(after.map((r) => r.text)).toEqual(['We will win,', 'a plan nobody ever wanted to read at all']);
    expect(await outdatedArticles(database.db)).toEqual([]);

    // Running it again changes nothing and numbers nothing.
    expect(await reextractArticle(database.db, articleId, extractInline)).toEqual({ articles: 1, kept: 2, added: 0, removed: 0 });
  });
});
