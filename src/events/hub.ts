import type { DatabaseHandle } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { StatementKind } from '../ingest/types.js';
import { type CommitNotice, eventsChannel, parseCommitNotice } from '../services/notify.js';
import { ReconnectingListener } from './listener.js';
import { type ArticleEvent, headSeq, type PositionEvent, positionsOf, type StatementEvent, statementsAfter } from './load.js';
import { BoundedQueue } from './queue.js';

export interface StatementFilter {
  speakerId?: number | undefined;
  topicId?: number | undefined;
  articleId?: number | undefined;
  kind?: StatementKind | undefined;
}

export interface PositionFilter {
  stakeholderId?: number | undefined;
  topicId?: number | undefined;
}

export interface EventHubOptions {
  /** events a subscriber may fall behind by before its stream ends with a resumable error. Default 1000. */
  queueCapacity?: number;
  /** statements loaded per query when catching up. Default 500. */
  batchSize?: number;
  onError?: (error: unknown) => void;
  /** first delay before re-opening a dropped LISTEN, doubling up to 5 s. Default 100. */
  reconnectDelayMs?: number;
  /** told when the LISTEN connection is lost and when it is back */
  logger?: Pick<Logger, 'warn' | 'info'> | undefined;
}

/** Thrown to a subscriber whose queue overflowed; the stream adds its resume cursor. */
export class SubscriberOverflow extends Error {}

interface Subscriber<E, F> {
  filter: F;
  queue: BoundedQueue<E>;
}

export const matchesStatement = (f: StatementFilter, e: StatementEvent) =>
  (f.speakerId === undefined || f.speakerId === e.speakerId) &&
  (f.articleId === undefined || f.articleId === e.articleId) &&
  (f.kind === undefined || f.kind === e.kind) &&
  (f.topicId === undefined || e.topicIds.includes(f.topicId));

const matchesPosition = (f: PositionFilter, e: PositionEvent) =>
  (f.stakeholderId === undefined || f.stakeholderId === e.stakeholderId) && (f.topicId === undefined || f.topicId === e.topicId);

/**
 * The process-wide event bus. One LISTEN connection; each notification makes the hub load
 * the new rows once, by seq, and hand them to every matching subscriber in memory. Postgres
 * holds the events: after a dropped connection the hub simply loads everything past its head.
 */
