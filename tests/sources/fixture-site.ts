import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** A local news site on 127.0.0.1 and a free port: routes can be swapped while a test runs. */
export interface FixtureSite {
  origin: string;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  /** requests received for a path so far */
  hits(path: string): number;
  /** the most requests for a path that were being answered at the same moment */
  mostAtOnce(path: string): number;
  /** request headers of the last request for a path */
  lastHeaders(path: string): IncomingMessage['headers'] | undefined;
  close(): Promise<void>;
}

export async function startSite(): Promise<FixtureSite> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const open = new Map<string, number>();
  const peak = new Map<string, number>();
  const headers = new Map<string, IncomingMessage['headers']>();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    headers.set(path, request.headers);
    open.set(path, (open.get(path) ?? 0) + 1);
    peak.set(path, Math.max(peak.get(path) ?? 0, open.get(path) ?? 0));
    response.on('close', () => open.set(path, (open.get(path) ?? 1) - 1));
    const handler = routes.get(path);
    if (!handler) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    await handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => void routes.set(path, handler),
    hits: (path) => hits.get(path) ?? 0,
    mostAtOnce: (path) => peak.get(path) ?? 0,
    lastHeaders: (path) => headers.get(path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A document with validators; a matching If-None-Match or If-Modified-Since gets 304. */
export function document(body: string, type: string, validators: { etag?: string; lastModified?: string } = {}): Handler {
  return (request, response) => {
    const fresh =
      (validators.etag !== undefined && request.headers['if-none-match'] === validators.etag) ||
      (validators.lastModified !== undefined && request.headers['if-modified-since'] === validators.lastModified);
    const head: Record<string, string> = { 'content-type': type };
    if (validators.etag) head.etag = validators.etag;
    if (validators.lastModified) head['last-modified'] = validators.lastModified;
    if (fresh) response.writeHead(304, head).end();
    else response.writeHead(200, head).end(body);
  };
}

export const html = (body: string): Handler => document(body, 'text/html; charset=utf-8');

/** Sends the headers, then nothing for `ms`: a server that hangs mid-answer. */
export const slow = (ms: number): Handler => (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
  const timer = setTimeout(() => response.end('</channel></rss>'), ms);
  response.on('close', () => clearTimeout(timer));
};

/** Streams `bytes` of XML without a Content-Length, in 64 KB chunks. */
export const oversized = (bytes: number): Handler => async (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  const chunk = `<!-- ${'x'.repeat(65_000)} -->\n`;
  for (let sent = 0; sent < bytes && !response.destroyed; sent += chunk.length) {
    if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
  }
  response.end();
};

export const redirect = (to: string, status = 302): Handler => (_request, response) => void response.writeHead(status, { location: to }).end();

export const status = (code: number): Handler => (_request, response) => void response.writeHead(code, { 'content-type': 'text/plain' }).end(`status ${code}`);
