/**
 * Fan-out benchmark: N graphql-ws subscribers on one instance, M statements ingested;
 * reports commit-to-client latency (p50/p99), server memory per subscriber and lost events.
 * Usage: npm run bench:fanout [-- SUBSCRIBERS[,…] [STATEMENTS [PER_ARTICLE [PAUSE_MS]]]]
 * Defaults: 1000,5000,10000 subscribers, 50 statements, 1 statement per article, 100 ms apart.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import WebSocket from 'ws';
import type { RequestBody } from './fanout-server.js';

const sizes = (process.argv[2] ?? '1000,5000,10000').split(',').map(Number);
const statementsPerRun = Number(process.argv[3] ?? 50);
/** Statements committed together (one article); each is one event to every subscriber. */
const quotesPerArticle = Number(process.argv[4] ?? 1);
/** Time between two ingested articles. */
const articlePauseMs = Number(process.argv[5] ?? 100);
const wallClock = () => performance.timeOrigin + performance.now();

type Reply = { type: string; id?: number; port?: number; [key: string]: unknown };

function startServer() {
  const child = fork(new URL('./fanout-server.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : [])],
  });
  let nextId = 0;
  const pending = new Map<number, (reply: Reply) => void>();
  const ready = new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.on('message', (reply: Reply) => {
      if (reply.type === 'ready') resolve(reply.port ?? 0);
      else if (reply.id !== undefined) pending.get(reply.id)?.(reply);
    });
  });
  const ask = <T extends Reply>(request: RequestBody) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, (reply) => resolve(reply as T));
      child.send({ ...request, id });
    });
  return { ready, ask };
}

/**
 * A bare graphql-transport-ws client: one socket, one subscription, the seq read with a regex.
 * Thousands of full clients in one process would measure the client, not the server.
 */
function subscribe(port: number, onEvent: (seq: number) => void): WebSocket {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
  socket.on('message', (data) => {
    const text = data.toString();
    if (text.includes('"connection_ack"')) {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { statementAdded { cursor node { seq text } } }' } }));
      return;
    }
    const seq = /"seq":(\d+)/.exec(text)?.[1];
    if (seq) onEvent(Number(seq));
  });
  socket.on('error', () => {});
  return socket;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function run(subscribers: number) {
  const server = startServer();
  const port = await server.ready;
  const baseline = await server.ask<Reply & { heapUsed: number }>({ type: 'stats' });
  const latencies: number[] = [];
  const receivedAt = new Map<number, number[]>();
  const onEvent = (seq: number) => {
    const times = receivedAt.get(seq) ?? [];
    times.push(wallClock());
    receivedAt.set(seq, times);
  };
  const clients = Array.from({ length: subscribers }, () => subscribe(port, onEvent));
  let connected = await server.ask<Reply & { subscribers: number }>({ type: 'stats' });
  while (connected.subscribers < subscribers) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    connected = await server.ask<Reply & { subscribers: number }>({ type: 'stats' });
  }
  const loaded = await server.ask<Reply & { heapUsed: number }>({ type: 'stats' });

  const { commits } = await server.ask<Reply & { commits: [number, number][] }>({
    type: 'ingest',
    articles: Math.ceil(statementsPerRun / quotesPerArticle),
    quotes: quotesPerArticle,
    pauseMs: articlePauseMs,
  });
  const expected = commits.length * subscribers;
  const deadline = Date.now() + 60_000;
  const count = () => [...receivedAt.values()].reduce((n, t) => n + t.length, 0);
  while (count() < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const [seq, committedAt] of commits) for (const at of receivedAt.get(seq) ?? []) latencies.push(at - committedAt);
  latencies.sort((a, b) => a - b);

  for (const client of clients) client.close();
  await server.ask({ type: 'stop' });
  return {
    subscribers,
    statements: commits.length,
    'p50 ms': +percentile(latencies, 50).toFixed(1),
    'p99 ms': +percentile(latencies, 99).toFixed(1),
    'max ms': +(latencies.at(-1) ?? Number.NaN).toFixed(1),
    'KB/subscriber': +((loaded.heapUsed - baseline.heapUsed) / 1024 / subscribers).toFixed(1),
    lost: expected - count(),
  };
}

const results = [];
for (const size of sizes) results.push(await run(size));
console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
console.table(results);
