import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import introspection from '../../possible-types.json' with { type: 'json' };

export interface ParleyClientOptions {
  /** Parley's GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** An API token (`npm run token -- create`); needed for mutations only. */
  token?: string;
  /** How subscriptions travel: graphql-ws (default) or multipart HTTP through HttpLink. */
  subscriptions?: 'websocket' | 'multipart';
}

/**
 * The cache Parley needs: `possibleTypes` (generated, possible-types.json) so fragments on the
 * `Error` interface and on result unions match, and `relayStylePagination` so pages fetched with
 * `fetchMore` and edges pushed by subscriptions form one list per filter.
 */
export function parleyCache() {
  return new InMemoryCache({
    possibleTypes: introspection.possibleTypes,
    typePolicies: { Query: { fields: { statements: relayStylePagination(['filter']) } } },
  });
}

/** An Apollo Client for Parley; `close()` ends its WebSocket. */
export function createParleyClient({ url, token, subscriptions = 'websocket' }: ParleyClientOptions) {
  const authorization = token ? `Bearer ${token}` : undefined;
  const http = ApolloLink.from([
    // Automatic persisted queries: a hash first, the text only when the server asks for it.
    new PersistedQueryLink({ sha256: (query) => createHash('sha256').update(query).digest('hex') }),
    // The CSRF header lets queries use GET too (hashed queries do, when asked to).
    new HttpLink({ uri: url, headers: { 'x-graphql-yoga-csrf': '1', ...(authorization && { authorization }) } }),
  ]);
  if (subscriptions === 'multipart') return { client: new ApolloClient({ link: http, cache: parleyCache() }), close: async () => {} };
  const socket = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: authorization ? { authorization } : {} });
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(socket),
    http,
  );
  return { client: new ApolloClient({ link, cache: parleyCache() }), close: () => socket.dispose() };
}
