import { InvalidRequestError, NotFoundError, ParleyError } from '../services/errors.js';
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

/** A row a mutation has just written; its absence is a bug, not a client error. */
export async function findCreated<T>(row: Promise<T | undefined>, what: string, id: number): Promise<T> {
  const found = await row;
  if (found === undefined) throw new Error(`${what} ${id} vanished right after it was written`);
  return found;
}
