import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute as graphqlExecute } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin, type PromiseOrValue } from 'graphql-yoga';
import type { Context } from '../../schema/builder.js';

/** A source event delivered to many subscribers at once (see events/hub.ts). */
interface SharedEvent {
  shared: Map<string, Promise<unknown>>;
}

const isSharedEvent = (value: unknown): value is SharedEvent =>
  typeof value === 'object' && value !== null && 'shared' in value && value.shared instanceof Map;

/**
 * `subscribe` that executes each event once per distinct operation, not once per subscriber.
 * Every subscriber to a feed usually sends the same document; they then share one execution
 * and one result object per event, which is what keeps fan-out cheap at thousands of sockets.
 * `audience` is what may differ between callers for the same document: their authorisation.
 */
export async function sharedSubscribe(args: ExecutionArgs, audience: string): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  const key = [audience, args.document.loc?.source.body ?? '', args.operationName ?? '', JSON.stringify(args.variableValues ?? {})].join('\u0000');
  // graphql-js `execute` runs the subscription document as a plain execution against the event.
  const execute = (event: unknown) => graphqlExecute({ ...args, rootValue: event });
  return mapAsyncIterator(source, (event: unknown): PromiseOrValue<ExecutionResult> => {
    if (!isSharedEvent(event)) return execute(event);
    const cached = event.shared.get(key);
    // Same key: same document, variables and audience, so the same result type.
    if (cached) return cached as Promise<ExecutionResult>;
    const result = Promise.resolve(execute(event));
    event.shared.set(key, result);
    return result;
  });
}

/**
 * Subscriptions on every transport (graphql-ws, SSE, multipart) use the shared execution.
 * As an envelop plugin it sits inside yoga's pipeline, so yoga's own error masking applies to
 * every event's result (the hand-written masking this replaced is gone).
 */
export function useSharedSubscriptions(): Plugin<Partial<Context>> {
  return {
    onSubscribe({ args, setSubscribeFn }) {
      // Authorisation is by scope alone, so callers with the same scopes may share results.
      const audience = args.contextValue.viewer?.scopes.join(',') ?? 'anonymous';
      setSubscribeFn((subscribeArgs) => sharedSubscribe(subscribeArgs, audience));
    },
  };
}
