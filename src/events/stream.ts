import { createGraphQLError } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import { encodeCursor } from './cursor.js';
import { type EventHub, matchesStatement, type StatementFilter, SubscriberOverflow } from './hub.js';
import { headSeq, type StatementEvent, statementsAfter } from './load.js';
import type { BoundedQueue } from './queue.js';

const replayBatch = 500;

/**
 * Every matching statement after `after` (or committed after the call), in seq order, each
 * exactly once. "Now" is the database's head, read before registering: the hub may not have
 * loaded the latest commits yet. The live subscription is registered *before* the replay
 * reads the table, so a statement committed meanwhile is either read by the replay (seq ≤
 * the hub's head at registration) or queued live (above it), never both and never neither.
 */
export async function statementStream(
  db: Database,
  hub: EventHub,
  filter: StatementFilter,
  after: number | undefined,
): Promise<AsyncIterableIterator<StatementEvent>> {
  const from = after ?? (await headSeq(db));
  const live = hub.subscribeStatements(filter);
  const events = replayThenLive(db, live, filter, from, hub.headSeq);
  // An async generator parked on `await` handles return() only after its next value, so a
  // client leaving a quiet stream would stay subscribed. Ending the queue first unparks it.
  const iterator: AsyncIterableIterator<StatementEvent> = {
    next: () => events.next(),
    return: async () => {
      await live.return();
      return events.return(undefined);
    },
    throw: (error: unknown) => events.throw(error),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

async function* replayThenLive(
  db: Database,
  live: BoundedQueue<StatementEvent>,
  filter: StatementFilter,
  after: number,
  registeredAt: number,
): AsyncGenerator<StatementEvent, undefined> {
  let delivered = after;
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
