import { createGraphQLError } from 'graphql-yoga';

const prefix = 'seq:';

/** Opaque to clients; today the base64url of the statement's seq. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`${prefix}${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const seq = text.startsWith(prefix) ? Number(text.slice(prefix.length)) : Number.NaN;
  if (Number.isSafeInteger(seq) && seq >= 0) return seq;
  throw createGraphQLError(`"${cursor}" is not a statement stream cursor`, { extensions: { code: 'BAD_USER_INPUT' } });
}
