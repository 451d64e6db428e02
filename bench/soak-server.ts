/**
 * The server side of the soak (bench/soak.ts), in its own process so its memory is its own:
 * Parley with the default limits on the configured engine, the shipped catalogue, an ingest
 * token. Reports its port and token, then its RSS whenever asked (over IPC).
 */
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { createLogger } from '../src/logger.js';
import { readCatalogue } from '../src/seeds/files.js';
import { buildApp } from '../src/server/app.js';
import { storeCatalogue } from '../src/services/catalogue.js';
import { createToken } from '../src/services/tokens.js';

const config = loadConfig();
const database = await openDatabase({ url: config.DATABASE_URL, statementTimeoutMs: config.STATEMENT_TIMEOUT_MS });
await storeCatalogue(database.db, await readCatalogue());
const token = await createToken(database.db, { name: 'soak', scopes: ['ingest'] });
const app = buildApp({ database, logger: createLogger('warn'), settings: config });
const { port } = await app.start(0, '127.0.0.1');
process.send?.({ type: 'ready', port, token: token.secret });

process.on('message', async (message: { type: 'rss' | 'stop' }) => {
  if (message.type === 'rss') {
    globalThis.gc?.();
    process.send?.({ type: 'rss', rss: process.memoryUsage().rss });
    return;
  }
  await app.stop();
  await database.close();
  process.exit(0);
});
