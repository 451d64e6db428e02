import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { type Config, defaults } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import { EventHub, type EventHubOptions } from '../events/hub.js';
import type { Logger } from '../logger.js';
import type { Context } from '../schema/builder.js';
import { schema } from '../schema/index.js';
import { selfHostedGraphiQL } from './graphiql.js';
import { useLivePage } from './live-page.js';
import { usePersistedQueries } from './persisted-queries.js';
import { createExtractionPool } from '../services/extraction.js';
import { createFetcher } from '../sources/fetch.js';
import { SourcePoller } from '../sources/poller.js';
import { fetcherOptions, pollerSettings } from '../sources/settings.js';
import { authenticate } from './auth.js';
import { HttpDrain } from './drain.js';
import { portError } from './port.js';
import { maskError } from './errors.js';
import { useParseErrorStatus } from './parse-errors.js';
import { useNulGuard, useRequestDeadline } from './input-guards.js';
import { useMutationRateLimit, useOperationLimits, useRequestSizeLimit } from './limits.js';
import { useMetrics } from './metrics.js';
import { useReadiness } from './readiness.js';
import { useParleyResponseCache } from './response-cache.js';
import { useRequestLog } from './request-log.js';
import { useApolloMultipartSubscriptions } from './transport/apollo-multipart.js';
import { useSharedSubscriptions } from './transport/shared-subscribe.js';
import { authorizationParam, type ServerContext, serveGraphqlWs } from './ws.js';
import { SocketTokenWatch } from './ws-auth.js';

/** The settings the server reads (see config.ts for each one's meaning and default). */
export type ServerSettings = Omit<Config, 'PORT' | 'HOST' | 'DATABASE_URL' | 'DATA_DIR' | 'LOG_LEVEL' | 'PARLEY_ADMIN_TOKEN'>;

export interface AppOptions {
  database: DatabaseHandle;
  logger: Logger;
  events?: EventHubOptions;
  /** overrides of the configured defaults (tests shorten timers with these) */
  settings?: Partial<ServerSettings>;
  /** the extraction worker module (default: the real extractor); tests put a runaway one here */
  extractionWorker?: URL;
}

export interface App {
  /** Starts the event hub, then listens; resolves with the bound address (port 0 picks a free port). */
  start(port: number, host?: string): Promise<AddressInfo>;
  /**
   * Graceful stop: refuses new connections, completes live streams (SSE and multipart end with
   * `complete`, sockets close with 1001), lets requests in flight finish until the shutdown
   * deadline, then closes what is left. Leaves the database to its owner.
   */
  stop(): Promise<void>;
  server: Server;
  events: EventHub;
  /** the source poller, when SOURCES_POLL is on */
  poller: SourcePoller | undefined;
  /** HTTP requests (streams included) not yet answered */
  readonly requestsInFlight: number;
}

