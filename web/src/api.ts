import { type Client, createClient } from 'graphql-ws';
import type { TypedDocumentString } from './gql/graphql.js';

/** Parley's GraphQL endpoint, on the origin that served this page: nothing else is contacted. */
const endpoint = '/graphql';

interface Response<Data> {
  data?: Data | null;
  errors?: { message: string }[];
}

/** Runs a query over HTTP; throws with the server's messages when it answers errors. */
export async function request<Data, Variables>(document: TypedDocumentString<Data, Variables>, variables: Variables): Promise<Data> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  // The document's type says what `data` holds: the server validated the query against the schema.
  const body = (await response.json()) as Response<Data>;
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

export type Connection = 'connecting' | 'live' | 'reconnecting';

let client: Client | undefined;
const listeners = new Set<(state: Connection) => void>();
let state: Connection = 'connecting';

function setState(next: Connection) {
  state = next;
  for (const listener of listeners) listener(next);
}

/** Calls `listener` now and whenever the WebSocket connects or drops. */
export function onConnection(listener: (state: Connection) => void): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

function socket(): Client {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${endpoint}`;
  // No retries inside graphql-ws: `follow` resubscribes itself, with the cursor it has reached.
  client ??= createClient({
    url,
    lazy: true,
    retryAttempts: 0,
    keepAlive: 10_000,
    on: { connected: () => setState('live'), closed: () => setState('reconnecting') },
  });
  return client;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown };
}

/** graphql-ws hands a sink GraphQL errors as an array, a lost socket as a CloseEvent or Error. */
function graphqlErrors(error: unknown): GraphQLErrorLike[] {
  if (!Array.isArray(error)) return [];
  return error.filter((e): e is GraphQLErrorLike => typeof e === 'object' && e !== null && typeof e.message === 'string');
}

/** Longest wait between two reconnection attempts, in ms. */
const maxBackoffMs = 4_000;

/**
 * Follows a subscription whose `after` variable is a cursor: each event's `cursor(event)` is
 * kept, and after a dropped connection (server restart, network) the subscription starts again
 * from it, so nothing is missed and nothing is shown twice. Returns the function that stops it.
 */
export function follow<Data, Variables extends { after?: string | null }>(
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  handlers: { cursor: (data: Data) => string; onData: (data: Data) => void; onFailure: (message: string) => void },
): () => void {
  let after = variables.after ?? null;
  let attempt = 0;
  let stopped = false;
  let unsubscribe = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const retry = () => {
    if (stopped) return;
    setState('reconnecting');
    timer = setTimeout(start, Math.min(250 * 2 ** attempt++, maxBackoffMs));
  };
  function start() {
    unsubscribe = socket().subscribe<Data>(
      { query: document.toString(), variables: { ...variables, after } },
      {
        next: ({ data }) => {
          attempt = 0;
          if (!data) return;
          after = handlers.cursor(data);
          handlers.onData(data);
        },
        error: (error) => {
          // GraphQL errors refuse the subscription itself (an unknown filter, say): retrying cannot
          // help. Falling behind (SUBSCRIBER_OVERFLOW) and lost sockets are resumed from `after`.
          const refused = graphqlErrors(error).filter((e) => e.extensions?.code !== 'SUBSCRIBER_OVERFLOW');
          if (refused.length > 0) handlers.onFailure(refused.map((e) => e.message).join('; '));
          else retry();
        },
        complete: retry,
      },
    );
  }
  start();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
