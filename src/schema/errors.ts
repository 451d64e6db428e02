import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  DuplicateSourceError,
  FetchFailedError,
  InvalidRequestError,
  InvalidUrlError,
  NotFoundError,
  ParleyError,
  UnreachableError,
} from '../services/errors.js';
import { builder } from './builder.js';

/** Every expected failure a mutation can return instead of its result. */
export const ErrorInterface = builder.interfaceRef<ParleyError>('Error').implement({
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code', { description: 'Stable, machine-readable reason.' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'A referenced stakeholder, topic, article or statement does not exist.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

builder.objectType(InvalidRequestError, {
  name: 'InvalidRequestError',
  description: 'The input is well-formed but cannot be carried out as asked.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidRequestError,
});

/** The error types every mutation declares. */
export const mutationErrors = [NotFoundError, InvalidRequestError];

builder.objectType(InvalidUrlError, {
  name: 'InvalidUrlError',
  description: 'The URL cannot be followed: not http(s), carrying credentials, or on a private, loopback or link-local address.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidUrlError,
});

builder.objectType(DuplicateSourceError, {
  name: 'DuplicateSourceError',
  description: 'A source with this URL is already followed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof DuplicateSourceError,
  fields: (t) => ({
    existing: t.id({ description: 'ID of the source that follows the URL.', resolve: (error) => encodeGlobalID('Source', error.sourceId) }),
  }),
});

builder.objectType(UnreachableError, {
  name: 'UnreachableError',
  description: 'The host did not answer: its name does not resolve, it refuses connections, or it ran past the time limit.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof UnreachableError,
});

builder.objectType(FetchFailedError, {
  name: 'FetchFailedError',
  description: 'The host answered, but not usably: an error status, too large, too many redirects, not a feed of the kind given, no article.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof FetchFailedError,
});

/** The error types of mutations that fetch from the web. */
export const fetchErrors = [...mutationErrors, InvalidUrlError, UnreachableError, FetchFailedError];

/** A row a mutation has just written; its absence is a bug, not a client error. */
export async function findCreated<T>(row: Promise<T | undefined>, what: string, id: number): Promise<T> {
  const found = await row;
  if (found === undefined) throw new Error(`${what} ${id} vanished right after it was written`);
  return found;
}