/** Builds Parley's HTTP + WebSocket server without starting it. */
export function buildApp(options: AppOptions): App {
  const { database, logger } = options;
  const settings: ServerSettings = { ...defaults, ...options.settings };
  const events = new EventHub(database, { onError: (err) => logger.error({ err }, 'event hub'), logger, ...options.events });
  const extraction = createExtractionPool({
    threads: settings.EXTRACTION_WORKERS,
    timeoutMs: settings.EXTRACTION_TIMEOUT_MS,
    onFailure: (err) => logger.error({ err }, 'extraction failed'),
    ...(options.extractionWorker ? { module: options.extractionWorker } : {}),
  });
  const fetcher = createFetcher(fetcherOptions(settings));
  const sources = { fetcher, minIntervalS: settings.SOURCES_MIN_INTERVAL_S, defaultIntervalS: settings.SOURCES_DEFAULT_INTERVAL_S };
  // The poller runs beside the API in the same process; any number of instances may run it.
  const poller = settings.SOURCES_POLL
    ? new SourcePoller({ db: database.db, fetcher, extract: extraction.extract, logger, settings: pollerSettings(settings) })
    : undefined;
  const context = async ({ request, connectionParams }: ServerContext): Promise<Context> => {
    const header = request?.headers.get('authorization') ?? authorizationParam(connectionParams);
    return { db: database.db, viewer: await authenticate(database.db, header), events, extract: extraction.extract, sources };
  };
  const yoga = createYoga<ServerContext, Context>({
    schema,
    context,
    logging: logger,
    landingPage: false,
    ...selfHostedGraphiQL(settings.GRAPHIQL),
    maskedErrors: { maskError },
    // useRequestSizeLimit refuses a POST without Content-Length or past the limit before the body
    // is read, and Node's HTTP parser never reads a body past its Content-Length; yoga's own limit
    // would pipe every body through a TransformStream as well (a tenth of a small query's CPU).
    maxRequestBodySize: false,
    // Empty allow-list: no CORS headers at all, so browsers keep to the same origin.
    cors: settings.CORS_ORIGINS.length > 0 ? { origin: settings.CORS_ORIGINS, credentials: true } : false,
    plugins: [
      useRequestLog(logger),
      useRequestSizeLimit(),
      useLivePage(),
      useReadiness(database, events),
      ...useMetrics(events, { token: settings.METRICS_TOKEN, operationNames: settings.METRICS_OPERATION_NAMES }),
      useApolloMultipartSubscriptions(),
      usePersistedQueries(),
      useParseErrorStatus(),
      useNulGuard(),
      ...useOperationLimits({
        depth: settings.QUERY_MAX_DEPTH,
        aliases: settings.QUERY_MAX_ALIASES,
        tokens: settings.QUERY_MAX_TOKENS,
        cost: settings.QUERY_MAX_COST,
        responseBytes: settings.RESPONSE_MAX_BYTES,
        introspection: settings.GRAPHQL_INTROSPECTION,
      }),
      useRequestDeadline(settings.REQUEST_TIMEOUT_MS),
      // After the limits: a cached answer was checked when it was first asked; before the context,
      // so a hit costs no token lookup.
      ...(settings.RESPONSE_CACHE ? [useParleyResponseCache(events, { maxEntries: settings.RESPONSE_CACHE_MAX_ENTRIES })] : []),
      useMutationRateLimit(settings.MUTATIONS_PER_MINUTE),
      useSharedSubscriptions(),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
    ],
  });

  // Node checks those timeouts every connectionsCheckingInterval (30 s by default): check each second.
  const server = createServer(
    { headersTimeout: settings.HTTP_HEADERS_TIMEOUT_MS, requestTimeout: settings.HTTP_REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
    yoga,
  );
  const drain = new HttpDrain(server);
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: settings.WS_MAX_PAYLOAD_BYTES });
  // ws re-emits the HTTP server's errors (a busy port among them); `start` reports those, so
  // without a listener here each one would crash the process with ws's stack instead.
  wss.on('error', () => {});
  const tokens = new SocketTokenWatch(database.db, {
    recheckMs: settings.TOKEN_RECHECK_MS,
    onError: (err) => logger.warn({ err }, 'could not re-check WebSocket tokens; sockets stay open until the next check'),
  });
  const wsServer = serveGraphqlWs(wss, yoga, { tokens, maxSubscriptions: settings.WS_MAX_SUBSCRIPTIONS, logger });

  return {
    server,
    events,
    poller,
    get requestsInFlight() {
      return drain.requestsInFlight;
    },
    async start(port, host) {
      await events.start();
      tokens.start();
      poller?.start();
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(portError(error, port));
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async stop() {
      const closed = drain.close(settings.SHUTDOWN_TIMEOUT_MS);
      tokens.stop();
      // No new polls; fetches in flight are abandoned, ingests in flight complete.
      await poller?.stop();
      // Ending the hub ends every live stream: SSE and multipart send `complete`.
      await events.stop();
      await wsServer.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await closed;
      await extraction.close();
      await fetcher.close();
    },
  };
}
