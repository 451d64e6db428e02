import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute as graphqlExecute, GraphQLError } from 'graphql';
import { createGraphQLError, isAsyncIterable, mapAsyncIterator, maskError, type PromiseOrValue } from 'graphql-yoga';

/** A source event delivered to many subscribers at once (see events/hub.ts). */
interface SharedEvent {
  shared: Map<string, Promise<unknown>>;
}

const isSharedEvent = (value: unknown): value is SharedEvent =>
  typeof value === 'object' && value !== null && 'shared' in value && value.shared instanceof Map;

export interface SharedSubscribeOptions {
  /** what may differ between callers for the same document: their authorisation */
  audience: string;
  /** called with every error Parley did not expect, before clients get a masked one */
  onUnexpected(error: unknown): void;
}

/**
 * `subscribe` for graphql-ws that executes each event once per distinct operation, not once
 * per subscriber. Every subscriber to a feed usually sends the same document; they then share
 * one execution and one result object per event, which is what keeps fan-out cheap at
 * thousands of sockets. Yoga's plugins still run for every subscribe (parse, validate,
 * context, auth); only the per-event execution is shared. A stream that fails (e.g. a subscriber overflow) ends with a final
 * result carrying the error, which graphql-ws clients receive as a typed GraphQL error.
 */
export async function sharedSubscribe(
  args: ExecutionArgs,
  { audience, onUnexpected }: SharedSubscribeOptions,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return { ...source, errors: source.errors?.map((error) => masked(error, onUnexpected)) };
  const key = [audience, args.document.loc?.source.body ?? '', args.operationName ?? '', JSON.stringify(args.variableValues ?? {})].join('\u0000');
  return mapAsyncIterator(
    source,
    (event: unknown): PromiseOrValue<ExecutionResult> => {
      if (!isSharedEvent(event)) return execute({ ...args, rootValue: event });
      const cached = event.shared.get(key);
      // Same key: same document, variables and audience, so the same result type.
      if (cached) return cached as Promise<ExecutionResult>;
      const result = Promise.resolve(execute({ ...args, rootValue: event }));
      event.shared.set(key, result);
      return result;
    },
    (error: unknown): ExecutionResult => ({ errors: [masked(error, onUnexpected)] }),
  );

  /**
   * graphql-js `execute`, which runs a subscription document as a plain execution against
   * the event (yoga's executor would start a new subscription instead), with yoga's masking.
   */
  async function execute(eventArgs: ExecutionArgs): Promise<ExecutionResult> {
    const result = await graphqlExecute(eventArgs);
    return result.errors ? { ...result, errors: result.errors.map((error) => masked(error, onUnexpected)) } : result;
  }
}

/** Expected errors (GraphQL errors raised on purpose) pass; anything else is logged and hidden. */
function masked(error: unknown, onUnexpected: (error: unknown) => void): GraphQLError {
  const shown = maskError(error, 'Unexpected error.', false);
  if (shown !== error) onUnexpected(error);
  return shown instanceof GraphQLError ? shown : createGraphQLError(shown.message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
