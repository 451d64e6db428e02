import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';

/**
 * Operation limits, checked at validation (so on every transport) before anything runs.
 * Depth 12 admits statements → speaker → positions → topic with connections in between;
 * introspection is exempt so GraphiQL and codegen keep working. Page sizes are capped at
 * 100 by the connections themselves.
 */
export const operationLimits = { depth: 12, aliases: 20, tokens: 3_000 } as const;

export function useOperationLimits(): Plugin[] {
  return [
    maxDepthPlugin({ n: operationLimits.depth, ignoreIntrospection: true }),
    maxAliasesPlugin({ n: operationLimits.aliases }),
    maxTokensPlugin({ n: operationLimits.tokens }),
  ];
}
