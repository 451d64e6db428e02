import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useRateLimiter } from '@envelop/rate-limiter';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Context } from '../schema/builder.js';

/**
 * Operation limits, checked at validation (so on every transport) before anything runs.
 * Depth 12 admits statements → speaker → positions → topic with connections in between;
 * introspection is exempt so GraphiQL and codegen keep working. Page sizes are capped at
 * 100 by the connection arguments, which refuse larger pages with BAD_USER_INPUT.
 */
export const operationLimits = { depth: 12, aliases: 20, tokens: 3_000 } as const;

export function useOperationLimits(): Plugin[] {
  return [
    maxDepthPlugin({ n: operationLimits.depth, ignoreIntrospection: true }),
    maxAliasesPlugin({ n: operationLimits.aliases }),
    maxTokensPlugin({ n: operationLimits.tokens }),
  ];
}

/**
 * At most `perMinute` mutations per API token and minute, counted in this process (the
 * plugin also offers a Redis store for a shared budget across instances).
 */
export function useMutationRateLimit(perMinute: number): ReturnType<typeof useRateLimiter> {
  return useRateLimiter({
    // The plugin types the context as unknown; it is the Context this app's factory builds.
    identifyFn: (context) => {
      const viewer = (context as Partial<Context>).viewer;
      return viewer ? `token:${viewer.tokenId}` : 'anonymous';
    },
    configByField: [{ type: 'Mutation', field: '*', max: perMinute, window: '1m' }],
    transformError: (message) => createGraphQLError(message, { extensions: { code: 'RATE_LIMITED' } }),
    interpolateMessage: () => `At most ${perMinute} mutations per minute per token; try again shortly.`,
  });
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
