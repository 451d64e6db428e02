import { GraphQLError } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { WebSocket } from 'ws';
import type { Database } from '../db/client.js';
import { liveTokenIds, type Viewer } from '../services/tokens.js';
import { authenticate } from './auth.js';

/** The close code graphql-ws uses for Forbidden; clients must not retry with the same token. */
export const forbiddenCloseCode = 4403;
/** "Try again later" (RFC 6455): the token could not be checked, so the client should reconnect. */
export const tryAgainCloseCode = 1013;

export interface TokenWatchOptions {
  /** how often every open socket's token is re-checked, in ms (one query for all of them) */
  recheckMs: number;
  /** a re-check could not be made (database down): sockets stay open, the next round tries again */
  onError(error: unknown): void;
}

const isRefusal = (error: unknown) => error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED';

/**
 * Keeps WebSockets from outliving the token that opened them. A bad token is refused with
 * 4403 at `connection_init`; a token's sockets are closed with 4403 when it expires and, within
 * `recheckMs`, once it is revoked. "Could not check" (a database blip) is not "revoked": it
 * closes nothing already open, and a new socket is told to try again (1013), not forbidden.
 */
export class SocketTokenWatch {
  private readonly sockets = new Map<WebSocket, { tokenId: number; expiry?: NodeJS.Timeout }>();
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    private readonly db: Database,
    private readonly options: TokenWatchOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.recheck(), this.options.recheckMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    for (const { expiry } of this.sockets.values()) clearTimeout(expiry);
    this.sockets.clear();
  }

  /** graphql-ws `onConnect`: true to accept; false (or a close) to refuse. */
  async admit(ctx: WsContext<Record<string, unknown> | undefined, Extra>, header: string | null): Promise<boolean> {
    if (header === null) return true;
    const socket = ctx.extra.socket;
    let viewer: Viewer | null;
    try {
      viewer = await authenticate(this.db, header);
    } catch (error) {
      if (isRefusal(error)) return false;
      this.options.onError(error);
      socket.close(tryAgainCloseCode, 'Try again later');
      return false;
    }
    if (!viewer) return true;
    this.watch(socket, viewer);
    return true;
  }

  private watch(socket: WebSocket, viewer: Viewer): void {
    const entry: { tokenId: number; expiry?: NodeJS.Timeout } = { tokenId: viewer.tokenId };
    const untilExpiry = viewer.expiresAt ? viewer.expiresAt.getTime() - Date.now() : Number.POSITIVE_INFINITY;
    // Timers overflow past 2^31 ms; a later expiry is caught by the periodic re-check instead.
    if (untilExpiry < 2 ** 31 - 1) {
      entry.expiry = setTimeout(() => socket.close(forbiddenCloseCode, 'Forbidden'), Math.max(0, untilExpiry));
      entry.expiry.unref();
    }
    this.sockets.set(socket, entry);
    socket.once('close', () => {
      clearTimeout(entry.expiry);
      this.sockets.delete(socket);
    });
  }

  /** One query for every open socket; only a token the database says is dead closes sockets. */
  async recheck(): Promise<void> {
    if (this.checking || this.sockets.size === 0) return;
    this.checking = true;
    try {
      const asked = new Set([...this.sockets.values()].map((entry) => entry.tokenId));
      const live = await liveTokenIds(this.db, [...asked]);
      // Sockets admitted while the query ran may carry a token it did not ask about: they wait for the next round.
      for (const [socket, { tokenId }] of this.sockets) if (asked.has(tokenId) && !live.has(tokenId)) socket.close(forbiddenCloseCode, 'Forbidden');
    } catch (error) {
      this.options.onError(error);
    } finally {
      this.checking = false;
    }
  }
}
