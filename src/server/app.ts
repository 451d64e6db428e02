import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { sql } from 'drizzle-orm';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createYoga, type Plugin, type YogaLogger } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { authenticate } from './auth.js';
import type { DatabaseHandle } from '../db/client.js';
import { EventHub, type EventHubOptions } from '../events/hub.js';
import { useMutationRateLimit, useOperationLimits, useRequestSizeLimit } from './limits.js';
import { useMetrics } from './metrics.js';
import type { Context } from '../schema/builder.js';
import { schema } from '../schema/index.js';
import { selfHostedGraphiQL } from './graphiql.js';
import { useLivePage } from './live-page.js';
import { usePersistedQueries } from './persisted-queries.js';
import { useApolloMultipartSubscriptions } from './transport/apollo-multipart.js';
import { sharedSubscribe } from './transport/shared-subscribe.js';
import { watchSocketToken } from './ws-auth.js';

export interface AppOptions {
  database: DatabaseHandle;
  logger: YogaLogger;
  events?: EventHubOptions;
  /** How often a WebSocket's token is re-checked for revocation, in ms. Default 30 000. */
  tokenRecheckMs?: number;
  /** Whether clients may introspect the schema. Default true. */
  introspection?: boolean;
  /** Mutations allowed per token and minute. Default 120. */
  mutationsPerMinute?: number;
  /** Whether GET /graphql from a browser serves the self-hosted GraphiQL. Default true. */
  graphiql?: boolean;
}

export interface App {
  /** Starts the event hub, then listens; resolves with the bound address (port 0 picks a free port). */
  start(port: number, host?: string): Promise<AddressInfo>;
  /** Closes WebSocket clients, the event hub and the HTTP server; leaves the database to its owner. */
  stop(): Promise<void>;
  server: Server;
  events: EventHub;
}

/** What yoga's context factory receives: an HTTP request, or graphql-ws connection params. */
interface ServerContext {
  request?: Request;
  connectionParams?: Readonly<Record<string, unknown>>;
}

/** graphql-ws clients send credentials in `connection_init`: `{ authorization: "Bearer …" }`. */
function authorizationParam(params: ServerContext['connectionParams']): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : null;
}

/** `/ready`: 200 only when the database answers and the live-event LISTEN is in place. */
function useReadiness(database: DatabaseHandle, events: EventHub): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      const databaseUp = await database.db
        .execute(sql`select 1`)
        .then(() => true)
        .catch(() => false);
      const ready = databaseUp && events.listening;
      endResponse(fetchAPI.Response.json({ ready, database: databaseUp, events: events.listening }, { status: ready ? 200 : 503 }));
    },
  };
}

/** Builds Parley's HTTP + WebSocket server without starting it. */
export function buildApp(options: AppOptions): App {
  const { database, logger, events: eventOptions, tokenRecheckMs = 30_000, introspection = true, mutationsPerMinute = 120, graphiql = true } = options;
  const events = new EventHub(database, { onError: (error) => logger.error('event hub', error), ...eventOptions });
  const context = async ({ request, connectionParams }: ServerContext): Promise<Context> => {
    const header = request?.headers.get('authorization') ?? authorizationParam(connectionParams);
    return { db: database.db, viewer: await authenticate(database.db, header), events };
  };
  const yoga = createYoga<ServerContext, Context>({
    schema,
    context,
    logging: logger,
    landingPage: false,
    ...selfHostedGraphiQL(graphiql),
    plugins: [
      useRequestSizeLimit(),
      useLivePage(),
      useReadiness(database, events),
      useMetrics(events),
      useApolloMultipartSubscriptions(),
      usePersistedQueries(),
      ...useOperationLimits(),
      useMutationRateLimit(mutationsPerMinute),
      ...(introspection ? [] : [useDisableIntrospection()]),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
    ],
  });

  type Enveloped = ReturnType<typeof yoga.getEnveloped>;
  // graphql-ws calls execute/subscribe with the args onSubscribe returned; the enveloped
  // pipeline travels in rootValue (graphql-yoga's documented pattern), as no resolver reads it.
  const pipelineOf = (args: ExecutionArgs) => args.rootValue as { execute: Enveloped['execute']; audience: string };

  const server = createServer(yoga);
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  // One pipeline for HTTP, SSE and WebSocket: the same plugins, context and error masking.
  const wsServer = useServer(
    {
      execute: (args) => pipelineOf(args).execute(args),
      subscribe: (args) =>
        sharedSubscribe(args, {
          audience: pipelineOf(args).audience,
          onUnexpected: (error) => logger.error('subscription failed', error),
        }),
      onConnect: (ctx) =>
        watchSocketToken(ctx, {
          authenticate: (header) => authenticate(database.db, header),
          header: authorizationParam(ctx.connectionParams),
          recheckMs: tokenRecheckMs,
        }),
      onSubscribe: async (ctx, _id, params) => {
        const { schema: envelopedSchema, execute, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
        });
        const contextValue = await contextFactory();
        const args = {
          schema: envelopedSchema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue,
          // Authorisation is by scope alone, so callers with the same scopes may share results.
          rootValue: { execute, audience: contextValue.viewer?.scopes.join(',') ?? 'anonymous' },
        };
        const errors = validate(args.schema, args.document);
        return errors.length > 0 ? errors : args;
      },
    },
    wss,
  );

  return {
    server,
    events,
    async start(port, host) {
      await events.start();
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async stop() {
      await wsServer.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await events.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
