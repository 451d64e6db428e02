import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useRateLimiter } from '@envelop/rate-limiter';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, GraphQLError, getOperationAST, Kind, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../schema/builder.js';
import { codedError } from './errors.js';

export interface OperationLimits {
  depth: number;
  aliases: number;
  tokens: number;
  /** cost budget (see schema/complexity.ts for how fields are weighed) */
  cost: number;
  /** largest serialised result, in bytes */
  responseBytes: number;
  introspection: boolean;
}

/** GraphQL Armor reports its rejections as untyped `Syntax Error`s; report them with a code instead. */
const reportTyped = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { nodes: error.nodes, extensions: { code: 'QUERY_TOO_COMPLEX' } }),
  );

/**
 * Shape limits from GraphQL Armor, checked at validation (so on every transport) before
 * anything runs. Depth 12 admits statements → speaker → positions → topic with connections in
 * between; `__typename` aliases count like any other (Armor exempts them by default);
 * introspection is exempt from depth so GraphiQL and codegen keep working. Page sizes are capped
 * at 100 by the connection arguments, which refuse larger pages with BAD_USER_INPUT.
 */
export function useOperationLimits(limits: OperationLimits): Plugin[] {
  const armor = { propagateOnRejection: false, onReject: [reportTyped] };
  return [
    maxDepthPlugin({ n: limits.depth, ignoreIntrospection: true, ...armor }),
    maxAliasesPlugin({ n: limits.aliases, allowList: [], ...armor }),
    // The token limit runs while parsing: there is no validation context yet, so it throws.
    maxTokensPlugin({
      n: limits.tokens,
      propagateOnRejection: true,
      onReject: [
        (_context, error) => {
          error.extensions.code = 'QUERY_TOO_COMPLEX';
        },
      ],
    }),
    useCostLimit(limits.cost),
    useResponseSizeLimit(limits.responseBytes),
    ...(limits.introspection ? [] : [useNoIntrospection()]),
  ];
}

/** The operation that will run (by name, or the only one) with every fragment: what complexityFromQuery measures. */
function selectedOperation(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName ? operations.find((d) => d.name?.value === operationName) : operations[0];
  return { ...document, definitions: document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION || d === chosen) };
}

/**
 * The cost limit of @pothos/plugin-complexity (connections weigh their `first`/`last` times
 * their selection; see schema/builder.ts), checked after validation and before any resolver
 * runs, on every transport. It is not a validation rule because cost depends on variables and
 * yoga caches validation by document. The cost is reported in `extensions.cost`, as GitHub's
 * and Shopify's APIs do, so clients see what they spend.
 */
function useCostLimit(maxCost: number): Plugin {
  const compute = (args: ExecutionArgs) =>
    complexityFromQuery(selectedOperation(args.document, args.operationName), {
      schema: args.schema,
      ctx: args.contextValue as object,
      variables: args.variableValues ?? {},
    }).complexity;
  // Yoga hands every request with the same text the same parsed document, and the cost depends
  // only on it, the operation and the variables (schema/builder.ts fieldComplexity reads no
  // context): remember the last few per document instead of walking it on every request. Large
  // variables are not kept as keys: they would make the memo cost more than the walk.
  const remembered = new WeakMap<DocumentNode, Map<string, number>>();
  const measure = (args: ExecutionArgs) => {
    const key = JSON.stringify([args.operationName ?? null, args.variableValues ?? {}]);
    if (key.length > 1_000) return compute(args);
    let costs = remembered.get(args.document);
    if (!costs) remembered.set(args.document, (costs = new Map()));
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = compute(args);
      if (costs.size >= 32) costs.clear();
      costs.set(key, cost);
    }
    return cost;
  };
  const check = (args: ExecutionArgs, stop: (result: ExecutionResult) => void): number | undefined => {
    const cost = measure(args);
    if (cost <= maxCost) return cost;
    stop({ errors: [codedError(`The operation costs ${cost}; the limit is ${maxCost}. Ask for smaller pages or fewer fields.`, 'QUERY_TOO_COMPLEX', { cost: { requested: cost, limit: maxCost } })] });
    return undefined;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = check(args, setResultAndStopExecution);
      if (cost === undefined) return undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: { requested: cost, limit: maxCost } } });
        },
      };
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      check(args, setResultAndStopExecution);
    },
  };
}

