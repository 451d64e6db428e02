import type { Config } from '../config.js';
import type { FetcherOptions } from './fetch.js';
import type { PollerSettings } from './poller.js';

type SourceConfig = Pick<
  Config,
  | 'SOURCES_ALLOW_PRIVATE'
  | 'SOURCES_TICK_MS'
  | 'SOURCES_MAX_BACKOFF_S'
  | 'SOURCES_CONCURRENCY'
  | 'SOURCES_ITEMS_PER_POLL'
  | 'SOURCES_ITEM_ATTEMPTS'
  | 'SOURCES_LEASE_S'
  | 'SOURCES_FETCH_TIMEOUT_MS'
  | 'SOURCES_MAX_BYTES'
  | 'SOURCES_MAX_REDIRECTS'
  | 'SOURCES_HOST_DELAY_MS'
  | 'SOURCES_USER_AGENT'
>;

/** The fetcher's options from the configuration (see config.ts for each setting). */
export const fetcherOptions = (config: SourceConfig): FetcherOptions => ({
  timeoutMs: config.SOURCES_FETCH_TIMEOUT_MS,
  maxBytes: config.SOURCES_MAX_BYTES,
  maxRedirects: config.SOURCES_MAX_REDIRECTS,
  hostDelayMs: config.SOURCES_HOST_DELAY_MS,
  allowPrivate: config.SOURCES_ALLOW_PRIVATE,
  userAgent: config.SOURCES_USER_AGENT,
});

/** The poller's settings from the configuration. */
export const pollerSettings = (config: SourceConfig): PollerSettings => ({
  tickMs: config.SOURCES_TICK_MS,
  concurrency: config.SOURCES_CONCURRENCY,
  itemsPerPoll: config.SOURCES_ITEMS_PER_POLL,
  itemAttempts: config.SOURCES_ITEM_ATTEMPTS,
  leaseS: config.SOURCES_LEASE_S,
  maxBackoffS: config.SOURCES_MAX_BACKOFF_S,
});
