import { type ExecutionArgs, type ExecutionResult, GraphQLError } from 'graphql';
import { type Context as WsContext } from 'graphql-ws';
import { type Extra, useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import type { WebSocketServer } from 'ws';
import type { Logger } from '../logger.js';
import type { Context } from '../schema/builder.js';
import { codedError, maskError } from './errors.js';
import { withoutHttpDetails } from './parse-errors.js';
import type { SocketTokenWatch } from './ws-auth.js';

/** What yoga's context factory receives: an HTTP request, or graphql-ws connection params. */
export interface ServerContext {
  request?: Request;
  connectionParams?: Readonly<Record<string, unknown>>;
  /** graphql-ws operations: aborted when the client completes the operation or the socket closes */
  signal?: AbortSignal;
}

/** graphql-ws clients send credentials in `connection_init`: `{ authorization: "Bearer …" }`. */
export function authorizationParam(params: ServerContext['connectionParams']): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : null;
}

export interface GraphqlWsOptions {
  tokens: SocketTokenWatch;
  /** subscriptions one socket may hold at once */
  maxSubscriptions: number;
  logger: Logger;
}

type Enveloped = ReturnType<YogaServerInstance<ServerContext, Context>['getEnveloped']>;
type Pipeline = { execute: Enveloped['execute']; subscribe: Enveloped['subscribe'] };
type WsCtx = WsContext<Record<string, unknown> | undefined, Extra>;

/**
 * graphql-ws through yoga's enveloped pipeline (yoga's documented pattern), so WebSocket
 * operations get the same plugins, limits, context and error masking as HTTP, SSE and
 * multipart. Anything that goes wrong with one operation is an `error` (or `next` with
 * errors) for that operation: graphql-ws would otherwise close the whole socket with 4500,
 * ending every other subscription on it, and clients do not retry 4500.
 */
export function serveGraphqlWs(wss: WebSocketServer, yoga: YogaServerInstance<ServerContext, Context>, options: GraphqlWsOptions) {
  const { tokens, maxSubscriptions, logger } = options;
  const operations = new WeakMap<WsCtx, Map<string, AbortController>>();
  const controllersOf = (ctx: WsCtx) => operations.get(ctx) ?? operations.set(ctx, new Map()).get(ctx)!;
  // The enveloped pipeline travels in rootValue (yoga's pattern), as no root resolver reads it.
  const pipelineOf = (args: ExecutionArgs) => args.rootValue as Pipeline;

  const shown = (error: unknown): GraphQLError => {
    const masked = maskError(error, 'Unexpected error.');
    if (masked !== error) logger.error({ err: error }, 'graphql-ws operation failed');
    // yoga masks into a GraphQLError; its declared type is wider.
    return masked instanceof GraphQLError ? withoutHttpDetails(masked) : codedError('Unexpected error.', 'INTERNAL_SERVER_ERROR');
  };
  const settled = async (run: () => Promise<ExecutionResult | AsyncIterable<ExecutionResult>> | ExecutionResult | AsyncIterable<ExecutionResult>) => {
    try {
      return await run();
    } catch (error) {
      return { errors: [shown(error)] };
    }
  };

  return useServer(
    {
      execute: (args) => settled(() => pipelineOf(args).execute(args)),
      subscribe: (args) => settled(() => pipelineOf(args).subscribe(args)),
      onConnect: (ctx) => tokens.admit(ctx, authorizationParam(ctx.connectionParams)),
      onSubscribe: async (ctx, id, params) => {
        // graphql-ws has already reserved a slot for this operation.
        if (Object.keys(ctx.subscriptions).length > maxSubscriptions) {
          return [codedError(`A socket may hold at most ${maxSubscriptions} operations at once.`, 'TOO_MANY_SUBSCRIPTIONS')];
        }
        const controller = new AbortController();
        controllersOf(ctx).set(id, controller);
        try {
          const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
            ...ctx,
            req: ctx.extra.request,
            socket: ctx.extra.socket,
            params,
            signal: controller.signal,
          });
          const document = parse(params.query);
          const errors = validate(schema, document);
          if (errors.length > 0) return errors.map(withoutHttpDetails);
          const contextValue = await contextFactory();
          return {
            schema,
            operationName: params.operationName,
            document,
            variableValues: params.variables,
            contextValue,
            rootValue: { execute, subscribe } satisfies Pipeline,
          };
        } catch (error) {
          return [shown(error)];
        }
      },
      onComplete: (ctx, id) => {
        controllersOf(ctx).get(id)?.abort();
        controllersOf(ctx).delete(id);
      },
      onClose: (ctx) => {
        for (const controller of controllersOf(ctx).values()) controller.abort();
        operations.delete(ctx);
      },
    },
    wss,
  );
}