/**
 * Results past `maxBytes` are replaced by RESPONSE_TOO_LARGE before they are sent, on every
 * transport. Measuring means serialising, so the text is kept for yoga's HTTP result processor,
 * which serialises with `result.stringify` when a result has one (graphql-yoga
 * plugins/result-processor/stringify.js): a result is serialised once, not twice.
 */
function useResponseSizeLimit(maxBytes: number): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          const text = JSON.stringify(result);
          // A UTF-16 unit is at most 3 bytes of UTF-8: most results need no byte count at all.
          const bytes = text.length * 3 <= maxBytes ? text.length : Buffer.byteLength(text);
          if (bytes <= maxBytes) {
            reuseSerialisation(result, text);
            return;
          }
          setResult({
            errors: [codedError(`The result would be ${bytes} bytes; at most ${maxBytes} are served. Ask for fewer or smaller fields.`, 'RESPONSE_TOO_LARGE')],
          });
        },
      };
    },
  };
}

/**
 * Lets yoga send `text` for `result`. Yoga strips internal error extensions before it
 * serialises, so a result with errors or HTTP extensions is left to it; the property is not
 * enumerable, so a plugin that copies the result afterwards does not carry stale text along, and
 * it answers only for the very object it was measured on.
 */
function reuseSerialisation(result: ExecutionResult, text: string): void {
  if (result.errors?.length || result.extensions?.['http']) return;
  // Plugins after this one may still replace the result's parts (the response cache strips its
  // metadata fields from the data): the text answers only for the parts it was made from.
  const { data, extensions } = result;
  Object.defineProperty(result, 'stringify', {
    value: (value: ExecutionResult) => (value === result && value.data === data && value.extensions === extensions && !value.errors?.length ? text : JSON.stringify(value)),
    enumerable: false,
  });
}

/**
 * Introspection off for every transport. Yoga's own plugin keys on the HTTP request, which a
 * graphql-ws operation does not have, so it let WebSocket clients introspect (issue 9).
 */
function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/**
 * At most `perMinute` mutations per API token and minute, counted in this process (the
 * plugin also offers a Redis store for a shared budget across instances).
 */
export function useMutationRateLimit(perMinute: number): ReturnType<typeof useRateLimiter> {
  const limiter = useRateLimiter({
    // The plugin types the context as unknown; it is the Context this app's factory builds.
    identifyFn: (context) => {
      const viewer = (context as Partial<Context>).viewer;
      return viewer ? `token:${viewer.tokenId}` : 'anonymous';
    },
    configByField: [{ type: 'Mutation', field: '*', max: perMinute, window: '1m' }],
    transformError: (message) => codedError(message, 'RATE_LIMITED'),
    interpolateMessage: () => `At most ${perMinute} mutations per minute per token; try again shortly.`,
  });
  const { onExecute } = limiter;
  if (!onExecute) return limiter;
  return {
    ...limiter,
    // The limiter walks the whole document with type info on every execution, looking for
    // limited fields; only a mutation has any.
    onExecute: (payload) => (getOperationAST(payload.args.document, payload.args.operationName)?.operation === 'mutation' ? onExecute(payload) : undefined),
  };
}

/** Largest request body accepted: room for the largest article (200 000 characters, up to 4 bytes each) and its fields. */
export const maxRequestBytes = 1_000_000;

/**
 * Refuses oversized POST bodies before anything reads them. A body without a declared length
 * could be of any size, so it must declare one (every GraphQL client does).
 */
export function useRequestSizeLimit(limit = maxRequestBytes): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const declared = request.headers.get('content-length');
      const refuse = (status: number, message: string) =>
        endResponse(fetchAPI.Response.json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, { status }));
      if (declared === null) refuse(411, 'POST requests must declare Content-Length.');
      else if (Number(declared) > limit) refuse(413, `Request bodies are limited to ${limit} bytes.`);
    },
  };
}
