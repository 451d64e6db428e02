import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Every error thrown while parsing (a syntax error, GraphQL Armor's token limit) carries its
 * code and HTTP 400 whichever transport parsed the document first.
 *
 * Yoga's parser cache keeps the error object of a document's first failed parse and throws that
 * same object again, from its before-parse hook, for every later request with the same text; the
 * after-parse hooks no longer run then. Yoga adds the code and status in such a hook only when the
 * operation came with an HTTP request (usePreventMutationViaGET), so a document first parsed over
 * graphql-ws was cached without them and HTTP later answered it with 200. This hook runs on that
 * first parse on every transport and, like yoga's, completes the object the cache holds instead of
 * replacing it. graphql-ws strips the `http` part again before sending (server/ws.ts).
 */
export function useParseErrorStatus(): Plugin {
  return {
    onParse() {
      return ({ result }) => {
        if (!(result instanceof GraphQLError)) return;
        result.extensions.code ??= 'GRAPHQL_PARSE_FAILED';
        const { http } = result.extensions;
        result.extensions.http = { spec: true, status: 400, ...(typeof http === 'object' ? http : {}) };
      };
    },
  };
}

/**
 * The error without `extensions.http`, which tells yoga's HTTP layer what status to answer and is
 * stripped from HTTP answers; a socket has no status. A copy: the original may be the cached one.
 */
export function withoutHttpDetails(error: GraphQLError): GraphQLError {
  if (!('http' in error.extensions)) return error;
  const extensions = Object.fromEntries(Object.entries(error.extensions).filter(([key]) => key !== 'http'));
  const { nodes, source, positions, path, originalError } = error;
  return new GraphQLError(error.message, { nodes, source, positions, path, originalError, extensions });
}
