import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statements } from '../../src/db/schema.js';
import { articleSaying } from '../support/dataset.js';
import { storeArticle } from '../../src/services/ingest.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';
import { startTestServer } from '../support/server.js';

let seeded: SeededServer;
const leftovers: (() => unknown)[] = [];

beforeAll(async () => {
  seeded = await startSeededServer();
});

afterAll(async () => {
  for (const dispose of leftovers.splice(0).reverse()) await dispose();
  await seeded?.stop();
});

/**
 * Polls `/health` until `work` settles; returns the median and slowest answer (ms), how many
 * came, and the outcome. On the shared 2-core machine the worker thread, the other test file
 * and other work compete for the cores, so single answers wait for the OS scheduler: tests
 * judge the median against 50 ms and the slowest against 1 s. A blocked event loop (the old
 * behaviour: 9 minutes for a search, 49 s for this article) fails both at once.
 */
async function healthWhile(base: string, work: Promise<unknown>) {
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  const times: number[] = [];
  let answers = 0;
  while (!done) {
    const started = performance.now();
    const response = await fetch(`${base}/health`);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status === 200) answers += 1;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.POSITIVE_INFINITY;
  const slowest = times.at(-1) ?? Number.POSITIVE_INFINITY;
  return { median, slowest, answers, outcome: await settled.then(() => 'done', (error: unknown) => error) };
}

const baseOf = (url: string) => url.replace('/graphql', '');

describe('the event loop', () => {
  it('answers /health within 50 ms (median; 1 s at worst) while the database runs a heavy query', async () => {
    const heavy = seeded.database.db.execute(sql`select count(*) from generate_series(1, 8000000) a, generate_series(1, 1) b`);
    const { median, slowest, answers } = await healthWhile(baseOf(seeded.server.url), heavy);
    expect(answers).toBeGreaterThan(5);
    expect(median).toBeLessThan(50);
    expect(slowest).toBeLessThan(1_000);
  });

  it('ends a runaway extraction in EXTRACTION_TIMEOUT, answering /health meanwhile and storing nothing', async () => {
    const runaway = new URL('../support/runaway-extraction-worker.ts', import.meta.url);
    const tight = await startTestServer(seeded.database, { settings: { EXTRACTION_TIMEOUT_MS: 1_000 }, extractionWorker: runaway });
    leftovers.push(() => tight.stop());
    const ingest = (title: string, body: string) =>
      tight.graphql('mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }', { input: { title, body } }, seeded.tokens.ingest);
    const [before] = await seeded.database.db.select({ n: count() }).from(statements);
    let result: Awaited<ReturnType<typeof ingest>> | undefined;
    const { median, slowest, outcome } = await healthWhile(baseOf(tight.url), ingest('Runaway', 'Vladimir Putin said: “This never ends.”').then((r) => (result = r)));
    expect(outcome).toBe('done');
    expect(result?.errors?.[0]?.extensions?.code).toBe('EXTRACTION_TIMEOUT');
    expect(median).toBeLessThan(50);
    expect(slowest).toBeLessThan(1_000);
    const [after] = await seeded.database.db.select({ n: count() }).from(statements);
    expect(after?.n).toBe(before?.n);
  });
});

describe('large articles', () => {
  it('stores an article with 8 000 statements (more than one insert can carry)', async () => {
    const said = Array.from({ length: 8_000 }, (_, i) => ({ speaker: 'vladimir-putin', quote: `Statement number ${i}.` }));
    const { input, extraction } = articleSaying('Eight thousand statements', said);
    const result = await storeArticle(seeded.database.db, input, extraction);
    expect(result.statements).toBe(8_000);
  });
});
