import type { Database } from '../../src/db/client.js';
import { createToken } from '../../src/services/tokens.js';

/** Bearer headers for a fresh token of each scope. */
export async function issueTokens(db: Database) {
  const ingest = await createToken(db, { name: 'test ingest', scopes: ['ingest'] });
  const admin = await createToken(db, { name: 'test admin', scopes: ['admin'] });
  return {
    ingest: { authorization: `Bearer ${ingest.secret}` },
    admin: { authorization: `Bearer ${admin.secret}` },
    ingestId: ingest.id,
  };
}
