import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { apiTokens } from '../db/schema.js';

export const tokenScopes = ['ingest', 'admin'] as const;
export type TokenScope = (typeof tokenScopes)[number];

export const isTokenScope = (value: string): value is TokenScope => (tokenScopes as readonly string[]).includes(value);

/** Who is calling: the token's id and what it may do. */
export interface Viewer {
  tokenId: number;
  scopes: TokenScope[];
  expiresAt: Date | null;
}

/** Only the hash is stored: a leaked database does not leak usable tokens. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface CreatedToken {
  id: number;
  /** shown once; Parley cannot show it again */
  secret: string;
}

export async function createToken(
  db: Database,
  { name, scopes, expiresAt }: { name: string; scopes: TokenScope[]; expiresAt?: Date | null },
): Promise<CreatedToken> {
  const secret = `prl_${randomBytes(24).toString('base64url')}`;
  const [row] = await db
    .insert(apiTokens)
    .values({ name, scopes, tokenHash: hashToken(secret), expiresAt: expiresAt ?? null })
    .returning({ id: apiTokens.id });
  if (!row) throw new Error('token insert returned no row');
  return { id: row.id, secret };
}

/** Revokes a token by id; false when no live token has that id. */
export async function revokeToken(db: Database, id: number): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function listTokens(db: Database) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, scopes: apiTokens.scopes, createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .orderBy(apiTokens.id);
}

/** The live (not revoked, not expired) token with this secret, if any. */
export async function verifyToken(db: Database, secret: string): Promise<Viewer | null> {
  const [row] = await db
    .select({ id: apiTokens.id, scopes: apiTokens.scopes, expiresAt: apiTokens.expiresAt })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(secret)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
      ),
    )
    .limit(1);
  if (!row) return null;
  const scopes = row.scopes.filter(isTokenScope);
  return { tokenId: row.id, scopes, expiresAt: row.expiresAt };
}

/**
 * Makes the secret from PARLEY_ADMIN_TOKEN a live admin token; idempotent, so every restart
 * with the same variable is a no-op (it un-revokes nothing). A start on a data directory that
 * two processes wrote at once (before the data-directory lock) can find the id sequence behind
 * its rows; then the insert fails on the primary key, the sequence is moved past them, and the
 * insert runs once more.
 */
export async function ensureAdminToken(db: Database, secret: string): Promise<void> {
  const tokenHash = hashToken(secret);
  const [existing] = await db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash)).limit(1);
  if (existing) return;
  const insert = () =>
    db.insert(apiTokens).values({ name: 'PARLEY_ADMIN_TOKEN', scopes: ['admin'], tokenHash }).onConflictDoNothing({ target: apiTokens.tokenHash });
  try {
    await insert();
  } catch (error) {
    if (!violates(error, 'api_tokens_pkey')) throw error;
    await db.execute(sql`select setval(pg_get_serial_sequence('api_tokens', 'id'), (select max(id) from api_tokens))`);
    await insert();
  }
}

/** Whether a database error (drizzle wraps the driver's in `cause`) is a unique violation of this constraint. */
function violates(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ('code' in e && e.code === '23505' && e.message.includes(constraint)) return true;
  }
  return false;
}

/** Which of these token ids are still live (not revoked, not expired): one query for any number. */
export async function liveTokenIds(db: Database, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .where(and(inArray(apiTokens.id, ids), isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`))));
  return new Set(rows.map((row) => row.id));
}
