import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { Extractor } from '../services/extraction.js';
import { claimDueSources, finishPoll, type PollOutcome, releaseLease, type SourceRow } from '../services/sources.js';
import type { Fetcher } from './fetch.js';
import { pollSource, problemOf } from './poll-source.js';

export interface PollerSettings {
  /** how often to look for due sources, in ms */
  tickMs: number;
  /** sources polled at once by this instance */
  concurrency: number;
  itemsPerPoll: number;
  itemAttempts: number;
  leaseS: number;
  maxBackoffS: number;
}

export interface PollerOptions {
  db: Database;
  fetcher: Fetcher;
  extract: Extractor;
  logger: Logger;
  settings: PollerSettings;
}

/**
 * Follows every source in the database: each tick claims due sources (a lease, so one
 * instance polls a source at a time) up to the free slots, and polls them side by side, so
 * a slow or failing source holds one slot, never the others.
 */
export class SourcePoller {
  /** this instance's name on the leases it holds */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly running = new Map<number, Promise<void>>();
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: PollerOptions) {}

  start(): void {
    this.schedule(0);
  }

  /** Stops claiming, abandons fetches in flight (their leases are given back) and waits for running polls. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await this.ticking;
    await Promise.allSettled(this.running.values());
  }

  /** Claims what is due now and resolves when those polls have finished (`npm run poll -- --once`). */
  async pollDue(): Promise<number> {
    const claimed = await this.claim();
    await Promise.allSettled(this.running.values());
    return claimed;
  }

  private schedule(ms: number) {
    this.timer = setTimeout(() => {
      this.ticking = this.claim()
        .then(() => undefined)
        .finally(() => {
          this.ticking = undefined;
          if (!this.stopped) this.schedule(this.options.settings.tickMs);
        });
    }, ms);
  }

  private async claim(): Promise<number> {
    const { db, logger, settings } = this.options;
    let claimed: SourceRow[];
    try {
      claimed = await claimDueSources(db, this.owner, settings.concurrency - this.running.size, settings.leaseS);
    } catch (err) {
      logger.warn({ err }, 'could not look for due sources; trying again next tick');
      return 0;
    }
    for (const source of claimed) {
      this.running.set(source.id, this.poll(source).finally(() => this.running.delete(source.id)));
    }
    return claimed.length;
  }

  private async poll(source: SourceRow): Promise<void> {
    const { db, fetcher, extract, logger, settings } = this.options;
    const started = Date.now();
    // Stop starting items while a tenth of the lease is left, so the poll ends while it holds it.
    const deadline = started + settings.leaseS * 900;
    let outcome: PollOutcome;
    try {
      outcome = await pollSource({ db, fetcher, extract, signal: this.abort.signal }, source, { ...settings, deadline });
    } catch (err) {
      if (this.abort.signal.aborted) {
        await releaseLease(db, source.id, this.owner).catch((error: unknown) => logger.warn({ err: error }, 'could not give a source lease back'));
        return;
      }
      logger.error({ err, source: source.id }, 'polling a source failed unexpectedly');
      outcome = { reached: false, error: problemOf(err), ingested: 0 };
    }
    try {
      await finishPoll(db, source, this.owner, outcome, settings.maxBackoffS);
    } catch (err) {
      logger.warn({ err, source: source.id }, 'could not record a poll; the lease runs out and the source is polled again');
      return;
    }
    const level = outcome.error ? 'warn' : 'info';
    logger[level]({ source: source.id, url: source.url, ingested: outcome.ingested, error: outcome.error, ms: Date.now() - started }, 'source polled');
  }
}
