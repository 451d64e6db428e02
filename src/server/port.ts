import { createServer } from 'node:net';

/** The port cannot be listened on; `message` is the one line an operator needs. */
export class PortUnavailableError extends Error {
  readonly code = 'PORT_UNAVAILABLE';
  constructor(
    readonly port: number,
    reason: string | undefined,
  ) {
    super(reason === 'EACCES' ? `port ${port} needs privileges this process lacks` : `port ${port} is in use`);
    this.name = 'PortUnavailableError';
  }
}

/** The listen error as a PortUnavailableError when it is one (in use, or not permitted). */
export function portError(error: unknown, port: number): unknown {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'EADDRINUSE' || code === 'EACCES' ? new PortUnavailableError(port, code) : error;
}

/**
 * Listens on the port and lets it go again, so a busy port fails start-up before the database
 * is opened (an embedded data directory must not be touched by a server that cannot serve).
 * Resolves with the port to serve: port 0 (any free port) becomes the one the OS handed out, so
 * the data directory's lock and the log name the port the server actually listens on.
 */
export async function checkPortFree(port: number, host: string): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(portError(error, port)));
    probe.listen({ port, host, exclusive: true }, () => resolve());
  });
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : port;
}
