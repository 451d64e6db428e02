/**
 * The server side of the fan-out benchmark, in its own process so its memory and CPU are
 * its own. Driven over IPC by bench/fanout.ts: it ingests on request and reports when each
 * statement committed, how many subscribers it holds, and its heap after a GC.
 */
import { eq } from 'drizzle-orm';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { statements } from '../src/db/schema.js';
import { createLogger } from '../src/logger.js';
import { readCatalogue } from '../src/seeds/files.js';
import { ingestArticle } from '../src/services/articles.js';
import { storeCatalogue } from '../src/services/catalogue.js';

export type Request =
  | { type: 'ingest'; id: number; articles: number; quotes: number; pauseMs: number }
  | { type: 'stats'; id: number }
  | { type: 'stop'; id: number };
export type RequestBody = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

const send = (message: unknown) => process.send?.(message);
const wallClock = () => performance.timeOrigin + performance.now();

const config = loadConfig();
const database = await openDatabase({ url: config.DATABASE_URL });
await storeCatalogue(database.db, await readCatalogue());
const app = buildApp({ database, logger: createLogger('warn'), events: { queueCapacity: 10_000 } });
const { port } = await app.start(0, '127.0.0.1');
send({ type: 'ready', port });

let batch = 0;
process.on('message', async (request: Request) => {
  if (request.type === 'ingest') {
    const commits: [number, number][] = [];
    for (let a = 0; a < request.articles; a++) {
      batch += 1;
      const body = Array.from({ length: request.quotes }, (_, q) => `Vladimir Putin said: “Bench ${process.pid} ${batch} statement ${q}.”`).join('\n\n');
      const { articleId } = await ingestArticle(database.db, { title: `Bench ${process.pid} ${batch}`, body });
      const committedAt = wallClock();
      const rows = await database.db.select({ seq: statements.seq }).from(statements).where(eq(statements.articleId, articleId));
      for (const row of rows) commits.push([row.seq, committedAt]);
      // A feed, not a bulk load: articles arrive apart, as they do from newsrooms.
      await new Promise((resolve) => setTimeout(resolve, request.pauseMs));
    }
    send({ type: 'ingested', id: request.id, commits });
  } else if (request.type === 'stats') {
    globalThis.gc?.();
    send({ type: 'stats', id: request.id, subscribers: app.events.subscriberCount, heapUsed: process.memoryUsage().heapUsed });
  } else {
    await app.stop();
    await database.close();
    send({ type: 'stopped', id: request.id });
    process.exit(0);
  }
});
