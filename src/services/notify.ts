import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';

/** The one channel every Parley process listens on. Lower-case: PGlite does not quote it. */
export const eventsChannel = 'parley_events';

/**
 * What a commit changed, beyond new statements (which listeners find by seq).
 * Numbers only: far below NOTIFY's 8000-byte cap, and no row data to go stale.
 */
export interface CommitNotice {
  /** an article ingested by this commit */
  article?: number;
  /** a position recorded by this commit */
  position?: number;
}

/**
 * Queues a notification that is delivered only if the transaction commits, so listeners
 * never hear of rows they cannot read yet.
 */
export async function notifyCommit(tx: Pick<Database, 'execute'>, notice: CommitNotice): Promise<void> {
  await tx.execute(sql`select pg_notify(${eventsChannel}, ${JSON.stringify(notice)})`);
}
