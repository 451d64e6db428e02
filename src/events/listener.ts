import type { DatabaseHandle, Subscription } from '../db/client.js';

export interface ListenerOptions {
  channel: string;
  /** a notification arrived (payload as sent) */
  onNotify(payload: string): void;
  /** LISTEN is (again) in place: anything committed while it was down must be fetched now */
  onListening(): void;
  onError(error: unknown): void;
  /** the session dropped; reconnection has started */
  onLost?(): void;
  /** a session is in place again after a loss */
  onRestored?(): void;
  /** first reconnect delay in ms; doubles up to `maxBackoffMs`. Default 100. */
  initialBackoffMs?: number | undefined;
  /** Default 5000. */
  maxBackoffMs?: number | undefined;
}

/**
 * Keeps one LISTEN session open for the whole process, re-opening it with exponential
 * backoff whenever it drops (server restart, `pg_terminate_backend`, network).
 */
export class ReconnectingListener {
  private session: Subscription | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private lostOnce = false;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly options: ListenerOptions,
  ) {}

  /** True while LISTEN is in place; `/ready` reports it. */
  get listening(): boolean {
    return this.session !== null;
  }

  /** Resolves once the first LISTEN is confirmed, so nothing committed after it can be missed. */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const session = await this.database.listen(this.options.channel, this.options.onNotify);
    if (this.stopped) {
      await session.close();
      return;
    }
    this.session = session;
    if (this.lostOnce) this.options.onRestored?.();
    this.options.onListening();
    void session.lost.then(() => {
      if (this.session !== session) return;
      this.session = null;
      this.lostOnce = true;
      this.options.onLost?.();
      this.scheduleReconnect(this.options.initialBackoffMs ?? 100);
    });
  }

  private scheduleReconnect(delay: number): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect().catch((error: unknown) => {
        this.options.onError(error);
        this.scheduleReconnect(Math.min(delay * 2, this.options.maxBackoffMs ?? 5000));
      });
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const session = this.session;
    this.session = null;
    await session?.close();
  }
}
