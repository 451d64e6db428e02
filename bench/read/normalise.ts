/**
 * Answers of different servers in one comparable form: object keys sorted, timestamps in one
 * ISO format (Parley writes `…T00:05:00.000Z`, Postgres' json `…T00:05:00+00:00`), so two
 * answers are equal exactly when they hold the same data.
 */
const timestamp = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)$/;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function normalise(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return timestamp.test(value) ? new Date(value).toISOString() : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, normalise(item)]));
  }
  throw new TypeError(`cannot compare a ${typeof value}`);
}

/** The path of the first place where two normalised answers differ, or null when they are equal. */
export function firstDifference(a: Json, b: Json, path = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items against ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i] ?? null, b[i] ?? null, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (!(key in a) || !(key in b)) return `${path}.${key}: present in only one answer`;
      const found = firstDifference(a[key] ?? null, b[key] ?? null, `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} against ${JSON.stringify(b)}`;
}
