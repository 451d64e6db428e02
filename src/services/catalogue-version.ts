import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { streamState } from '../db/schema.js';

type Executor = Pick<Database, 'update' | 'select'>;

/**
 * Marks the extraction catalogue as changed, in the caller's transaction: every process (this
 * one and other instances) reloads it before its next extraction. The counter lives in the
 * stream_state row; an ingest bumps it after numbering its statements, when it holds that row.
 */
export async function bumpCatalogueVersion(tx: Executor): Promise<void> {
  await tx.update(streamState).set({ catalogueVersion: sql`${streamState.catalogueVersion} + 1` });
}

export async function catalogueVersion(db: Executor): Promise<number> {
  const [row] = await db.select({ version: streamState.catalogueVersion }).from(streamState);
  return row?.version ?? 0;
}
