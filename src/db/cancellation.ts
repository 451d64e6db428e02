import { AsyncLocalStorage } from 'node:async_hooks';
import type postgres from 'postgres';
import type { PreparedReads } from './prepared-reads.js';

/**
 * The signal of the request a query runs for. The server enters it around each operation;
 * every postgres.js query started inside is cancelled when it aborts (deadline passed, client
 * gone), so Postgres stops working for nobody.
 */
const requestSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` so that the database queries it starts are cancelled when `signal` aborts. */
export function withQuerySignal<T>(signal: AbortSignal, work: () => T): T {
  return requestSignal.run(signal, work);
}

/** A query that waited this long for a pooled connection fails with this code (SERVICE_UNAVAILABLE). */
export class PoolAcquireTimeout extends Error {
  readonly code = 'POOL_ACQUIRE_TIMEOUT';
  constructor(ms: number) {
    super(`no database connection became free within ${ms} ms`);
  }
}

interface PendingQuery {
  cancel(): unknown;
  then: Promise<unknown>['then'];
  /** set by postgres.js once a connection has taken the query (src/index.js `cancel`) */
  state?: unknown;
}

function track<Q extends PendingQuery>(query: Q, acquireTimeoutMs: number): Q {
  const signal = requestSignal.getStore();
  let acquireTimedOut = false;
  const onAbort = () => void query.cancel();
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  // postgres.js queues a query while every connection is busy or (re)connecting; bound the wait.
  const acquire = setTimeout(() => {
    if (query.state !== undefined) return;
    acquireTimedOut = true;
    void query.cancel();
  }, acquireTimeoutMs);
  acquire.unref();
  const settle = () => {
    clearTimeout(acquire);
    signal?.removeEventListener('abort', onAbort);
  };
  const wrapped = query.then(
    (value) => {
      settle();
      return value;
    },
    (error: unknown) => {
      settle();
      throw acquireTimedOut ? Object.assign(new PoolAcquireTimeout(acquireTimeoutMs), { cause: error }) : error;
    },
  );
  // Callers await the query itself; hand them the outcome with the reason attached. Methods
  // that return the query (drizzle calls `.values()`) return this proxy, never the bare query.
  const proxy: Q = new Proxy(query, {
    get(target, property) {
      if (property === 'then') return wrapped.then.bind(wrapped);
      if (property === 'catch') return wrapped.catch.bind(wrapped);
      if (property === 'finally') return wrapped.finally.bind(wrapped);
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        return result === target ? proxy : result;
      };
    },
  });
  return proxy;
}

type Client = postgres.Sql | postgres.TransactionSql;

/**
 * The postgres.js client drizzle is given, with every query tracked: cancelled with its
 * request, bounded in how long it may wait for a connection, and prepared when `prepared`
 * admits it (see prepared-reads.ts). Drizzle calls `unsafe` for
 * queries and `begin`/`savepoint` for transactions (drizzle-orm/postgres-js/session.js).
 */
export function guardQueries<T extends Client>(sql: T, acquireTimeoutMs: number, prepared: PreparedReads): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === 'unsafe') {
        const unsafe: postgres.Sql['unsafe'] = target.unsafe.bind(target);
        return (...[text, parameters, options]: Parameters<postgres.Sql['unsafe']>) =>
          track(unsafe(text, parameters, prepared.admits(text) ? { ...options, prepare: true } : options), acquireTimeoutMs);
      }
      if (property === 'begin' || property === 'savepoint') {
        return (...args: unknown[]) =>
          value.apply(
            target,
            args.map((arg) => (typeof arg === 'function' ? (tx: postgres.TransactionSql) => arg(guardQueries(tx, acquireTimeoutMs, prepared)) : arg)),
          );
      }
      return value.bind(target);
    },
  });
}
