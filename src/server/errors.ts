import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';
import { ExtractionFailed, ExtractionTimeout } from '../services/extraction.js';

/**
 * Every `extensions.code` a client can see, with what it means. The README's error table is
 * this list (a test keeps them equal); any error without one of these codes is a bug.
 */
export const errorCodes = {
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The document does not fit the schema (unknown field, wrong argument type, introspection switched off …).',
  BAD_REQUEST: 'The HTTP request itself is malformed: body too large (413) or of undeclared length (411), bad JSON, wrong method or content type.',
  BAD_USER_INPUT: 'An argument is invalid: too long, malformed, a forged ID or cursor, a NUL character.',
  QUERY_TOO_COMPLEX: 'The operation exceeds a depth, alias, token or cost limit; `extensions.cost` reports the cost.',
  RESPONSE_TOO_LARGE: 'The result would exceed the response size limit; ask for fewer or smaller fields.',
  UNAUTHENTICATED: 'A mutation without a token, or a token that is malformed, unknown, expired or revoked.',
  FORBIDDEN: 'The token lacks the scope the operation needs, or a CSRF header is missing.',
  RATE_LIMITED: 'Too many mutations for this token in the last minute.',
  TOO_MANY_SUBSCRIPTIONS: 'This WebSocket already holds as many subscriptions as it may.',
  PERSISTED_QUERY_NOT_FOUND: 'An automatic persisted query hash this process does not know yet; send the query with it once.',
  PERSISTED_QUERY_MISMATCH: 'An automatic persisted query whose text does not hash to the hash sent with it.',
  NOT_FOUND: 'A referenced stakeholder, topic, article or statement does not exist (also a typed mutation result).',
  INVALID_REQUEST: 'Well-formed input that cannot be carried out as asked (a typed mutation result).',
  INVALID_URL: 'A URL Parley will not fetch: not http(s), carrying credentials, or on a private, loopback or link-local address (a typed mutation result).',
  DUPLICATE_SOURCE: 'A source with this URL is already followed; `existing` is its ID (a typed mutation result).',
  UNREACHABLE: 'The host did not answer: its name does not resolve, it refuses connections, or it ran past the time limit (a typed mutation result).',
  FETCH_FAILED: 'The host answered, but not usably: an error status, too large, too many redirects, not a feed of the kind given, no article text (a typed mutation result).',
  SUBSCRIBER_OVERFLOW: 'A subscriber fell too far behind; resume with `after: extensions.lastCursor`.',
  EXTRACTION_TIMEOUT: 'Extracting the article took longer than its time budget; nothing was stored.',
  EXTRACTION_FAILED: 'The extractor failed on the article (a bug, logged with its stack); nothing was stored.',
  TIMEOUT: 'The operation ran past its deadline or the database statement timeout and was cancelled.',
  SERVICE_UNAVAILABLE: 'The database cannot be reached right now; retry shortly.',
  INTERNAL_SERVER_ERROR: 'Anything Parley did not expect; the message is masked as `Unexpected error.` and the log has the details.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && Object.hasOwn(errorCodes, value);

/** An expected error for clients: its message and a documented code. */
export function codedError(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}): GraphQLError {
  return createGraphQLError(message, { extensions: { ...extensions, code } });
}

/** Errors echo client input; a forged 900 KB cursor must not come back (or be logged) whole. */
export function shorten(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/** Node and postgres.js codes for a connection that could not be made or was lost. */
const connectionCodes = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
  'POOL_ACQUIRE_TIMEOUT',
]);

/** SQLSTATEs of an unavailable server: class 08 (connection), shutdown, too many connections. */
const unavailableStates = /^(08...|57P0[123]|53300)$/;

/** The causes behind an error, outermost first (drizzle wraps the driver's error in `cause`). */
function* causes(error: unknown): Generator<unknown> {
  for (let current = error, depth = 0; current != null && depth < 8; depth += 1) {
    yield current;
    current = current instanceof GraphQLError ? current.originalError : current instanceof Error ? current.cause : undefined;
  }
}

const codeOf = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined);

/** The typed error an unexpected failure stands for, if it is one clients can act on. */
export function classify(error: unknown): GraphQLError | undefined {
  for (const cause of causes(error)) {
    if (cause instanceof PothosValidationError) return codedError(shorten(cause.message), 'BAD_USER_INPUT');
    if (cause instanceof ExtractionTimeout) return codedError(cause.message, 'EXTRACTION_TIMEOUT');
    if (cause instanceof ExtractionFailed) return codedError(cause.message, 'EXTRACTION_FAILED');
    const code = codeOf(cause);
    if (code === undefined) continue;
    if (connectionCodes.has(code) || unavailableStates.test(code)) {
      return codedError('The database is unavailable; try again shortly.', 'SERVICE_UNAVAILABLE');
    }
    // query_canceled: the statement timeout, or Parley cancelling work past a request's deadline.
    if (code === '57014' || code === 'REQUEST_TIMEOUT') return codedError('The operation took too long and was cancelled.', 'TIMEOUT');
    // Values Postgres refuses (text it cannot store, a key that is no number or out of range)
    // come from client input (e.g. a global ID decoded by the relay plugin), not from a fault.
    if (code === '22021' || code === '22P05') return codedError('The input contains characters Postgres cannot store.', 'BAD_USER_INPUT');
    if (code === '22P02' || code === '22003') return codedError('An ID or value in the input is malformed or out of range.', 'BAD_USER_INPUT');
  }
  return undefined;
}

/**
 * Yoga's masking, extended: expected GraphQL errors pass (a code is added where a library
 * left none), known failures become typed errors, and anything else is masked as
 * `Unexpected error.` (yoga logs the original with its stack).
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const typed = classify(error);
  if (typed) return typed;
  const masked = yogaMaskError(error, message, isDev);
  if (masked instanceof GraphQLError && !isErrorCode(masked.extensions.code)) {
    return new GraphQLError(masked.message, { ...masked, extensions: { ...masked.extensions, code: fallbackCode(masked) } });
  }
  return masked;
}

/** Codes for library errors that carry none: syntax errors, validation rules. */
function fallbackCode(error: GraphQLError): ErrorCode {
  if (error.message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED';
  // graphql-js coercing the variables a client sent.
  if (error.message.startsWith('Variable "$')) return 'BAD_USER_INPUT';
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  if (status === 403) return 'FORBIDDEN';
  if (status !== undefined && status >= 400 && status < 500) return 'BAD_REQUEST';
  return error.nodes?.length ? 'GRAPHQL_VALIDATION_FAILED' : 'INTERNAL_SERVER_ERROR';
}
