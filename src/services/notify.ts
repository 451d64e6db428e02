import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.js';

/** The one channel every Parley process listens on. Lower-case: PGlite does not quote it. */
export const eventsChannel = 'parley_events';

/**
 * What a commit changed, beyond new statements (which listeners find by seq).
 * Numbers only: far below NOTIFY's 8000-byte cap, and no row data to go stale.
 */
const commitNotice = z.object({
  /** an article ingested by this commit */
  article: z.number().int().positive().optional(),
  /** a position recorded by this commit */
  position: z.number().int().positive().optional(),
});

export type CommitNotice = z.infer<typeof commitNotice>;

/** Reads a notification back; null for anything Parley did not send (any client may NOTIFY). */
export function parseCommitNotice(payload: string): CommitNotice | null {
  try {
    const parsed = commitNotice.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Queues a notification that is delivered only if the transaction commits, so listeners
 * never hear of rows they cannot read yet.
 */
export async function notifyCommit(tx: Pick<Database, 'execute'>, notice: CommitNotice): Promise<void> {
  await tx.execute(sql`select pg_notify(${eventsChannel}, ${JSON.stringify(notice)})`);
}
