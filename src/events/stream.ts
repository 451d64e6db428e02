import { createGraphQLError } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import { encodeCursor } from './cursor.js';
import { type EventHub, matchesStatement, type StatementFilter, SubscriberOverflow } from './hub.js';
import { type StatementEvent, statementsAfter } from './load.js';

const replayBatch = 500;

/**
 * Every matching statement after `after` (or from now), in seq order, each exactly once.
 * The live subscription is registered *before* the replay reads the table, so a statement
 * committed during the replay is either read by it (seq ≤ registration head) or queued live
 * (seq above it), never both and never neither.
 */
export async function* statementStream(
  db: Database,
  hub: EventHub,
  filter: StatementFilter,
  after: number | undefined,
): AsyncGenerator<StatementEvent> {
  const live = hub.subscribeStatements(filter);
  const registeredAt = hub.headSeq;
  let delivered = after ?? registeredAt;
  try {
    while (delivered < registeredAt) {
      const batch = await statementsAfter(db, delivered, replayBatch, registeredAt);
      if (batch.length === 0) break;
      for (const event of batch) {
        if (matchesStatement(filter, event)) yield event;
        delivered = event.seq;
      }
    }
    for await (const event of live) {
      // A cursor from beyond the head (a client ahead of a restored database) skips what it has.
      if (event.seq <= delivered) continue;
      yield event;
      delivered = event.seq;
    }
  } catch (error) {
    if (!(error instanceof SubscriberOverflow)) throw error;
    throw createGraphQLError('This subscriber fell too far behind the statement stream; resume with `after: lastCursor`.', {
      extensions: { code: 'SUBSCRIBER_OVERFLOW', lastCursor: encodeCursor(delivered) },
    });
  } finally {
    await live.return();
  }
}
