import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { PreparedReads } from '../../src/db/prepared-reads.js';
import { articles } from '../../src/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

describe('which statements are prepared', () => {
  it('admits reads up to the limit, then only the texts it already holds', () => {
    const reads = new PreparedReads(2);
    expect(reads.admits('select 1')).toBe(true);
    expect(reads.admits('  WITH x as (select 1) select * from x')).toBe(true);
    expect(reads.admits('select 2')).toBe(false);
    expect(reads.admits('select 1')).toBe(true);
    expect(reads.size).toBe(2);
  });

  it('never admits a write, DDL or session command', () => {
    const reads = new PreparedReads(10);
    for (const text of ['insert into t values (1)', 'update t set a = 1', 'delete from t', 'create table t (a int)', 'set statement_timeout = 1', 'selectivity']) {
      expect(reads.admits(text), text).toBe(false);
    }
    expect(reads.size).toBe(0);
  });

  it('prepares nothing with a limit of 0', () => {
    expect(new PreparedReads(0).admits('select 1')).toBe(false);
  });
});

/** Known while tests are collected: PGlite runs in-process, with no postgres.js in between. */
const onServer = Boolean(loadConfig().DATABASE_URL);

describe.skipIf(!onServer)('prepared reads on a server (one connection, so its session can be inspected)', () => {
  let database: TestDatabase;
  let single: DatabaseHandle;
  let off: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
    single = await openDatabase({ url: database.url, poolSize: 1 });
    off = await openDatabase({ url: database.url, poolSize: 1, preparedStatements: 0 });
  });

  afterAll(async () => {
    await single?.close();
    await off?.close();
    await database?.dispose();
  });

  const preparedRows = z.array(z.object({ statement: z.string() }));
  const preparedTexts = async (handle: DatabaseHandle) => {
    const rows = await handle.db.execute(sql`select statement from pg_prepared_statements`);
    return preparedRows.parse(rows).map((row) => row.statement);
  };

  it('runs a drizzle read as a named prepared statement, and a write unnamed', async () => {
    const read = single.db.query.articles.findMany({ columns: { title: true }, where: { id: 1 } });
    const text = read.toSQL().sql;
    await read;
    await single.db.update(articles).set({ title: 'x' }).where(eq(articles.id, 0));
    const texts = await preparedTexts(single);
    expect(texts).toContain(text);
    expect(texts.some((statement) => statement.startsWith('update'))).toBe(false);
  });

  it('prepares nothing with DB_PREPARED_STATEMENTS=0', async () => {
    const rows = await off.db.select({ id: articles.id }).from(articles).where(eq(articles.id, 1));
    expect(rows).toEqual([]);
    // postgres.js prepares its own statements (begin, commit, its type lookup) whatever the setting.
    expect((await preparedTexts(off)).filter((statement) => statement.includes('"articles"'))).toEqual([]);
  });
});
