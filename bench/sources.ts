/**
 * The poller end to end (`npm run bench:sources [-- ARTICLES]`, default 60): a local site on
 * 127.0.0.1 serves an RSS feed of ARTICLES pages shaped like news sites'; Parley (in this process,
 * on the configured engine) follows it with the poller's defaults except the politeness delay (0)
 * and items per poll (all); a graphql-ws subscriber counts the statements. Also times reading one
 * page (Readability over linkedom) on its own.
 */
import os from 'node:os';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { createLogger } from '../src/logger.js';
import { readCatalogue } from '../src/seeds/files.js';
import { buildApp } from '../src/server/app.js';
import { storeCatalogue } from '../src/services/catalogue.js';
import { addSource } from '../src/services/sources.js';
import { readPage } from '../src/sources/page.js';
import { articlePage, articles, rssFeed } from '../tests/sources/fixtures.js';
import { document, startSite } from '../tests/sources/fixture-site.js';
import { publish, retitled } from '../tests/sources/support.js';

const count = Number(process.argv[2] ?? 60);
const run = Date.now().toString(36);
const config = loadConfig();

const page = articlePage(articles[0]!);
const reads: number[] = [];
for (let i = 0; i < 300; i++) {
  const t = performance.now();
  readPage(page, 200_000);
  reads.push(performance.now() - t);
}
reads.sort((a, b) => a - b);

const site = await startSite();
const stories = Array.from({ length: count }, (_, i) => retitled(articles[i % articles.length]!, `${run}-${i}`));
site.route('/rss.xml', document(rssFeed(publish(site, `/${run}`, stories)), 'application/rss+xml'));
const expected = stories.reduce((n, s) => n + s.statements.length, 0);

const database = await openDatabase({ url: config.DATABASE_URL });
await storeCatalogue(database.db, await readCatalogue());
const settings = { ...config, SOURCES_POLL: true, SOURCES_ALLOW_PRIVATE: true, SOURCES_HOST_DELAY_MS: 0, SOURCES_ITEMS_PER_POLL: count, SOURCES_TICK_MS: 100 };
const app = buildApp({ database, logger: createLogger('warn'), settings });
const { port } = await app.start(0, '127.0.0.1');

const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
let received = 0;
let firstAt = 0;
let started = 0;
const done = new Promise<number>((resolve, reject) => {
  client.subscribe(
    { query: 'subscription { statementAdded { node { seq } } }' },
    {
      next: () => {
        received += 1;
        if (received === 1) firstAt = performance.now();
        if (received === expected) resolve(performance.now());
      },
      error: reject,
      complete: () => reject(new Error('stream ended')),
    },
  );
});
while (app.events.subscriberCount === 0) await new Promise((resolve) => setTimeout(resolve, 20));

started = performance.now();
await addSource(database.db, { url: site.url('/rss.xml'), kind: 'RSS', name: `bench ${run}`, pollIntervalSeconds: 3600 }, 1);
const finished = await done;
const seconds = (finished - started) / 1000;

console.log(`${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${database.engine}`);
console.table({
  'reading one page': { 'median ms': +reads[150]!.toFixed(2), 'p99 ms': +reads[297]!.toFixed(2) },
  [`${count} articles through the poller`]: {
    statements: received,
    's from addSource to last statement': +seconds.toFixed(2),
    'ms to first statement': Math.round(firstAt - started),
    'articles/s': +(count / seconds).toFixed(1),
  },
});
await client.dispose();
await app.stop();
await database.close();
await site.close();
