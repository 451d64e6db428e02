import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { withQuerySignal } from '../../src/db/cancellation.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startTestServer } from '../support/server.js';

/** Known while tests are collected: cancellation needs a server backend to cancel. */
const onServer = Boolean(loadConfig().DATABASE_URL);

let database: TestDatabase;
let tight: DatabaseHandle;
const leftovers: (() => unknown)[] = [];

beforeAll(async () => {
  if (!onServer) return;
  database = await createTestDatabase();
  tight = await openDatabase({ url: database.url, statementTimeoutMs: 300 });
});

afterAll(async () => {
  for (const dispose of leftovers.splice(0).reverse()) await dispose();
  await tight?.close();
  await database?.dispose();
});

const codeOf = (error: unknown) => {
  for (let e = error; e; e = (e as { cause?: unknown }).cause) if ((e as { code?: string }).code) return (e as { code: string }).code;
  return undefined;
};
const sleepers = async () => {
  const rows = await database.db.execute(sql`select count(*)::int as n from pg_stat_activity where query like 'select pg_sleep%' and state = 'active'`);
  return (rows as unknown as { n: number }[])[0]?.n;
};

describe.skipIf(!onServer)('bounded database work (server only: PGlite has no backend to cancel)', () => {
  it('stops a statement at STATEMENT_TIMEOUT_MS', async () => {
    const started = performance.now();
    const error = await tight.db.execute(sql`select pg_sleep(5)`).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('57014');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('cancels a request’s statement in Postgres when its client goes away', async () => {
    const controller = new AbortController();
    const started = performance.now();
    // Drizzle queries run when awaited: await inside the scope, as resolvers do.
    const running = withQuerySignal(controller.signal, async () => await database.db.execute(sql`select pg_sleep(4)`)).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 200);
    expect(codeOf(await running)).toBe('57014');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await sleepers()).toBe(0);
  });

  it('answers TIMEOUT when an operation outlives REQUEST_TIMEOUT_MS', async () => {
    const server = await startTestServer(database, { settings: { REQUEST_TIMEOUT_MS: 1 } });
    leftovers.push(() => server.stop());
    const { errors } = await server.graphql('{ statements(first: 5) { totalCount nodes { text } } }');
    expect(errors?.[0]?.extensions?.code).toBe('TIMEOUT');
  });
});
