import { createGraphQLError } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import { encodeCursor } from './cursor.js';
import { type EventHub, matchesStatement, type StatementFilter, SubscriberOverflow } from './hub.js';
import { type StatementEvent, statementsAfter } from './load.js';
import type { BoundedQueue } from './queue.js';

const replayBatch = 500;

/**
 * Every matching statement after `after` (or from now), in seq order, each exactly once.
 * The live subscription is registered *before* the replay reads the table, so a statement
 * committed during the replay is either read by it (seq ≤ registration head) or queued live
 * (seq above it), never both and never neither.
 */
export function statementStream(
  db: Database,
  hub: EventHub,
  filter: StatementFilter,
  after: number | undefined,
): AsyncIterableIterator<StatementEvent> {
  const live = hub.subscribeStatements(filter);
  const events = replayThenLive(db, live, filter, after, hub.headSeq);
  // An async generator parked on `await` handles return() only after its next value, so a
  // client leaving a quiet stream would stay subscribed. Ending the queue first unparks it.
  return {
    next: () => events.next(),
    return: async () => {
      await live.return();
      return events.return(undefined);
    },
    throw: (error: unknown) => events.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

async function* replayThenLive(
  db: Database,
  live: BoundedQueue<StatementEvent>,
  filter: StatementFilter,
  after: number | undefined,
  registeredAt: number,
): AsyncGenerator<StatementEvent, undefined> {
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
  return undefined;
}
