/**
 * Soak: one Parley process at the default limits under 60 s of queries, ingests and 1 000
 * live subscribers. Reports errors, lost events and the server's RSS over time.
 * Usage: npm run bench:soak [-- SECONDS [SUBSCRIBERS]]   (DATABASE_URL selects the engine)
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import WebSocket from 'ws';

const seconds = Number(process.argv[2] ?? 60);
const subscriberCount = Number(process.argv[3] ?? 1000);
/** Under the default 120 mutations per minute and token. */
const ingestEveryMs = 600;
const queryWorkers = 4;

const server = fork(new URL('./soak-server.ts', import.meta.url), [], { execArgv: ['--import', 'tsx', '--expose-gc'] });
const ready = await new Promise<{ port: number; token: string }>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  server.on('message', (message: { type: string; port: number; token: string }) => message.type === 'ready' && resolve(message));
});
const rss = () =>
  new Promise<number>((resolve) => {
    const onMessage = (message: { type: string; rss: number }) => {
      if (message.type !== 'rss') return;
      server.off('message', onMessage);
      resolve(message.rss);
    };
    server.on('message', onMessage);
    server.send({ type: 'rss' });
  });

const url = `http://127.0.0.1:${ready.port}/graphql`;
const errors: string[] = [];
const received = new Map<number, number>();

function subscribe(): Promise<WebSocket> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url.replace('http', 'ws'), 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      const text = data.toString();
      if (text.includes('"connection_ack"')) {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { statementAdded { cursor node { seq text speaker { name } } } }' } }));
        resolve(socket);
        return;
      }
      if (text.includes('"errors"') || text.includes('"type":"error"')) errors.push(`subscriber: ${text.slice(0, 200)}`);
      const seq = /"seq":(\d+)/.exec(text)?.[1];
      if (seq) received.set(Number(seq), (received.get(Number(seq)) ?? 0) + 1);
    });
    socket.on('close', (code) => code !== 1000 && code !== 1001 && errors.push(`subscriber closed ${code}`));
    socket.on('error', (error) => errors.push(`subscriber: ${error.message}`));
  });
}

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (response.status !== 200 || body.errors) errors.push(`${response.status} ${JSON.stringify(body.errors).slice(0, 200)}`);
  return body;
}

const queries = [
  '{ statements(first: 10) { totalCount nodes { text kind speaker { name role } article { title } topics { name } } pageInfo { endCursor } } }',
  '{ search(query: "peace talks", first: 10) { rank node { __typename } } }',
  '{ stakeholders(first: 20, filter: { search: "pres" }) { nodes { name positions { nodes { stance topic { name } } } } } }',
  '{ topics { nodes { name stanceSummary { stance count } } } }',
  '{ articles(first: 5) { nodes { title statements(first: 5) { nodes { text } } } } }',
];

console.log(`soak: ${seconds} s, ${subscriberCount} subscribers, engine ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}`);
const sockets: WebSocket[] = [];
for (let i = 0; i < subscriberCount; i += 50) sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, subscriberCount - i) }, subscribe))));

const samples: { at: number; rssMb: number }[] = [];
const started = Date.now();
const running = () => Date.now() - started < seconds * 1000;
let queriesRun = 0;
let ingested = 0;
const sampler = (async () => {
  while (running()) {
    samples.push({ at: Math.round((Date.now() - started) / 1000), rssMb: Math.round((await rss()) / 1e5) / 10 });
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
})();
const queryLoops = Array.from({ length: queryWorkers }, async (_, worker) => {
  for (let i = worker; running(); i += queryWorkers) {
    await post(queries[i % queries.length] ?? '');
    queriesRun += 1;
  }
});
const ingestLoop = (async () => {
  for (let n = 0; running(); n += 1) {
    const body = [`Vladimir Putin said: “Soak article ${n}, first statement.”`, `Donald Trump said: “Soak article ${n}, second statement.”`].join('\n\n');
    await post('mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }', { input: { title: `Soak ${n}`, body } }, { authorization: `Bearer ${ready.token}` });
    ingested += 1;
    await new Promise((resolve) => setTimeout(resolve, ingestEveryMs));
  }
})();
await Promise.all([...queryLoops, ingestLoop, sampler]);

// Let the last events arrive, then count what every subscriber should have had.
const seqs = await post('{ statements(first: 100) { totalCount } }');
const total = (seqs.data as { statements: { totalCount: number } }).statements.totalCount;
const deadline = Date.now() + 15_000;
const delivered = () => [...received.values()].reduce((sum, n) => sum + n, 0);
while (delivered() < total * subscriberCount && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
samples.push({ at: Math.round((Date.now() - started) / 1000), rssMb: Math.round((await rss()) / 1e5) / 10 });
const lost = total * subscriberCount - delivered();

console.log(JSON.stringify({ seconds, subscribers: subscriberCount, queries: queriesRun, articlesIngested: ingested, statements: total, eventsDelivered: delivered(), lost, errors: errors.length, firstErrors: errors.slice(0, 5), rssMb: samples }, null, 1));
for (const socket of sockets) socket.close();
server.send({ type: 'stop' });
process.exitCode = errors.length === 0 && lost === 0 ? 0 : 1;
