import { createGraphQLError } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import { type Viewer, verifyToken } from '../services/tokens.js';

/** The bearer secret from an `Authorization` header or a graphql-ws `connection_init` payload. */
function bearerSecret(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (match?.[1]) return match[1];
  throw createGraphQLError('Authorization must be "Bearer <token>".', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * Resolves the caller. No credentials means anonymous read access; credentials that do not
 * name a live token are refused outright rather than silently downgraded to anonymous.
 */
export async function authenticate(db: Database, header: string | null | undefined): Promise<Viewer | null> {
  const secret = bearerSecret(header);
  if (secret === null) return null;
  const viewer = await verifyToken(db, secret);
  if (viewer) return viewer;
  throw createGraphQLError('The token is unknown, expired or revoked.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
