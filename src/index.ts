import closeWithGrace from 'close-with-grace';
import { buildApp } from './server/app.js';
import { readConfig } from './cli/setup.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { checkPortFree, PortUnavailableError } from './server/port.js';
import { createLogger } from './logger.js';
import { hasNoArticles, seedDatabase } from './services/seed.js';
import { ensureAdminToken } from './services/tokens.js';

async function main() {
  const config = readConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, maxString: config.LOG_MAX_STRING });
  const embedded = !config.DATABASE_URL;
  // Before the database: a server that cannot listen must not open (or create) a data directory.
  const port = await checkPortFree(config.PORT, config.HOST);
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: embedded ? config.DATA_DIR : undefined,
    poolSize: config.DB_POOL_SIZE,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
    idleTimeoutS: config.DB_IDLE_TIMEOUT_S,
    maxLifetimeS: config.DB_MAX_LIFETIME_S,
    preparedStatements: config.DB_PREPARED_STATEMENTS,
    holder: { role: 'server', port },
  });
  logger.info({ engine: database.engine, dataDir: embedded ? config.DATA_DIR : undefined }, 'database ready');

  if (config.PARLEY_ADMIN_TOKEN) await ensureAdminToken(database.db, config.PARLEY_ADMIN_TOKEN);

  if (await hasNoArticles(database.db)) {
    const report = await seedDatabase(database.db);
    logger.info(report, 'empty database: seed articles loaded');
  }

  const app = buildApp({ database, logger, settings: config });
  await app.start(port, config.HOST).catch(async (error: unknown) => {
    // Lost the port to another process since the check: leave the database as it was.
    await database.close();
    throw error;
  });
  logger.info(`Parley is serving the live page at http://localhost:${port}/ and ${config.GRAPHIQL ? 'GraphiQL' : 'GraphQL'} at http://localhost:${port}/graphql`);

  // SIGINT/SIGTERM (and a crash): drain in-flight requests and streams, then close the
  // database; past the deadline (plus a margin for the database) the process exits anyway.
  closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS + 5_000, logger: { error: (message) => logger.error(message) } }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an unexpected error');
    else logger.info({ signal }, 'shutting down');
    await app.stop();
    await database.close();
  });
}

main().catch((err: unknown) => {
  // Expected start-up failures are one line an operator can act on; anything else keeps its stack.
  console.error(err instanceof PortUnavailableError || err instanceof DataDirLockedError ? err.message : err);
  process.exit(1);
});
