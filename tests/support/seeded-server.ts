import type { AppOptions } from '../../src/server/app.js';
import { readCatalogue } from '../../src/seeds/files.js';
import { storeCatalogue } from '../../src/services/catalogue.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { startTestServer, type TestServer } from './server.js';
import { issueTokens } from './tokens.js';

export interface SeededServer {
  database: TestDatabase;
  server: TestServer;
  /** bearer headers for an `ingest` and an `admin` token */
  tokens: Awaited<ReturnType<typeof issueTokens>>;
  /** stops the server, then drops the database */
  stop(): Promise<void>;
}

/** A test file's own database with the shipped catalogue, a server on a free port, and tokens. */
export async function startSeededServer(options: Partial<AppOptions> = {}): Promise<SeededServer> {
  const database = await createTestDatabase();
  const server = await startTestServer(database, options);
  await storeCatalogue(database.db, await readCatalogue());
  const tokens = await issueTokens(database.db);
  return {
    database,
    server,
    tokens,
    stop: async () => {
      await server.stop();
      await database.dispose();
    },
  };
}
