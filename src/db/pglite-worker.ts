import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction, types } from '@electric-sql/pglite';
import type { Reply, Request } from './pglite-thread.js';

/**
 * PGlite in its own thread. Postgres compiled to WebAssembly runs on the thread that calls
 * it, so in the server's thread one heavy query froze everything, `/health` included. This
 * thread owns the engine; the server talks to it through pglite-thread.ts.
 */
if (!parentPort) throw new Error('pglite-worker.ts runs as a worker thread');
const port = parentPort;

// Drizzle's PGlite driver reads dates and intervals as text (drizzle-orm/pglite/session.js);
// its parser functions cannot cross threads, so the same table is applied here.
const asText = (value: string) => value;
const parsers = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((type) => [type, asText]),
);

const pg = await PGlite.create((workerData as { dataDir?: string }).dataDir);
/** Open transactions by id, and how to end each one. */
const transactions = new Map<number, { tx: Transaction; end(commit: boolean): void; done: Promise<unknown> }>();
/** The caller asked for a rollback: not an error to report. */
class RolledBack extends Error {}
let nextTransaction = 1;
const unlisteners = new Map<number, () => Promise<void>>();

const executor = (id: number | undefined) => {
  if (id === undefined) return pg;
  const open = transactions.get(id);
  if (!open) throw new Error(`transaction ${id} is not open`);
  return open.tx;
};

async function handle(request: Request): Promise<unknown> {
  switch (request.kind) {
    case 'query': {
      const result = await executor(request.tx).query(request.sql, request.params, { rowMode: request.rowMode, parsers });
      return { rows: result.rows, affectedRows: result.affectedRows, fields: result.fields.map(({ name, dataTypeID }) => ({ name, dataTypeID })) };
    }
    case 'begin':
      return new Promise<number>((started, failed) => {
        const id = nextTransaction++;
        let end: (commit: boolean) => void = () => {};
        // PGlite runs one transaction at a time and queues other queries behind it, as one connection would.
        const done = pg.transaction(
          (tx) =>
            new Promise<void>((commit, rollback) => {
              end = (ok) => (ok ? commit() : rollback(new RolledBack()));
              transactions.set(id, { tx, end: (ok) => end(ok), done });
              started(id);
            }),
        );
        done.catch(failed).finally(() => transactions.delete(id));
      });
    case 'end': {
      const open = transactions.get(request.tx);
      if (!open) throw new Error(`transaction ${request.tx} is not open`);
      open.end(request.commit);
      // A COMMIT can still fail (a deferred constraint): the caller must hear of it.
      await open.done.catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
      return null;
    }
    case 'listen': {
      const unlisten = await pg.listen(request.channel, (payload) => port.postMessage({ kind: 'notify', listener: request.listener, payload } satisfies Reply));
      unlisteners.set(request.listener, unlisten);
      return null;
    }
    case 'unlisten':
      await unlisteners.get(request.listener)?.();
      unlisteners.delete(request.listener);
      return null;
    case 'close':
      await pg.close();
      return null;
  }
}

/** Errors cross threads as plain data; the SQLSTATE `code` and message are what callers use. */
function serialise(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, detail, hint, position } = error as Error & Record<string, unknown>;
  return { message: error.message, name: error.name, code, detail, hint, position };
}

port.on('message', (request: Request) => {
  handle(request).then(
    (result) => port.postMessage({ kind: 'result', id: request.id, result } satisfies Reply),
    (error: unknown) => port.postMessage({ kind: 'error', id: request.id, error: serialise(error) } satisfies Reply),
  );
});
port.postMessage({ kind: 'ready' } satisfies Reply);
