/**
 * A counting TCP proxy in front of PostgreSQL, so SQL statements and round trips per request
 * are counted the same way for every target, whatever client library it uses (postgres.js,
 * pg) and without pg_stat_statements (not preloaded on a shared server). It reads only the
 * frontend (client → server) messages of the v3 wire protocol:
 * - a statement is a simple Query ('Q') or an extended-protocol Execute ('E');
 * - a round trip is a point where the client waits for the server: a Sync ('S'), a Flush ('H')
 *   or a simple Query. (postgres.js sends an unprepared statement with parameters as
 *   Parse/Describe/Flush, waits for the parameter types, then Bind/Execute/Sync: 1 statement,
 *   2 round trips; pg flushes only when it pages a cursor, where it waits too.)
 */
import net from 'node:net';

export interface WireCounts {
  statements: number;
  roundTrips: number;
}

export interface WireCounter {
  port: number;
  counts: WireCounts;
  reset(): void;
  close(): Promise<void>;
}

/** Startup-phase messages have no type byte; SSLRequest and GSSENCRequest come before the real startup. */
const sslRequest = 80_877_103;
const gssRequest = 80_877_104;

function countingParser(counts: WireCounts) {
  let buffer: Buffer = Buffer.alloc(0);
  let started = false;
  return (chunk: Buffer) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        if (code !== sslRequest && code !== gssRequest) started = true;
        buffer = buffer.subarray(length);
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < length + 1) return;
      const type = String.fromCharCode(buffer[0] ?? 0);
      if (type === 'Q') {
        counts.statements++;
        counts.roundTrips++;
      } else if (type === 'E') counts.statements++;
      else if (type === 'S' || type === 'H') counts.roundTrips++;
      buffer = buffer.subarray(length + 1);
    }
  };
}

export async function startWireCounter(upstreamHost: string, upstreamPort: number): Promise<WireCounter> {
  const counts: WireCounts = { statements: 0, roundTrips: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, upstreamHost);
    sockets.add(client).add(upstream);
    const parse = countingParser(counts);
    client.on('data', (chunk: Buffer) => {
      parse(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('wire counter has no port');
  return {
    port: address.port,
    counts,
    reset: () => {
      counts.statements = 0;
      counts.roundTrips = 0;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
