import type { GraphQLResolveInfo } from 'graphql';
import { sharedLoad } from '../events/shared.js';

/**
 * Loads an event's row once for every subscriber asking the same selection. Planning
 * (`query(...)`, done by the caller) still runs per subscriber: it tells Pothos what the row
 * holds. Rows announced by a commit are there to read; a missing one was deleted in between.
 */
export async function sharedRow<T>(
  event: { id: number; shared: Map<string, Promise<unknown>> },
  info: GraphQLResolveInfo,
  load: () => PromiseLike<T | undefined>,
): Promise<T> {
  const row = await sharedLoad(event.shared, info, load);
  if (row === undefined) throw new Error(`row ${event.id} was deleted before it could be delivered`);
  return row;
}
