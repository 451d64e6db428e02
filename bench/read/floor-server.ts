/**
 * The floor target: plain node:http, postgres.js (prepared statements, pool of 10) and one
 * hand-written SQL per operation (floor-sql.ts). GET /<operation>?arg=… answers the JSON
 * Postgres built. Env: DATABASE_URL, PORT.
 */
import { createServer } from 'node:http';
import postgres from 'postgres';
import { floorSql, operationNames } from './floor-sql.js';

const sql = postgres(process.env.DATABASE_URL ?? '', { max: 10, onnotice: () => {} });

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://floor');
  const name = operationNames.find((op) => `/${op}` === url.pathname);
  if (!name) {
    response.writeHead(404).end();
    return;
  }
  const arg = url.searchParams.get('arg');
  sql.unsafe<{ answer: string }[]>(floorSql[name], arg === null ? [] : [arg], { prepare: true }).then(
    ([row]) => {
      response.writeHead(row ? 200 : 404, { 'content-type': 'application/json' }).end(row?.answer ?? 'null');
    },
    (error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    },
  );
});

const stop = () => {
  server.close();
  void sql.end({ timeout: 1 }).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log('floor ready'));
