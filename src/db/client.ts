import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgAsyncDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { relations } from './relations.js';

/** The drizzle database, whichever engine is behind it. */
export type Database = PgAsyncDatabase<PgQueryResultHKT, typeof relations>;

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL of a server; when absent, embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; when absent (and no url), PGlite runs in memory. */
  dataDir?: string | undefined;
  /** Called with every SQL statement drizzle sends; used to pin query counts in tests. */
  onQuery?: ((sql: string, params: unknown[]) => void) | undefined;
  /** postgres.js pool size. Default 10. */
  poolSize?: number | undefined;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

function queryLogger(onQuery: DatabaseOptions['onQuery']): Logger | undefined {
  return onQuery && { logQuery: (sql, params) => onQuery(sql, params) };
}

/** Opens the configured engine and brings its schema up to date with `drizzle/`. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const logger = queryLogger(options.onQuery);
  if (options.url) {
    const client = postgres(options.url, { max: options.poolSize ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, relations, logger });
    await migratePostgres(db, { migrationsFolder });
    return { db, engine: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  const db = drizzlePglite({ client, relations, logger });
  await migratePglite(db, { migrationsFolder });
  return { db, engine: 'pglite', close: () => client.close() };
}
