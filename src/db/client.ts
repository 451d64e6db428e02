import { mkdir } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgAsyncDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { guardQueries } from './cancellation.js';
import { PreparedReads } from './prepared-reads.js';
import { lockDataDir } from './data-dir-lock.js';
import { PGliteThread } from './pglite-thread.js';
import { relations } from './relations.js';

/** The drizzle database, whichever engine is behind it. */
export type Database = PgAsyncDatabase<PgQueryResultHKT, typeof relations>;

export type Engine = 'pglite' | 'postgres';

/** A live LISTEN session on one channel. */
export interface Subscription {
  /** Resolves when the session ends for any reason other than `close()`. */
  lost: Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  /**
   * Opens a dedicated LISTEN session. It does not reconnect by itself: the caller owns
   * reconnection, because only the caller knows which events it must back-fill.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<Subscription>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL of a server; when absent, embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; when absent (and no url), PGlite runs in memory. */
  dataDir?: string | undefined;
  /** Who opens a PGlite data directory, as its lock names it for a refused second opener. Default: the script run. */
  holder?: { role: string; port?: number | undefined } | undefined;
  /** Called with every SQL statement drizzle sends; used to pin query counts in tests. */
  onQuery?: ((sql: string, params: unknown[]) => void) | undefined;
  /** postgres.js pool size. Default 10. */
  poolSize?: number | undefined;
  /** Postgres `statement_timeout` of pooled connections, in ms. Default 5 000. */
  statementTimeoutMs?: number | undefined;
  /** How long opening a connection may take, in ms. Default 2 000. */
  connectTimeoutMs?: number | undefined;
  /** How long a query may wait for a pooled connection, in ms. Default 3 000. */
  acquireTimeoutMs?: number | undefined;
  /** Pooled connections idle this long are closed, in s. Default 60. */
  idleTimeoutS?: number | undefined;
  /** Pooled connections are replaced after this long, in s. Default 1 800. */
  maxLifetimeS?: number | undefined;
  /** Distinct read statements prepared per process (db/prepared-reads.ts). Default 500. */
  preparedStatements?: number | undefined;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

function queryLogger(onQuery: DatabaseOptions['onQuery']): Logger | undefined {
  return onQuery && { logQuery: (sql, params) => onQuery(sql, params) };
}

/** Opens the configured engine and brings its schema up to date with `drizzle/`. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const logger = queryLogger(options.onQuery);
  if (options.url) return openServer(options.url, options, logger);
  // PGlite is single-process: the data directory is locked before PGlite reads a byte of it.
  const { dataDir } = options;
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const lock = dataDir ? await lockDataDir(dataDir, options.holder ?? scriptHolder()) : undefined;
  let thread: PGliteThread;
  try {
    // In its own thread: a heavy query must never hold the server's event loop.
    thread = await PGliteThread.start(options.dataDir);
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const close = async () => {
    await thread.close();
    await lock?.release();
  };
  const db = drizzlePglite({ client: thread.asPGlite(), relations, logger });
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    db,
    engine: 'pglite',
    // Embedded: the session lives as long as the engine, so it is never lost.
    listen: async (channel, onNotify) => {
      const unlisten = await thread.listen(quoteIdentifier(channel), onNotify);
      return { lost: new Promise<void>(() => {}), close: unlisten };
    },
    close,
  };
}

/** "the ingest command" for src/cli/ingest.ts or dist/cli/ingest.js: what a refused opener is told to stop. */
function scriptHolder(): { role: string } {
  const script = process.argv[1];
  return { role: script ? `the ${basename(script, extname(script))} command` : `process ${process.title}` };
}

/**
 * postgres.js with every wait bounded: opening a connection (`connect_timeout`), waiting for
 * a free one, and each statement (`statement_timeout`); so an outage or an overload turns
 * into a fast SERVICE_UNAVAILABLE or TIMEOUT instead of a hanging request.
 */
async function openServer(url: string, options: DatabaseOptions, logger: Logger | undefined): Promise<DatabaseHandle> {
  const connectTimeoutS = (options.connectTimeoutMs ?? 2_000) / 1000;
  const client = postgres(url, {
    max: options.poolSize ?? 10,
    connect_timeout: connectTimeoutS,
    idle_timeout: options.idleTimeoutS ?? 60,
    max_lifetime: options.maxLifetimeS ?? 1_800,
    connection: { statement_timeout: options.statementTimeoutMs ?? 5_000 },
    onnotice: () => {},
  });
  const db = drizzlePostgres({ client: guardQueries(client, options.acquireTimeoutMs ?? 3_000, new PreparedReads(options.preparedStatements ?? 500)), relations, logger });
  try {
    await migratePostgres(db, { migrationsFolder });
  } catch (error) {
    await client.end({ timeout: 0 });
    throw error;
  }
  return {
    db,
    engine: 'postgres',
    listen: (channel, onNotify) => listenOnServer(url, connectTimeoutS, channel, onNotify),
    close: () => client.end({ timeout: 5 }),
  };
}

/** PGlite passes the channel to LISTEN verbatim; quote it so any name works. */
function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * postgres.js delivers every notification of a connection to `onnotify` (src/connection.js),
 * but its typings leave the option out. Its own `sql.listen` re-listens after a drop yet
 * swallows a failed re-listen, so Parley drives the LISTEN connection itself.
 */
type ListenerOptions = postgres.Options<Record<string, never>> & {
  onnotify: (channel: string, payload: string) => void;
};

/** One connection of its own, outside the pool, so a LISTEN never waits behind queries. */
async function listenOnServer(url: string, connectTimeoutS: number, channel: string, onNotify: (payload: string) => void): Promise<Subscription> {
  let closing = false;
  let markLost: () => void = () => {};
  const lost = new Promise<void>((resolve) => {
    markLost = resolve;
  });
  const options: ListenerOptions = {
    max: 1,
    connect_timeout: connectTimeoutS,
    idle_timeout: 0,
    max_lifetime: null,
    fetch_types: false,
    onnotice: () => {},
    onnotify: (name, payload) => name === channel && onNotify(payload),
    onclose: () => void (closing || markLost()),
  };
  const connection = postgres(url, options);
  try {
    await connection.unsafe(`listen ${quoteIdentifier(channel)}`);
  } catch (error) {
    await connection.end({ timeout: 0 });
    throw error;
  }
  return {
    lost,
    close: async () => {
      closing = true;
      await connection.end({ timeout: 1 });
    },
  };
}
