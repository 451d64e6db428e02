import { decodeGlobalID } from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';
import type { RowRef } from '../db/predicates.js';
import { maxRefChars } from './inputs.js';

/** Pothos' own test for a base64 string (core utils/base64.js), which every global ID passes. */
const base64 = /^(?:[\d+/A-Za-z]{4})*(?:[\d+/A-Za-z]{2}==|[\d+/A-Za-z]{3}=)?$/;

function decodeId(value: string, typename: string): number | null {
  // Most refs are slugs ("topic-49"), which cannot be base64: decoding them would only throw,
  // and a thrown error (with its stack) costs more than the rest of parsing the ref.
  if (!base64.test(value)) return null;
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename !== typename) return null;
    // Only plain decimal: Number() would also take "1e3", " 7" or "0x10".
    if (!/^[1-9][0-9]{0,15}$/.test(decoded.id)) return null;
    const id = Number(decoded.id);
    return Number.isSafeInteger(id) && id <= 2 ** 31 - 1 ? id : null;
  } catch {
    return null;
  }
}

/** The value as an error message may quote it: short, whatever the client sent. */
const quoted = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

function refuseLong(value: string, typename: string): void {
  if (value.length <= maxRefChars) return;
  throw createGraphQLError(`A ${typename} ID or slug has at most ${maxRefChars} characters; got ${value.length}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Accepts either a global ID of `typename` or a slug, so GraphiQL users can type
 * `speaker: "vladimir-putin"` and Relay clients can pass the IDs they already hold.
 */
export function parseRef(value: string, typename: string): RowRef {
  refuseLong(value, typename);
  const id = decodeId(value, typename);
  if (id !== null) return { id };
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return { slug: value };
  throw createGraphQLError(`${quoted(value)} is neither a ${typename} ID nor a slug`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Parses a global ID that must name a row of `typename`. */
export function parseId(value: string, typename: string): number {
  refuseLong(value, typename);
  const id = decodeId(value, typename);
  if (id !== null) return id;
  throw createGraphQLError(`${quoted(value)} is not a ${typename} ID`, { extensions: { code: 'BAD_USER_INPUT' } });
}
