/** A drizzle query that can show its SQL: the key under which equal queries are shared. */
interface Sharable<T> extends PromiseLike<T> {
  toSQL(): { sql: string; params: unknown[] };
}

/**
 * Runs `query` once per event for every subscriber that asks the same thing. A feed's
 * clients usually send one document, so an event costs one query however many listen.
 */
export function sharedQuery<T>(cache: Map<string, Promise<unknown>>, query: Sharable<T>): Promise<T> {
  const { sql, params } = query.toSQL();
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const cached = cache.get(key);
  if (cached) return cached as Promise<T>;
  const result = Promise.resolve(query);
  cache.set(key, result);
  return result;
}
