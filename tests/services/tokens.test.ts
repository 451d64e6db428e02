import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, ensureAdminToken, hashToken, revokeToken, verifyToken } from '../../src/services/tokens.js';
import { apiTokens } from '../../src/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.dispose();
});

describe('API tokens', () => {
  it('stores only a hash of the secret', async () => {
    const { secret } = await createToken(database.db, { name: 'feed', scopes: ['ingest'] });
    const stored = await database.db.select({ tokenHash: apiTokens.tokenHash }).from(apiTokens);
    expect(stored.map((row) => row.tokenHash)).toContain(hashToken(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('stops accepting a token once it is revoked or expired', async () => {
    const live = await createToken(database.db, { name: 'live', scopes: ['ingest'] });
    const expired = await createToken(database.db, { name: 'old', scopes: ['ingest'], expiresAt: new Date(Date.now() - 1_000) });
    expect(await verifyToken(database.db, live.secret)).toMatchObject({ tokenId: live.id, scopes: ['ingest'] });
    expect(await verifyToken(database.db, expired.secret)).toBeNull();
    expect(await revokeToken(database.db, live.id)).toBe(true);
    expect(await verifyToken(database.db, live.secret)).toBeNull();
    expect(await revokeToken(database.db, live.id)).toBe(false);
  });

  it('accepts PARLEY_ADMIN_TOKEN as an admin token, however often it is bootstrapped', async () => {
    const secret = 'an-operator-chosen-secret-of-some-length';
    await ensureAdminToken(database.db, secret);
    await ensureAdminToken(database.db, secret);
    expect(await verifyToken(database.db, secret)).toMatchObject({ scopes: ['admin'] });
  });

  it('bootstraps PARLEY_ADMIN_TOKEN on a database whose id sequence lags its rows (a directory two processes wrote)', async () => {
    await createToken(database.db, { name: 'earlier', scopes: ['ingest'] });
    // The next id the sequence hands out is one a row already has: what two writers left behind.
    await database.db.execute(sql`select setval(pg_get_serial_sequence('api_tokens', 'id'), (select min(id) from api_tokens), false)`);
    const secret = 'a-second-operator-chosen-secret-of-length';
    await ensureAdminToken(database.db, secret);
    await ensureAdminToken(database.db, secret);
    expect(await verifyToken(database.db, secret)).toMatchObject({ scopes: ['admin'] });
    const later = await createToken(database.db, { name: 'later', scopes: ['ingest'] });
    expect(await verifyToken(database.db, later.secret)).toMatchObject({ tokenId: later.id });
  });
});
