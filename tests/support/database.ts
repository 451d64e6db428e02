import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { loadConfig } from '../../src/config.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';

export interface TestDatabase extends DatabaseHandle {
  /** postgres:// URL of this file's database on a server; undefined on PGlite */
  url: string | undefined;
  /** SQL statements sent since the last `resetQueryLog()`. */
  queries: string[];
  resetQueryLog(): void;
  /** Deletes every row, keeping the schema: tests in one file share the engine, not data. */
  truncate(): Promise<void>;
  /** Closes the engine and, on a server, drops the database made for this file. */
  dispose(): Promise<void>;
}

const tables = ['positions', 'statement_topics', 'statements', 'article_mentions', 'source_items', 'articles', 'sources', 'topics', 'stakeholders', 'api_tokens'];

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the server at DATABASE_URL, so runs never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { DATABASE_URL: serverUrl } = loadConfig();
  const queries: string[] = [];
  const onQuery = (sql: string) => void queries.push(sql);
  let url: string | undefined;
  let dropDatabase = async () => {};
  if (serverUrl) {
    const name = `parley_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    dropDatabase = async () => {
      const cleaner = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleaner.unsafe(`drop database if exists ${name} with (force)`);
      await cleaner.end();
    };
  }
  const handle = await openDatabase({ url, onQuery });
  return {
    ...handle,
    url,
    queries,
    resetQueryLog: () => void queries.splice(0),
    truncate: async () => {
      await handle.db.execute(`truncate ${tables.join(', ')} restart identity cascade`);
      await handle.db.execute('update stream_state set last_seq = 0');
    },
    dispose: async () => {
      await handle.close();
      await dropDatabase();
    },
  };
}
