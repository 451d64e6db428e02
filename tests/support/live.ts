import { asc } from 'drizzle-orm';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Database } from '../../src/db/client.js';
import { statements } from '../../src/db/schema.js';
import type { TestServer } from './server.js';

export interface Received {
  cursor: string;
  node: { seq: number; text: string; speaker: { name: string } };
}

export const statementAdded = /* GraphQL */ `
  subscription Statements($after: String, $filter: StatementStreamFilter) {
    statementAdded(after: $after, filter: $filter) { cursor node { seq text speaker { name } } }
  }
`;

/** A graphql-ws client over a real socket; `close()` in afterEach/afterAll. */
export function wsClient(server: TestServer, connectionParams?: Record<string, unknown>): Client {
  return createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

/** Collects subscription events until `count` have arrived (or the stream fails). */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>, count: number) {
  const received: T[] = [];
  let failure: unknown;
  let stop = () => {};
  const done = new Promise<T[]>((resolve, reject) => {
    stop = client.subscribe<T>(
      { query, variables },
      {
        next: (message) => {
          if (message.errors) {
            failure = message.errors;
            reject(new Error(JSON.stringify(message.errors)));
            return;
          }
          if (message.data) received.push(message.data);
          if (received.length >= count) resolve(received);
        },
        error: (error) => {
          failure = error;
          reject(error);
        },
        complete: () => resolve(received),
      },
    );
  });
  return { received, done, stop: () => stop(), failed: () => failure };
}

/** An article whose every paragraph is one attributed quote: what the extractor reads reliably. */
export function articleOf(title: string, quotes: string[]) {
  return { title, body: quotes.map((q) => `Vladimir Putin said: “${q}”`).join('\n\n') };
}

export const ingestMutation = /* GraphQL */ `
  mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }
`;

export async function ingestVia(server: TestServer, headers: Record<string, string>, title: string, quotes: string[]) {
  const { errors } = await server.graphql(ingestMutation, { input: articleOf(title, quotes) }, headers);
  if (errors) throw new Error(JSON.stringify(errors));
}

/** Every committed seq, ascending: the ground truth a stream is checked against. */
export async function allSeqs(db: Database): Promise<number[]> {
  const rows = await db.select({ seq: statements.seq }).from(statements).orderBy(asc(statements.seq));
  return rows.map((r) => r.seq);
}

/** Resolves once `predicate` holds, polling a real condition rather than sleeping a guess. */
export async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
