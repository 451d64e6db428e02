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

/** The port a data directory's lock records, once the lock is there. */
async function lockedPort(dir: string): Promise<number | undefined> {
  const text = await readFile(join(dir, 'parley.lock'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as { port?: number }).port;
}

/** `npm start` as a real process, resolved once /health answers (with PORT=0, on the port its lock records). */
async function startServer(port: number, dir = dataDir): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env: environment(port, { PARLEY_ADMIN_TOKEN: adminToken, DATA_DIR: dir }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  for (let waited = 0; waited < 90_000; waited += 250) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}): ${output}`);
    const served = port === 0 ? await lockedPort(dir) : port;
    const healthy = served !== undefined && served !== 0 && (await fetch(`http://127.0.0.1:${served}/health`).then((r) => r.ok, () => false));
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

      for (const [script, args] of [
        ['src/cli/token.ts', ['create', '--scope', 'ingest']],
        ['src/cli/token.ts', ['list']],
        ['src/cli/token.ts', ['revoke', '1']],
        ['src/cli/ingest.ts', [articleFile]],
        ['src/cli/seed.ts', []],
        ['src/cli/reextract.ts', []],
        ['src/cli/sources.ts', ['list']],
      ] as const) {
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

  it('with PORT=0 records the bound port; token list and revoke and reextract refuse, then work through --server', async () => {
    const own = await mkdtemp(join(folder, 'port-zero-'));
    const server = await startServer(0, own);
    const env = environment(0, { DATA_DIR: own });
    try {
      const port = (await lockedPort(own)) ?? 0;
      expect(port).toBeGreaterThan(0);
      const url = `http://127.0.0.1:${port}/graphql`;
      expect((await graphql(port, '{ __typename }', adminToken)).data).toEqual({ __typename: 'Query' });

      for (const args of [['token.ts', 'list'], ['token.ts', 'revoke', '1'], ['reextract.ts', '--all']]) {
        const [script = '', ...rest] = args;
        const refused = await command(`src/cli/${script}`, rest, env);
        expect(refused.code, args.join(' ')).toBe(1);
        expect(refused.stderr.trim(), args.join(' ')).toBe(
          `${own} is in use by a Parley server on port ${port} (pid ${server.pid}): stop it, or set DATABASE_URL to share a PostgreSQL server, or pass --server http://localhost:${port}/graphql --token TOKEN`,
        );
      }

      const asAdmin = ['--server', url, '--token', adminToken];
      const token = (...args: string[]) => command('src/cli/token.ts', args, env);
      const created = await token('create', '--scope', 'ingest', '--name', 'doomed', ...asAdmin);
      expect(created.code, created.stderr).toBe(0);
      const [, id] = /^Created token (\d+) /.exec(created.stdout) ?? [];
      const secret = created.stdout.trim().split('\n').at(-1) ?? '';
      const listed = await token('list', ...asAdmin);
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stdout).toMatch(/^\d+\tlive\tadmin\tPARLEY_ADMIN_TOKEN$/m);
      expect(listed.stdout).toContain(`${id}\tlive\tingest\tdoomed\n`);

      const forbidden = await command('src/cli/reextract.ts', ['--all', '--server', url, '--token', secret], env);
      expect(forbidden).toMatchObject({ code: 1, stderr: 'reextract: FORBIDDEN: This token lacks the scope this operation needs.\n' });
      const notAdmin = await token('list', '--server', url, '--token', secret);
      expect(notAdmin).toMatchObject({ code: 1, stderr: 'token: FORBIDDEN: This token lacks the scope this operation needs.\n' });

      expect((await token('revoke', id ?? '', ...asAdmin)).stdout).toBe(`Revoked token ${id}.\n`);
      expect((await token('revoke', id ?? '', ...asAdmin)).stdout).toBe(`No live token ${id}.\n`);
      expect((await token('list', ...asAdmin)).stdout).toContain(`${id}\trevoked\tingest\tdoomed\n`);
      const revoked = await token('list', '--server', url, '--token', secret);
      expect(revoked.code).toBe(1);
      expect(revoked.stderr).toMatch(/^token: UNAUTHENTICATED: [^\n]+\n$/);

      // The seed articles (loaded on the first start), one request and one line each.
      const { data } = await graphql(port, '{ articles { totalCount } }', adminToken);
      const stored = (data?.articles as { totalCount: number } | undefined)?.totalCount ?? 0;
      expect(stored).toBeGreaterThan(1);
      const all = await command('src/cli/reextract.ts', ['--all', ...asAdmin], env);
      expect(all.code, all.stderr).toBe(0);
      const lines = all.stdout.trim().split('\n');
      expect(lines.slice(0, -1)).toHaveLength(stored);
      for (const line of lines.slice(0, -1)) expect(line).toMatch(/^article \d+: \d+ kept, \d+ added, \d+ removed$/);
      expect(lines.at(-1)).toMatch(new RegExp(`^re-extracted ${stored} articles: \\d+ statements kept, \\d+ added, \\d+ removed$`));
      const outdated = await command('src/cli/reextract.ts', asAdmin, env);
      expect(outdated.stdout).toBe('re-extracted 0 articles: 0 statements kept, 0 added, 0 removed\n');
      const missing = await command('src/cli/reextract.ts', ['999999', ...asAdmin], env);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/^reextract: NOT_FOUND: [^\n]+\n$/);
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
    // What the server revoked is in its database, as the embedded CLI reads it after the stop.
    const after = await command('src/cli/token.ts', ['list'], env);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toMatch(/\trevoked\tingest\tdoomed$/m);
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
