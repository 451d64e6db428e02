import { buildApp } from './server/app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { createLogger } from './logger.js';
import { hasNoArticles, seedDatabase } from './services/seed.js';
import { ensureAdminToken } from './services/tokens.js';

function readConfig() {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createLogger(config.LOG_LEVEL);
const embedded = !config.DATABASE_URL;
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: embedded ? config.DATA_DIR : undefined });
logger.info({ engine: database.engine, dataDir: embedded ? config.DATA_DIR : undefined }, 'database ready');

if (config.PARLEY_ADMIN_TOKEN) await ensureAdminToken(database.db, config.PARLEY_ADMIN_TOKEN);

if (await hasNoArticles(database.db)) {
  const report = await seedDatabase(database.db);
  logger.info(report, 'empty database: seed articles loaded');
}

const app = buildApp({
  database,
  logger,
  introspection: config.GRAPHQL_INTROSPECTION,
  mutationsPerMinute: config.MUTATIONS_PER_MINUTE,
  graphiql: config.GRAPHIQL,
});
const { port } = await app.start(config.PORT, config.HOST);
logger.info(`Parley is serving the live page at http://localhost:${port}/ and ${config.GRAPHIQL ? 'GraphiQL' : 'GraphQL'} at http://localhost:${port}/graphql`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await app.stop();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
