import type { Context as WsContext } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { Viewer } from '../services/tokens.js';

/** The close code graphql-ws uses for Forbidden; clients must not retry with the same token. */
export const forbiddenCloseCode = 4403;

interface WatchOptions {
  authenticate(header: string | null): Promise<Viewer | null>;
  header: string | null;
  recheckMs: number;
}

/**
 * Accepts a connection with no token (read-only) or a live token; refuses a bad token with
 * 4403. A token's connection is closed with 4403 the moment it expires and, within
 * `recheckMs`, once it is revoked: a socket must not outlive the credential that opened it.
 */
export async function watchSocketToken(ctx: WsContext<Record<string, unknown> | undefined, Extra>, options: WatchOptions): Promise<boolean> {
  if (options.header === null) return true;
  const viewer = await options.authenticate(options.header).catch(() => null);
  if (!viewer) return false;
  const socket = ctx.extra.socket;
  const close = () => socket.close(forbiddenCloseCode, 'Forbidden');
  const timers: NodeJS.Timeout[] = [];
  const untilExpiry = viewer.expiresAt ? viewer.expiresAt.getTime() - Date.now() : Number.POSITIVE_INFINITY;
  // Timers overflow past 2^31 ms; a later expiry is caught by the periodic re-check instead.
  if (untilExpiry < 2 ** 31 - 1) timers.push(setTimeout(close, Math.max(0, untilExpiry)));
  timers.push(
    setInterval(() => {
      void options
        .authenticate(options.header)
        .catch(() => null)
        .then((still) => still ?? close());
    }, options.recheckMs),
  );
  for (const timer of timers) timer.unref();
  socket.once('close', () => timers.forEach(clearTimeout));
  return true;
}
