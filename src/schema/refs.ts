import { decodeGlobalID } from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';
import type { RowRef } from '../db/predicates.js';


function decodeId(value: string, typename: string): number | null {
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename !== typename) return null;
    const id = Number(decoded.id);
    return Number.isSafeInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/**
 * Accepts either a global ID of `typename` or a slug, so GraphiQL users can type
 * `speaker: "vladimir-putin"` and Relay clients can pass the IDs they already hold.
 */
export function parseRef(value: string, typename: string): RowRef {
  const id = decodeId(value, typename);
  if (id !== null) return { id };
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return { slug: value };
  throw createGraphQLError(`"${value}" is neither a ${typename} ID nor a slug`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Parses a global ID that must name a row of `typename`. */
export function parseId(value: string, typename: string): number {
  const id = decodeId(value, typename);
  if (id !== null) return id;
  throw createGraphQLError(`"${value}" is not a ${typename} ID`, { extensions: { code: 'BAD_USER_INPUT' } });
}
