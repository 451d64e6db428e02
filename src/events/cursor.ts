import { createGraphQLError } from 'graphql-yoga';

/**
 * One cursor for a statement wherever it appears: `statements` (and the other connections
 * ordered by seq) and `statementAdded`. Connections get their cursors from Pothos' drizzle
 * plugin, which writes a row's ordering value as base64 of `DC:N:<seq>`; the stream writes the
 * same string, so a page's newest cursor resumes the stream and a stream cursor pages the
 * connection. `tests/clients/one-cursor.test.ts` pins the equality.
 */
const connectionPrefix = 'DC:N:';

/** What the stream issued before it shared the connections' format; still accepted on resume. */
const legacyPrefix = 'seq:';

/** Opaque to clients: the statement's seq in the connections' cursor format. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`${connectionPrefix}${seq}`).toString('base64');
}

/** The seq a statement cursor names; BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string): number {
  // Node's base64 decoder reads both alphabets: the legacy cursors were base64url. Real cursors
  // are ~12 characters; a long one is not decoded (or echoed) at all.
  const text = cursor.length <= 64 ? Buffer.from(cursor, 'base64').toString() : '';
  const prefix = [connectionPrefix, legacyPrefix].find((p) => text.startsWith(p));
  const digits = prefix ? text.slice(prefix.length) : '';
  const seq = /^\d{1,15}$/.test(digits) ? Number(digits) : Number.NaN;
  if (Number.isSafeInteger(seq)) return seq;
  const shown = cursor.length > 60 ? `${cursor.slice(0, 60)}…` : cursor;
  throw createGraphQLError(`${JSON.stringify(shown)} is not a statement cursor`, { extensions: { code: 'BAD_USER_INPUT' } });
}
