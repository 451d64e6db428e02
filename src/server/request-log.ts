import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';

/** A client's own id is kept when it looks like one (no log injection, no 1 MB ids). */
const acceptableId = /^[\w.:-]{1,128}$/;

function idOf(request: Request): string {
  const sent = request.headers.get('x-request-id');
  return sent && acceptableId.test(sent) ? sent : randomUUID();
}

/**
 * `x-request-id`: honoured when the client (or a proxy) sends one, made up otherwise, returned
 * on the response, and written on one access log line per request with its status and time.
 */
export function useRequestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, { id: string; at: number }>();
  return {
    onRequest({ request }) {
      started.set(request, { id: idOf(request), at: performance.now() });
    },
    onResponse({ request, response }) {
      // Yoga's own endpoints (/health) answer before later onRequest hooks run.
      const entry = started.get(request) ?? { id: idOf(request), at: Number.NaN };
      response.headers.set('x-request-id', entry.id);
      const { pathname } = new URL(request.url);
      const ms = Number.isNaN(entry.at) ? undefined : Math.round((performance.now() - entry.at) * 10) / 10;
      logger.info({ reqId: entry.id, method: request.method, path: pathname, status: response.status, ms }, 'request');
    },
  };
}

