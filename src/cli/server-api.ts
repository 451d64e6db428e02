import { z } from 'zod';

/**
 * A running Parley server's GraphQL API, for CLIs given `--server URL`: the embedded database
 * belongs to that server's process (see db/data-dir-lock.ts), so the work goes through it.
 */
export interface ServerTarget {
  url: string;
  token: string;
}

/** The server could not do what was asked; `message` is one line for the terminal. */
export class ServerApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerApiError';
  }
}

/** `--server` and `--token` (or PARLEY_TOKEN); null without `--server`. */
export function serverTarget(server: string | undefined, token: string | undefined): ServerTarget | null {
  if (server === undefined) return null;
  if (!URL.canParse(server) || !/^https?:$/.test(new URL(server).protocol)) throw new ServerApiError(`--server must be the http(s) URL of the GraphQL endpoint, such as http://localhost:4000/graphql`);
  if (!token) throw new ServerApiError('--server needs an API token: pass --token TOKEN or set PARLEY_TOKEN');
  return { url: server, token };
}

const response = z.object({
  data: z.record(z.string(), z.unknown()).nullish(),
  errors: z.array(z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).loose().optional() })).optional(),
});

/** A mutation's typed-error branch (`... on Error { code message }`). */
const typedError = z.object({ __typename: z.string(), code: z.string(), message: z.string() });

/**
 * Runs one operation and returns its `field`, parsed with `shape`; a transport failure, a
 * GraphQL error or a typed error result becomes a ServerApiError with the server's code.
 */
export async function callServer<T>(target: ServerTarget, query: string, variables: Record<string, unknown>, field: string, shape: z.ZodType<T>): Promise<T> {
  let reply: Response;
  try {
    reply = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${target.token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new ServerApiError(`cannot reach ${target.url}: ${cause}`);
  }
  const parsed = response.safeParse(await reply.json().catch(() => null));
  if (!parsed.success) throw new ServerApiError(`${target.url} answered HTTP ${reply.status} without a GraphQL response; is it a Parley server?`);
  const [first] = parsed.data.errors ?? [];
  if (first) throw new ServerApiError(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
  const value = parsed.data.data?.[field];
  const failure = typedError.safeParse(value);
  if (failure.success && failure.data.__typename.endsWith('Error')) throw new ServerApiError(`${failure.data.code}: ${failure.data.message}`);
  const result = shape.safeParse(value);
  if (!result.success) throw new ServerApiError(`${target.url} answered ${field} in an unexpected shape: ${z.prettifyError(result.error)}`);
  return result.data;
}
