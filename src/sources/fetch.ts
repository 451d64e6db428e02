import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import { FetchFailedError, InvalidUrlError, UnreachableError } from '../services/errors.js';
import { ipLiteral, isPublicAddress } from './addresses.js';
import { HostPacer } from './host-pacer.js';

export interface FetcherOptions {
  /** time limit of one request, redirects included, in ms */
  timeoutMs: number;
  /** largest body read, in bytes after decompression */
  maxBytes: number;
  maxRedirects: number;
  /** pause between two requests to one host, in ms */
  hostDelayMs: number;
  /** fetch private, loopback and link-local addresses too (tests, intranets) */
  allowPrivate: boolean;
  userAgent: string;
  /** decides which resolved addresses may be fetched; default: public ones (see addresses.ts) */
  isAllowedAddress?: (address: string) => boolean;
}

export interface FetchRequest {
  accept: string;
  /** validators from the last answer, for a conditional request */
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  signal?: AbortSignal | undefined;
}

export type Fetched =
  | { notModified: true }
  | { notModified: false; url: string; text: string; contentType: string; etag: string | null; lastModified: string | null };

/** The one way Parley reads the web: SSRF-checked, paced per host, bounded in time, size and redirects. */
export interface Fetcher {
  fetch(url: string, request: FetchRequest): Promise<Fetched>;
  /** Refuses a URL Parley must not fetch (INVALID_URL), before any request is made. */
  check(url: string): URL;
  close(): Promise<void>;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

export function createFetcher(options: FetcherOptions): Fetcher {
  const allowed = options.allowPrivate ? () => true : (options.isAllowedAddress ?? isPublicAddress);
  const agent = new Agent({
    // Every name is resolved here and each of its addresses checked before connecting, so a
    // name that resolves (or is re-bound) to a private address is refused at connect time.
    connect: { lookup: guardedLookup(allowed), timeout: options.timeoutMs },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  const pacer = new HostPacer(options.hostDelayMs);

  const check = (text: string) => checkUrl(text, allowed);

  async function once(url: URL, request: FetchRequest, signal: AbortSignal): Promise<Response> {
    await pacer.wait(url.host, signal);
    const headers: Record<string, string> = { accept: request.accept, 'user-agent': options.userAgent };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    return fetch(url, { dispatcher: agent, redirect: 'manual', headers, signal });
  }

  return {
    check,
    async fetch(text, request) {
      const signal = request.signal ? AbortSignal.any([request.signal, AbortSignal.timeout(options.timeoutMs)]) : AbortSignal.timeout(options.timeoutMs);
      let url = check(text);
      try {
        for (let hop = 0; ; hop += 1) {
          const response = await once(url, request, signal);
          const location = response.headers.get('location');
          if (redirectStatuses.has(response.status) && location) {
            await response.body?.cancel();
            if (hop >= options.maxRedirects) throw new FetchFailedError(`${text} redirected more than ${options.maxRedirects} times`);
            // Each hop is checked like the first URL: a redirect to a private address is refused too.
            url = check(new URL(location, url).href);
            continue;
          }
          if (response.status === 304) {
            await response.body?.cancel();
            return { notModified: true };
          }
          if (!response.ok) {
            await response.body?.cancel();
            throw new FetchFailedError(`${url.href} answered HTTP ${response.status}`);
          }
          return {
            notModified: false,
            url: url.href,
            text: await readCapped(response, options.maxBytes, url.href),
            contentType: response.headers.get('content-type') ?? '',
            etag: response.headers.get('etag'),
            lastModified: response.headers.get('last-modified'),
          };
        }
      } catch (error) {
        throw explain(error, url, options.timeoutMs);
      }
    },
    close: () => agent.close(),
  };
}

/** Parses and vets a URL: http(s) only, no credentials, no private IP literal. */
function checkUrl(text: string, allowed: (address: string) => boolean): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidUrlError(`${JSON.stringify(text.slice(0, 200))} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidUrlError(`only http and https URLs can be followed, not ${url.protocol}`);
  if (url.username || url.password) throw new InvalidUrlError('URLs with credentials (user:password@) are refused');
  // An IP literal is connected to without a lookup: it is checked here.
  const literal = ipLiteral(url.hostname);
  if (literal !== null && !allowed(literal)) throw new InvalidUrlError(`${url.host} is a private, loopback or link-local address`);
  return url;
}

/** A private address found while resolving a name; surfaced as INVALID_URL. */
class PrivateAddressError extends Error {
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a private, loopback or link-local address`);
  }
}

function guardedLookup(allowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      // Any refused address refuses the name: the connection could land on any of them.
      const refused = addresses.find((a) => !allowed(a.address));
      if (refused) return callback(new PrivateAddressError(hostname, refused.address), '', 0);
      const [first] = addresses;
      if (options.all) return callback(null, addresses);
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      return callback(null, first.address, first.family);
    });
  };
}

/** Reads the body, decoded, giving up as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchFailedError(`${url} is larger than ${maxBytes} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new FetchFailedError(`${url} is larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return decoder(response.headers.get('content-type')).decode(Buffer.concat(chunks));
}

function decoder(contentType: string | null): TextDecoder {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

const unreachableCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_SOCKET']);

/** Turns what undici and the resolver throw into Parley's typed errors; anything else passes unchanged. */
function explain(error: unknown, url: URL, timeoutMs: number): unknown {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    if (cause instanceof FetchFailedError || cause instanceof InvalidUrlError || cause instanceof UnreachableError) return cause;
    if (cause instanceof PrivateAddressError) return new InvalidUrlError(cause.message);
    if (cause.name === 'TimeoutError') return new UnreachableError(`${url.host} did not answer in full within ${timeoutMs} ms`);
    const code = 'code' in cause ? String(cause.code) : '';
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return new UnreachableError(`${url.host} did not answer in full within ${timeoutMs} ms`);
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new UnreachableError(`${url.hostname} does not resolve`);
    if (unreachableCodes.has(code)) return new UnreachableError(`${url.host} cannot be reached (${code})`);
  }
  return error;
}
