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

/** A URL Parley cannot follow: not http(s), carrying credentials, or on a private address. */
export class InvalidUrlError extends ParleyError {
  constructor(message: string) {
    super(message, 'INVALID_URL');
  }
}

/** A source with this URL is already followed. */
export class DuplicateSourceError extends ParleyError {
  constructor(
    url: string,
    /** the source that already follows the URL */
    readonly sourceId: number,
  ) {
    super(`${url} is already followed`, 'DUPLICATE_SOURCE');
  }
}

/** The host did not answer: its name does not resolve, it refuses connections, or it ran past the time limit. */
export class UnreachableError extends ParleyError {
  constructor(message: string) {
    super(message, 'UNREACHABLE');
  }
}

/** The host answered, but not with something usable: an error status, too large, too many redirects, no feed or article. */
export class FetchFailedError extends ParleyError {
  constructor(message: string) {
    super(message, 'FETCH_FAILED');
  }
}
