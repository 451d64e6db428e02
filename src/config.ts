import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const wholeNumber = (error = 'expected a positive whole number') => z.coerce.number({ error }).int({ error }).positive({ error });
/** A whole number of milliseconds or bytes, at least `min` and at most `max`. */
const bounded = (min: number, max: number, fallback: number) => {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
};
/** A comma-separated list; blanks dropped. */
const list = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
  .default([]);

/** Variables whose values are never printed, not even a rejected one (DATABASE_URL may carry a password). */
const secret = z.registry<{ secret: true }>();

const variables = z.object({
  PORT: z.coerce
    .number({ error: 'expected a TCP port number (0-65535)' })
    .int({ error: 'expected a TCP port number (0-65535)' })
    .min(0, { error: 'expected a TCP port number (0-65535)' })
    .max(65535, { error: 'expected a TCP port number (0-65535)' })
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// or postgresql:// URL' })
    .register(secret, { secret: true })
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /** `production` turns GraphiQL off unless GRAPHIQL says otherwise. */
  NODE_ENV: z.string().optional(),
  /** Whether GET /graphql from a browser serves GraphiQL; default: on, except in production. */
  GRAPHIQL: z.stringbool({ error: 'expected true or false' }).optional(),
  /** Longest string a log line keeps in any field (error messages, stacks); the rest is cut. */
  LOG_MAX_STRING: bounded(200, 1_000_000, 4_000),
  /** Whether clients may introspect the schema (GraphiQL's docs and codegen need it). */
  GRAPHQL_INTROSPECTION: z.stringbool({ error: 'expected true or false' }).default(true),
  /** Mutations each API token may run per minute (per process). */
  MUTATIONS_PER_MINUTE: wholeNumber().default(120),
  /** Bootstraps an admin API token from the environment (for first start and automation). */
  PARLEY_ADMIN_TOKEN: z.string().min(24, { error: 'expected a secret of at least 24 characters' }).register(secret, { secret: true }).optional(),
  /** The API token the CLIs send with `--server` when no `--token` is given. */
  PARLEY_TOKEN: z.string().min(1).register(secret, { secret: true }).optional(),

  // Operation limits: checked before anything runs, identically on every transport.
  QUERY_MAX_DEPTH: bounded(1, 100, 12),
  QUERY_MAX_ALIASES: bounded(0, 1_000, 20),
  QUERY_MAX_TOKENS: bounded(10, 100_000, 3_000),
  /** Cost budget of one operation; connections count their page size (`first`/`last`) times their selection. */
  QUERY_MAX_COST: bounded(1, 10_000_000, 5_000),
  /** Largest JSON result served for one operation; beyond it RESPONSE_TOO_LARGE. */
  RESPONSE_MAX_BYTES: bounded(1_000, 1_000_000_000, 5_000_000),
  /** Deadline of one query or mutation; its database work is cancelled past it. */
  REQUEST_TIMEOUT_MS: bounded(100, 600_000, 15_000),
  /**
   * Whether anonymous queries are answered from memory until the next commit notification
   * (server/response-cache.ts). Off by default: a write that bypasses Parley (psql, a restore)
   * sends no notification, so its rows would not show until the next one.
   */
  RESPONSE_CACHE: z.stringbool({ error: 'expected true or false' }).default(false),
  /** Distinct anonymous answers the response cache keeps (least recently used dropped first). */
  RESPONSE_CACHE_MAX_ENTRIES: bounded(1, 1_000_000, 1_000),

  // Database
  /** Postgres `statement_timeout` for every pooled connection. */
  STATEMENT_TIMEOUT_MS: bounded(100, 3_600_000, 5_000),
  DB_POOL_SIZE: bounded(1, 1_000, 10),
  /** How long opening a server connection may take before the request fails with SERVICE_UNAVAILABLE. */
  DB_CONNECT_TIMEOUT_MS: bounded(100, 60_000, 2_000),
  /** How long a request may wait for a free pooled connection. */
  DB_ACQUIRE_TIMEOUT_MS: bounded(100, 60_000, 3_000),
  DB_IDLE_TIMEOUT_S: bounded(1, 86_400, 60),
  DB_MAX_LIFETIME_S: bounded(60, 86_400, 1_800),
  /** Distinct read statements run as prepared statements, per process (0: none); see db/prepared-reads.ts. */
  DB_PREPARED_STATEMENTS: bounded(0, 100_000, 500),

  // Ingestion
  /** Time budget of extracting one article; beyond it EXTRACTION_TIMEOUT. */
  EXTRACTION_TIMEOUT_MS: bounded(100, 600_000, 10_000),
  EXTRACTION_WORKERS: bounded(1, 64, 2),

  // Sources: the poller that follows feeds and pages (see src/sources/)
  /** Whether the server process polls followed sources (`npm run poll` runs the poller alone). */
  SOURCES_POLL: z.stringbool({ error: 'expected true or false' }).default(true),
  /** Allows fetching private, loopback and link-local addresses (tests and intranet feeds only). */
  SOURCES_ALLOW_PRIVATE: z.stringbool({ error: 'expected true or false' }).default(false),
  /** How often each instance looks for due sources. */
  SOURCES_TICK_MS: bounded(50, 3_600_000, 1_000),
  /** Poll interval of a source added without one. */
  SOURCES_DEFAULT_INTERVAL_S: bounded(1, 604_800, 900),
  /** Shortest poll interval `addSource` accepts. */
  SOURCES_MIN_INTERVAL_S: bounded(1, 86_400, 60),
  /** Longest wait after repeated failures (the backoff doubles the interval up to this). */
  SOURCES_MAX_BACKOFF_S: bounded(1, 604_800, 21_600),
  /** Sources one instance polls at the same time. */
  SOURCES_CONCURRENCY: bounded(1, 64, 4),
  /** New items fetched per poll of one source; the rest wait for the next poll. */
  SOURCES_ITEMS_PER_POLL: bounded(1, 1_000, 20),
  /** Attempts at an item's page before it is given up. */
  SOURCES_ITEM_ATTEMPTS: bounded(1, 100, 3),
  /** How long a claimed source stays with its instance; a poll stops fetching new items before it runs out. */
  SOURCES_LEASE_S: bounded(5, 86_400, 300),
  /** Time limit of one HTTP request (connect, headers and body). */
  SOURCES_FETCH_TIMEOUT_MS: bounded(100, 600_000, 10_000),
  /** Largest response read (after decompression); a larger one fails. */
  SOURCES_MAX_BYTES: bounded(1_024, 100_000_000, 5_000_000),
  /** Redirects followed per request, each one checked like the first URL. */
  SOURCES_MAX_REDIRECTS: bounded(0, 20, 5),
  /** Pause between two requests to the same host from one instance. */
  SOURCES_HOST_DELAY_MS: bounded(0, 600_000, 1_000),
  /** User-Agent sent with every request. */
  SOURCES_USER_AGENT: z.string().min(1).max(200).default('Parley/0.1 (news statement tracker)'),

  // WebSocket
  /** Largest graphql-ws frame accepted (at most 1 MB, the HTTP body limit). */
  WS_MAX_PAYLOAD_BYTES: bounded(1_024, 1_000_000, 1_000_000),
  /** Subscriptions one socket may hold at once. */
  WS_MAX_SUBSCRIPTIONS: bounded(1, 10_000, 50),
  /** How often the tokens of open sockets are re-checked for revocation (one query for all). */
  TOKEN_RECHECK_MS: bounded(1_000, 3_600_000, 30_000),

  // HTTP
  /** node:http `headersTimeout`: a client must send its headers within this. */
  HTTP_HEADERS_TIMEOUT_MS: bounded(1_000, 600_000, 10_000),
  /** node:http `requestTimeout`: a client must send its whole request within this. */
  HTTP_REQUEST_TIMEOUT_MS: bounded(1_000, 3_600_000, 30_000),
  /** Browser origins allowed to call the API cross-origin (with credentials); empty means same origin only. */
  CORS_ORIGINS: list,
  /** How long shutdown waits for in-flight requests before closing their connections. */
  SHUTDOWN_TIMEOUT_MS: bounded(100, 600_000, 10_000),

  // Metrics
  /** When set, `/metrics` requires `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, { error: 'expected a secret of at least 16 characters' }).register(secret, { secret: true }).optional(),
  /** Operation names reported as metric labels; every other name is reported as `other`. */
  METRICS_OPERATION_NAMES: list,
});

const environment = variables
  // Defaults that depend on another variable are settled once everything has parsed.
  .transform(({ GRAPHIQL, ...config }) => ({ ...config, GRAPHIQL: GRAPHIQL ?? config.NODE_ENV !== 'production' }));

export type Config = z.infer<typeof environment>;

/** Thrown with every invalid variable named, so an operator fixes them all in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function isSecret(name: string): boolean {
  const shape: Record<string, z.ZodType> = variables.shape;
  const schema = shape[name];
  // `.optional()` wraps the registered schema; the registry knows the inner one.
  return schema !== undefined && (secret.has(schema) || (schema instanceof z.ZodOptional && secret.has(schema.unwrap())));
}

/** Parses the environment once; the only place in Parley that reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environment.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return isSecret(name) ? `${name} (value not shown): ${issue.message}` : `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    }),
  );
}

/** The defaults, for code paths (tests, benchmarks) that build parts without an environment. */
export const defaults: Config = loadConfig({});
