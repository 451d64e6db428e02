import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';

/** The one channel every Parley process listens on. Lower-case: PGlite does not quote it. */
export const eventsChannel = 'parley_events';

export interface StatementsCommitted {
  articleId: number;
  firstSeq: number;
  /** below firstSeq when the article had no statements */
  lastSeq: number;
}

/**
 * Queues a notification that is delivered only if the transaction commits, so listeners
 * never hear of rows they cannot read. It carries numbers only, far below NOTIFY's 8000-byte cap.
 */
export async function notifyStatements(tx: Pick<Database, 'execute'>, event: StatementsCommitted): Promise<void> {
  await tx.execute(sql`select pg_notify(${eventsChannel}, ${JSON.stringify(event)})`);
}
