/** An expected failure a client can act on; the API shows it as a typed error with this code. */
export class ParleyError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A referenced row does not exist. */
export class NotFoundError extends ParleyError {
  constructor(what: string, ref: string) {
    super(`${what} "${ref}" does not exist`, 'NOT_FOUND');
  }
}

/** The request is well-formed but cannot be carried out as asked. */
export class InvalidRequestError extends ParleyError {
  constructor(message: string) {
    super(message, 'INVALID_REQUEST');
  }
}
