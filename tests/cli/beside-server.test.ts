import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const adminToken = 'beside-server-admin-token-0123456789';
let folder: string;
let dataDir: string;
let articleFile: string;

/** A port nothing listens on (the OS picks it; it is let go again at once). */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

const environment = (port: number, extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: '',
  DATA_DIR: dataDir,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  SOURCES_POLL: 'false',
  PARLEY_TOKEN: '',
  ...extra,
});

/** `npm start` as a real process, resolved once /health answers. */
async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env: environment(port, { PARLEY_ADMIN_TOKEN: adminToken }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  for (let waited = 0; waited < 90_000; waited += 250) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}): ${output}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (healthy) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill('SIGKILL');
  throw new Error(`the server did not become healthy: ${output}`);
}

async function stopServer(server: ChildProcess): Promise<number | null> {
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  const [code] = await exited;
  return code as number | null;
}

/** A CLI (or `npm start`) as its own process; resolves with its exit code and output either way. */
async function command(script: string, args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

async function graphql(port: number, query: string, token: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const articlesTitled = async (port: number, title: string) => {
  const { data, errors } = await graphql(port, `{ articles(first: 5, filter: { search: ${JSON.stringify(title)} }) { nodes { title } } }`, adminToken);
  expect(errors).toBeUndefined();
  return JSON.stringify(data);
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parley-beside-'));
  dataDir = join(folder, 'data');
  articleFile = join(folder, 'harbour.txt');
  await writeFile(articleFile, 'Harbour pilots strike over night shifts\n\n"We will not sail another night shift without a second pilot," said Anna Berg, who leads the pilots\' union.\n');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('CLIs beside a running embedded server', () => {
  it('refuse the held data directory with one line, work through --server, and the server restarts cleanly', async () => {
    const port = await freePort();
    let server = await startServer(port);
    try {
      const lock = JSON.parse(await readFile(join(dataDir, 'parley.lock'), 'utf8')) as { pid: number; role: string };
      expect(lock).toMatchObject({ pid: server.pid, role: 'server', port });

      for (const [script, args] of [['src/cli/token.ts', ['create', '--scope', 'ingest']], ['src/cli/ingest.ts', [articleFile]], ['src/cli/seed.ts', []], ['src/cli/reextract.ts', []], ['src/cli/sources.ts', ['list']]] as const) {
        const refused = await command(script, [...args], environment(port));
        expect(refused.code, script).toBe(1);
        expect(refused.stderr.trim().split('\n'), script).toHaveLength(1);
        expect(refused.stderr).toContain(`${dataDir} is in use by a Parley server on port ${port} (pid ${server.pid}): stop it, or set DATABASE_URL`);
      }
      const refusedIngest = await command('src/cli/ingest.ts', [articleFile], environment(port));
      expect(refusedIngest.stderr).toContain(`--server http://localhost:${port}/graphql --token TOKEN`);
      expect(await articlesTitled(port, 'Harbour pilots')).not.toContain('Harbour pilots');

      // The same commands through the server's API.
      const url = `http://127.0.0.1:${port}/graphql`;
      const created = await command('src/cli/token.ts', ['create', '--scope', 'ingest', '--name', 'feeder', '--server', url, '--token', adminToken], environment(port));
      expect(created.code, created.stderr).toBe(0);
      const secret = created.stdout.trim().split('\n').at(-1) ?? '';
      expect(secret).toMatch(/^prl_/);
      const ingested = await command('src/cli/ingest.ts', ['--server', url, articleFile], environment(port, { PARLEY_TOKEN: secret }));
      expect(ingested.code, ingested.stderr).toBe(0);
      expect(ingested.stdout).toMatch(/^\[1\/1\] harbour\.txt: stored as article \d+: \d+ statements, \d+ positions/);
      const again = await command('src/cli/ingest.ts', ['--server', url, '--token', secret, articleFile], environment(port));
      expect(again.stdout).toMatch(/already stored as article \d+, unchanged/);
      expect(await articlesTitled(port, 'Harbour pilots')).toContain('Harbour pilots strike over night shifts');

      const wrongToken = await command('src/cli/ingest.ts', ['--server', url, '--token', 'prl_not-a-token', articleFile], environment(port));
      expect(wrongToken.code).toBe(1);
      expect(wrongToken.stderr).toMatch(/failed, nothing stored: UNAUTHENTICATED: /);
      const notAdmin = await command('src/cli/token.ts', ['create', '--scope', 'admin', '--server', url, '--token', secret], environment(port));
      expect(notAdmin.code).toBe(1);
      expect(notAdmin.stderr.trim()).toBe('token: FORBIDDEN: This token lacks the scope this operation needs.');

      // A second server: the busy port first, before the data directory is looked at; then the lock.
      const samePort = await command('src/index.ts', [], environment(port));
      expect(samePort).toMatchObject({ code: 1, stderr: `port ${port} is in use\n` });
      const otherPort = await command('src/index.ts', [], environment(await freePort()));
      expect(otherPort.code).toBe(1);
      expect(otherPort.stderr.trim()).toBe(`${dataDir} is in use by a Parley server on port ${port} (pid ${server.pid}): stop it, or set DATABASE_URL to share a PostgreSQL server`);
      expect(JSON.parse(await readFile(join(dataDir, 'parley.lock'), 'utf8'))).toMatchObject({ pid: server.pid });
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
    await expect(access(join(dataDir, 'parley.lock'))).rejects.toThrow();

    // Restart with the same PARLEY_ADMIN_TOKEN: no duplicate key, and everything is still there.
    server = await startServer(port);
    try {
      expect(await articlesTitled(port, 'Harbour pilots')).toContain('Harbour pilots strike over night shifts');
      const listed = await graphql(port, '{ __typename }', adminToken);
      expect(listed.errors).toBeUndefined();
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
    const tokens = await command('src/cli/token.ts', ['list'], environment(port));
    expect(tokens.stdout).toMatch(/^\d+\tlive\tadmin\tPARLEY_ADMIN_TOKEN$/m);
    expect(tokens.stdout).toMatch(/^\d+\tlive\tingest\tfeeder$/m);
  }, 300_000);

  it('takes over the lock a dead process left behind', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await once(dead, 'exit');
    const own = await mkdtemp(join(folder, 'stale-'));
    await writeFile(join(own, 'parley.lock'), JSON.stringify({ pid: dead.pid, started: '1', role: 'server', port: 1, nonce: 'left-behind' }));
    const created = await command('src/cli/token.ts', ['create', '--scope', 'ingest', '--name', 'after-takeover'], environment(await freePort(), { DATA_DIR: own }));
    expect(created.code, created.stderr).toBe(0);
    const listed = await command('src/cli/token.ts', ['list'], environment(await freePort(), { DATA_DIR: own }));
    expect(listed.stdout).toMatch(/^\d+\tlive\tingest\tafter-takeover$/m);
    await expect(access(join(own, 'parley.lock'))).rejects.toThrow();
  }, 120_000);

  it('a recycled pid (alive, started at another time) does not hold the lock', async () => {
    const own = await mkdtemp(join(folder, 'recycled-'));
    await writeFile(join(own, 'parley.lock'), JSON.stringify({ pid: process.pid, started: 'another-start', role: 'server', port: 1, nonce: 'recycled' }));
    const listed = await command('src/cli/token.ts', ['list'], environment(await freePort(), { DATA_DIR: own }));
    expect(listed.code, listed.stderr).toBe(0);
  }, 120_000);
});

describe('npm start on a busy port', () => {
  it('says so in one line and exits 1 without creating or opening the data directory', async () => {
    const holder = createServer().listen(0, '127.0.0.1');
    await once(holder, 'listening');
    const address = holder.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    const untouched = join(folder, 'never-created');
    try {
      const started = await command('src/index.ts', [], { ...environment(address.port), DATA_DIR: untouched });
      expect(started).toMatchObject({ code: 1, stdout: '', stderr: `port ${address.port} is in use\n` });
    } finally {
      holder.close();
    }
    await expect(access(untouched)).rejects.toThrow();
  }, 60_000);
});
