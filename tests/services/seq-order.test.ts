import { gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { articles, statements } from '../../src/db/schema.js';
import { appendStatements, type NewStatement } from '../../src/services/statements.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/** Known while tests are collected: only a server runs two transactions at once. */
const onServer = Boolean(loadConfig().DATABASE_URL);

let database: TestDatabase;

beforeAll(async () => {
  if (onServer) database = await createTestDatabase();
});

afterAll(async () => {
  await database?.dispose();
});

async function until(done: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Backends of this test's database waiting for a lock another transaction holds. */
async function waitingOnLocks(): Promise<number> {
  const rows = await database.db.execute(
    sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return (rows as unknown as { n: number }[])[0]?.n ?? 0;
}

describe.skipIf(!onServer)('seq order (server only: PGlite serves one connection, so two transactions never overlap)', () => {
  it('is commit order: a reader following seq > head never skips a number, even when the first to take one commits last', async () => {
    await database.truncate();
    const [article] = await database.db
      .insert(articles)
      .values({ title: 'Talks', body: 'first second', contentHash: 'seq-order' })
      .returning({ id: articles.id });
    const row = (text: string): NewStatement => ({ articleId: article!.id, speakerId: null, text, kind: 'DIRECT', startOffset: 0, endOffset: text.length, confidence: 1 });

    const commits: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let numbered = () => {};
    const firstNumbered = new Promise<void>((resolve) => (numbered = resolve));
    // The first transaction takes its number, then stays open until told to commit.
    const first = database.db
      .transaction(async (tx) => {
        await appendStatements(tx, [row('first')]);
        numbered();
        await held;
      })
      .then(() => void commits.push('first'));
    await firstNumbered;
    const second = database.db.transaction((tx) => appendStatements(tx, [row('second')])).then(() => void commits.push('second'));
    // Either the second waits for the first (the stream_state row lock), or it got through.
    await until(async () => commits.includes('second') || (await waitingOnLocks()) > 0);

    let head = 0;
    const seen: number[] = [];
    const follow = async () => {
      const rows = await database.db.select({ seq: statements.seq }).from(statements).where(gt(statements.seq, head)).orderBy(statements.seq);
      for (const r of rows) seen.push(r.seq);
      head = seen.at(-1) ?? head;
    };
    await follow(); // while the first transaction is still open
    release();
    await Promise.all([first, second]);
    await follow();

    // Without the lock the second commits seq 2 first, the reader moves its head to 2 and never sees 1.
    expect(seen).toEqual([1, 2]);
    expect(commits).toEqual(['first', 'second']);
  });
});