export class EventHub {
  private head = 0;
  private pulling: Promise<void> | null = null;
  private pullAgain = false;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  private readonly statementSubscribers = new Set<Subscriber<StatementEvent, StatementFilter>>();
  private readonly positionSubscribers = new Set<Subscriber<PositionEvent, PositionFilter>>();
  private readonly articleSubscribers = new Set<Subscriber<ArticleEvent, null>>();
  private readonly commitListeners = new Set<() => void>();
  private readonly listener: ReconnectingListener;
  private readonly capacity: number;
  private readonly batchSize: number;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly database: DatabaseHandle,
    options: EventHubOptions = {},
  ) {
    this.capacity = options.queueCapacity ?? 1000;
    this.batchSize = options.batchSize ?? 500;
    this.onError = options.onError ?? (() => {});
    this.listener = new ReconnectingListener(database, {
      channel: eventsChannel,
      onNotify: (payload) => this.onNotify(payload),
      onListening: () => {
        // Notifications may have been missed while not listening: whatever was derived is suspect.
        this.announceCommit();
        this.pull();
      },
      onError: this.onError,
      onLost: () => options.logger?.warn({ channel: eventsChannel }, 'LISTEN connection lost; reconnecting (missed events are back-filled by seq)'),
      onRestored: () => options.logger?.info({ channel: eventsChannel }, 'LISTEN connection restored'),
      initialBackoffMs: options.reconnectDelayMs,
    });
  }

  /** Ready once LISTEN is confirmed: a statement committed after `start()` resolves is never missed. */
  async start(): Promise<void> {
    this.head = await headSeq(this.database.db);
    await this.listener.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.listener.stop();
    for (const subscriber of [...this.statementSubscribers, ...this.positionSubscribers, ...this.articleSubscribers]) {
      void subscriber.queue.return();
    }
    await this.pulling;
  }

  get listening(): boolean {
    return this.listener.listening;
  }

  /** Live statement subscribers in this process (for /metrics and tests). */
  get subscriberCount(): number {
    return this.statementSubscribers.size;
  }

  /** Subscribers of each feed in this process. */
  get subscribersByFeed(): { statements: number; positions: number; articles: number } {
    return { statements: this.statementSubscribers.size, positions: this.positionSubscribers.size, articles: this.articleSubscribers.size };
  }

  /** The last seq every subscriber has been offered. */
  get headSeq(): number {
    return this.head;
  }

  /** Live statements with seq above the current head; see `stream.ts` for replay. */
  subscribeStatements(filter: StatementFilter): BoundedQueue<StatementEvent> {
    return this.register(this.statementSubscribers, filter);
  }

  subscribePositions(filter: PositionFilter): BoundedQueue<PositionEvent> {
    return this.register(this.positionSubscribers, filter);
  }

  subscribeArticles(): BoundedQueue<ArticleEvent> {
    return this.register(this.articleSubscribers, null);
  }

  private register<E, F>(set: Set<Subscriber<E, F>>, filter: F): BoundedQueue<E> {
    const subscriber: Subscriber<E, F> = { filter, queue: new BoundedQueue<E>(this.capacity, () => set.delete(subscriber)) };
    set.add(subscriber);
    return subscriber.queue;
  }

  private deliver<E, F>(set: Set<Subscriber<E, F>>, event: E, matches: (filter: F, event: E) => boolean): void {
    for (const subscriber of set) {
      if (matches(subscriber.filter, event) && !subscriber.queue.push(event)) {
        set.delete(subscriber);
        subscriber.queue.fail(new SubscriberOverflow());
      }
    }
  }

  /**
   * Calls `listener` on every commit notification, whenever LISTEN is (re)established and
   * whenever a pull finds new statements, synchronously and before any subscriber hears of
   * them. Returns its removal.
   */
  onCommit(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  private announceCommit(): void {
    for (const listener of this.commitListeners) {
      try {
        listener();
      } catch (error) {
        this.onError(error);
      }
    }
  }

  private onNotify(payload: string): void {
    // Any database client may NOTIFY this channel: trust nothing but the numbers.
    const notice = parseCommitNotice(payload);
    if (notice === null) this.onError(new Error(`ignored a malformed notification: ${payload.slice(0, 200)}`));
    // Before the pull below delivers the commit's statements, so a subscriber that has one
    // never reads a cached page from before it.
    this.announceCommit();
    this.pull();
    if (notice) void this.publishNotice(notice).catch(this.onError);
  }

  private async publishNotice(notice: CommitNotice): Promise<void> {
    const { db } = this.database;
    // The notice arrives after the commit, so the article is there to read.
    if (notice.article !== undefined) {
      this.deliver(this.articleSubscribers, { id: notice.article, shared: new Map() }, () => true);
    }
    if (this.positionSubscribers.size === 0) return;
    const by = notice.position !== undefined ? { position: notice.position } : notice.article !== undefined ? { article: notice.article } : null;
    if (by === null) return;
    for (const event of await positionsOf(db, by)) this.deliver(this.positionSubscribers, event, matchesPosition);
  }

  /** Single-flight: a notification during a pull makes it go round once more. */
  private pull(): void {
    if (this.pulling) {
      this.pullAgain = true;
      return;
    }
    this.pulling = this.pullUntilCaughtUp()
      .catch((error: unknown) => {
        this.onError(error);
        // The rows are still in Postgres: try again shortly rather than wait for the next commit.
        if (!this.stopped) this.retry = setTimeout(() => this.pull(), 500);
      })
      .finally(() => {
        this.pulling = null;
      });
  }

  private async pullUntilCaughtUp(): Promise<void> {
    do {
      this.pullAgain = false;
      let batch: StatementEvent[];
      do {
        batch = await statementsAfter(this.database.db, this.head, this.batchSize);
        // A pull already under way can read a commit before its notification arrives: announce
        // it here too, so no subscriber hears of a statement before derived reads are dropped.
        if (batch.length > 0) this.announceCommit();
        for (const event of batch) {
          this.head = event.seq;
          this.deliver(this.statementSubscribers, event, matchesStatement);
        }
      } while (batch.length === this.batchSize);
    } while (this.pullAgain);
  }
}
