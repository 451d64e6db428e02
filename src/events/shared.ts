import type { GraphQLResolveInfo } from 'graphql';

/**
 * Names what a resolver is about to load: the document's text, the operation, its variables
 * and the field's path. Equal keys plan equal queries, without planning them to compare.
 */
function selectionKey(info: GraphQLResolveInfo): string {
  const document = info.operation.loc?.source.body ?? '';
  return `${document}\u0000${info.operation.name?.value ?? ''}\u0000${JSON.stringify(info.variableValues)}\u0000${String(info.path.key)}`;
}

/**
 * Runs `load` once per event for every subscriber whose selection has the same key. A feed's
 * clients usually send one document, so an event costs one query and one query plan however
 * many subscribers listen.
 */
export function sharedLoad<T>(cache: Map<string, Promise<unknown>>, info: GraphQLResolveInfo, load: () => PromiseLike<T>): Promise<T> {
  const key = selectionKey(info);
  const cached = cache.get(key);
  // Same key, same selection, same loader: the cached value has this resolver's type.
  if (cached) return cached as Promise<T>;
  const result = Promise.resolve(load());
  cache.set(key, result);
  return result;
}
