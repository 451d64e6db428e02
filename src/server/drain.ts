import type { Server } from 'node:http';

/**
 * Counts requests in flight so a stop can wait for them. SIGTERM used to cut them: a client
 * saw `socket hang up` for an ingest that had committed.
 */
export class HttpDrain {
  private inFlight = 0;
  private idle: (() => void) | null = null;

  constructor(private readonly server: Server) {
    server.on('request', (_request, response) => {
      this.inFlight += 1;
      response.once('close', () => {
        this.inFlight -= 1;
        if (this.inFlight === 0) this.idle?.();
      });
    });
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /**
   * Stops accepting connections, closes idle keep-alive ones, waits for requests in flight up
   * to `deadlineMs`, then closes every connection left.
   */
  async close(deadlineMs: number): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    if (this.inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => {
          this.idle = resolve;
        }),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, deadlineMs);
        }),
      ]);
      clearTimeout(timer);
    }
    this.server.closeAllConnections();
    await closed;
  }
}
