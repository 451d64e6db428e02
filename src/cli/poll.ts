import closeWithGrace from 'close-with-grace';
import { openDatabase } from '../db/client.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { createLogger } from '../logger.js';
import { createExtractionPool } from '../services/extraction.js';
import { createFetcher } from '../sources/fetch.js';
import { SourcePoller } from '../sources/poller.js';
import { fetcherOptions, pollerSettings } from '../sources/settings.js';
import { readConfig } from './setup.js';

/**
 * `npm run poll`: the source poller alone, without the API (for a separate worker, or with
 * SOURCES_POLL=false on the API servers). `npm run poll -- --once` polls what is due and exits.
 */
async function main() {
  const once = process.argv.includes('--once');
  const config = readConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, maxString: config.LOG_MAX_STRING });
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR,
    poolSize: config.DB_POOL_SIZE,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
  });
  const extraction = createExtractionPool({ threads: config.EXTRACTION_WORKERS, timeoutMs: config.EXTRACTION_TIMEOUT_MS });
  const fetcher = createFetcher(fetcherOptions(config));
  const poller = new SourcePoller({ db: database.db, fetcher, extract: extraction.extract, logger, settings: pollerSettings(config) });
  const close = async () => {
    await poller.stop();
    await extraction.close();
    await fetcher.close();
    await database.close();
  };
  if (once) {
    const polled = await poller.pollDue();
    logger.info({ polled }, 'due sources polled');
    await close();
    return;
  }
  poller.start();
  logger.info({ owner: poller.owner, tickMs: config.SOURCES_TICK_MS }, 'polling sources');
  closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS + 5_000, logger: { error: (message) => logger.error(message) } }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'poller stopping after an unexpected error');
    else logger.info({ signal }, 'poller stopping');
    await close();
  });
}

main().catch((err: unknown) => {
  // A data directory another process holds is one line; anything else keeps its stack.
  console.error(err instanceof DataDirLockedError ? err.message : err);
  process.exit(1);
});
