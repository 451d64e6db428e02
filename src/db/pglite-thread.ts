import { Worker } from 'node:worker_threads';
import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { workerModule } from './worker-module.js';

/** Messages to the PGlite thread (pglite-worker.ts). */
export type Request = { id: number } & (
  | { kind: 'query'; sql: string; params: unknown[] | undefined; rowMode: QueryOptions['rowMode']; tx?: number | undefined }
  | { kind: 'begin' }
  | { kind: 'end'; tx: number; commit: boolean }
  | { kind: 'listen'; channel: string; listener: number }
  | { kind: 'unlisten'; listener: number }
  | { kind: 'close' }
);

/** Messages from it. */
export type Reply =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; result: unknown }
  | { kind: 'error'; id: number; error: { message: string; name?: string; code?: unknown } & Record<string, unknown> }
  | { kind: 'notify'; listener: number; payload: string };

type Body<K extends Request['kind']> = Omit<Extract<Request, { kind: K }>, 'id'>;

/** An error raised in the PGlite thread, with its SQLSTATE `code` so callers can classify it. */
export class PGliteThreadError extends Error {
  constructor(fields: Extract<Reply, { kind: 'error' }>['error']) {
    super(fields.message);
    Object.assign(this, fields);
  }
}


/**
 * The part of PGlite's API drizzle's driver and Parley use (`query`, `transaction`, `listen`,
 * `close`), answered by PGlite running in a worker thread. A transaction stays on the one
 * engine and holds it, as PGlite itself does; LISTEN callbacks arrive as messages.
 */
export class PGliteThread {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  private readonly listeners = new Map<number, (payload: string) => void>();
  private exited: Error | null = null;

  private constructor(dataDir: string | undefined) {
    const { filename, workerData } = workerModule(import.meta.url, 'pglite-worker');
    this.worker = new Worker(filename, { workerData: { ...workerData, dataDir } });
    this.worker.on('message', (reply: Reply) => this.receive(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the PGlite thread exited with code ${code}`)));
  }

  /** Starts the thread and resolves once PGlite is open in it. */
  static async start(dataDir: string | undefined): Promise<PGliteThread> {
    const thread = new PGliteThread(dataDir);
    await new Promise<void>((resolve, reject) => {
      thread.ready = resolve;
      thread.worker.once('error', reject);
      thread.worker.once('exit', () => reject(thread.exited));
    });
    return thread;
  }

  private ready: () => void = () => {};

  private receive(reply: Reply): void {
    if (reply.kind === 'ready') return this.ready();
    if (reply.kind === 'notify') return this.listeners.get(reply.listener)?.(reply.payload);
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.kind === 'result') waiting?.resolve(reply.result);
    else waiting?.reject(new PGliteThreadError(reply.error));
  }

  private fail(error: Error): void {
    this.exited ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private call<K extends Request['kind']>(body: Body<K>): Promise<unknown> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id });
    });
  }

  private runQuery<T>(sql: string, params: unknown[] | undefined, options: QueryOptions | undefined, tx?: number): Promise<Results<T>> {
    // Parsers are functions and stay behind: the thread applies drizzle's own (see pglite-worker.ts).
    return this.call<'query'>({ kind: 'query', sql, params, rowMode: options?.rowMode, tx }) as Promise<Results<T>>;
  }

  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.runQuery<T>(sql, params, options);
  }

  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = (await this.call<'begin'>({ kind: 'begin' })) as number;
    const tx: Pick<Transaction, 'query'> = { query: (sql, params, options) => this.runQuery(sql, params, options, id) };
    let result: T;
    try {
      // Drizzle's transaction object only ever calls `query` on it (drizzle-orm/pglite/session.js).
      result = await work(tx as Transaction);
    } catch (error) {
      await this.call<'end'>({ kind: 'end', tx: id, commit: false });
      throw error;
    }
    await this.call<'end'>({ kind: 'end', tx: id, commit: true });
    return result;
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const listener = this.nextId++;
    this.listeners.set(listener, onNotify);
    await this.call<'listen'>({ kind: 'listen', channel, listener });
    return async () => {
      this.listeners.delete(listener);
      await this.call<'unlisten'>({ kind: 'unlisten', listener });
    };
  }

  async close(): Promise<void> {
    if (!this.exited) await this.call<'close'>({ kind: 'close' }).catch(() => {});
    await this.worker.terminate();
  }

  /**
   * For drizzle's PGlite driver, which is typed for the PGlite class but calls only `query`
   * and `transaction` on it; the check below keeps those two signatures honest.
   */
  asPGlite(): PGlite {
    const client: Pick<PGlite, 'query' | 'transaction'> = this;
    return client as PGlite;
  }
}
