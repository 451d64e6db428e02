import { count } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articles, positions, stakeholders, statements } from '../../src/db/schema.js';
import { deleteArticle } from '../../src/services/articles.js';
import { contentHash, storeArticle } from '../../src/services/ingest.js';
import { seedDatabase } from '../../src/services/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { articleSaying, storeTestCatalogue } from '../support/dataset.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.dispose();
});

beforeEach(async () => {
  await database.truncate();
});

async function counts() {
  const table = async (t: typeof articles | typeof statements | typeof stakeholders | typeof positions) =>
    (await database.db.select({ n: count() }).from(t))[0]?.n;
  return { articles: await table(articles), statements: await table(statements), stakeholders: await table(stakeholders), positions: await table(positions) };
}

describe('storing an article', () => {
  it('leaves the database as it was when any step fails', async () => {
    await storeTestCatalogue(database.db);
    const before = await counts();
    const { input, extraction } = articleSaying('Broken', [{ speaker: 'vladimir-putin', quote: 'fine', topics: ['peace-talks'], stance: 'SUPPORTS' }]);
    // A position whose holder the extraction never introduced: found only after the article,
    // its stakeholders and statements were written.
    extraction.positions.push({ ...extraction.positions[0]!, stakeholder: 'unheard-of' });
    await expect(storeArticle(database.db, input, extraction)).rejects.toThrow(/unknown stakeholder "unheard-of"/);
    expect(await counts()).toEqual(before);
  });

  it('numbers statements consecutively across articles, in reading order', async () => {
    await storeTestCatalogue(database.db);
    for (const title of ['One', 'Two']) {
      const { input, extraction } = articleSaying(title, [
        { speaker: 'vladimir-putin', quote: `${title} first` },
        { speaker: 'volodymyr-zelensky', quote: `${title} second` },
      ]);
      await storeArticle(database.db, input, extraction);
    }
    const rows = await database.db.select({ seq: statements.seq, text: statements.text }).from(statements).orderBy(statements.seq);
    expect(rows).toEqual([
      { seq: 1, text: 'One first' },
      { seq: 2, text: 'One second' },
      { seq: 3, text: 'Two first' },
      { seq: 4, text: 'Two second' },
    ]);
  });

  it('never hands out a seq twice, even after the latest statements are deleted', async () => {
    await storeTestCatalogue(database.db);
    const first = articleSaying('First', [{ speaker: 'vladimir-putin', quote: 'one' }, { speaker: 'vladimir-putin', quote: 'two' }]);
    const { articleId } = await storeArticle(database.db, first.input, first.extraction);
    await deleteArticle(database.db, articleId);
    const second = articleSaying('Second', [{ speaker: 'vladimir-putin', quote: 'three' }]);
    await storeArticle(database.db, second.input, second.extraction);
    const rows = await database.db.select({ seq: statements.seq, text: statements.text }).from(statements);
    expect(rows).toEqual([{ seq: 3, text: 'three' }]);
  });

  it('stores an article once: a second store of the same text changes nothing', async () => {
    await storeTestCatalogue(database.db);
    const { input, extraction } = articleSaying('Twice', [{ speaker: 'vladimir-putin', quote: 'said once', topics: ['peace-talks'], stance: 'SUPPORTS' }]);
    const first = await storeArticle(database.db, input, extraction);
    const before = await counts();
    const second = await storeArticle(database.db, { ...input, url: 'https://elsewhere.example/copy' }, extraction);
    expect(second).toEqual({ articleId: first.articleId, created: false, statements: 0, positions: 0 });
    expect(await counts()).toEqual(before);
  });

  it('identifies an article by its words, not its whitespace', () => {
    expect(contentHash({ title: 'A', body: 'x  y\n\nz' })).toBe(contentHash({ title: 'A', body: 'x y z' }));
    expect(contentHash({ title: 'A', body: 'x y z' })).not.toBe(contentHash({ title: 'B', body: 'x y z' }));
  });
});

describe('seeding', () => {
  it('loads the catalogue and the real seed articles through ingestion, and a second run changes nothing', async () => {
    const first = await seedDatabase(database.db);
    expect(first).toEqual({ created: 7, unchanged: 0 });
    const afterFirst = await counts();
    expect(afterFirst.statements).toBeGreaterThan(50);
    expect(await seedDatabase(database.db)).toEqual({ created: 0, unchanged: 7 });
    expect(await counts()).toEqual(afterFirst);
  });
});
