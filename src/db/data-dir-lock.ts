import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PGlite is a single-process engine: two processes on one data directory each keep their own
 * view of it and overwrite each other's files (rows lost, sequences behind their tables). So
 * whoever opens a data directory first holds `parley.lock` in it until it closes.
 *
 * Not `proper-lockfile`: its locks go stale by age (the holder must keep touching them), which
 * says nothing about *who* holds one; here a lock names its process, so a refusal can say which
 * one to stop, and staleness is exact: the recorded process is gone, or its pid was recycled
 * (the start time differs).
 */
export interface LockHolder {
  pid: number;
  /** Identity of the process beside its pid (Linux: start time in clock ticks since boot). */
  started: string;
  /** What holds it, for the refusal message: `server` or the command line's name. */
  role: string;
  /** The holder's HTTP port, when it is a server (the CLIs can use its API instead). */
  port?: number | undefined;
  /** Tells two locks of the same process apart (a lock file replaced under a reader). */
  nonce: string;
}

/** The data directory is open in another live process. */
export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const who = holder.role === 'server' ? `a Parley server${holder.port === undefined ? '' : ` on port ${holder.port}`}` : holder.role;
    super(`${dataDir} is in use by ${who} (pid ${holder.pid}): stop it, or set DATABASE_URL to share a PostgreSQL server`);
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

const lockName = 'parley.lock';

/** This process's identity beside its pid, or '' where the platform does not expose one. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name (field 2) may hold spaces, so count after its ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch (error) {
    if (process.platform === 'linux' && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return '';
  }
}

/** Whether the process a lock names still runs (and is the same process, not a recycled pid). */
function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStart(holder.pid);
  if (started === null) return false;
  return started === '' || holder.started === '' || started === holder.started;
}

function parse(text: string): LockHolder | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, started, role, port, nonce } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof started !== 'string' || typeof role !== 'string' || typeof nonce !== 'string') return null;
    return { pid, started, role, nonce, port: typeof port === 'number' ? port : undefined };
  } catch {
    return null;
  }
}

async function readHolder(path: string): Promise<LockHolder | 'missing' | 'unreadable'> {
  try {
    return parse(await readFile(path, 'utf8')) ?? 'unreadable';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/**
 * Takes the lock of an existing data directory, or throws DataDirLockedError naming the live
 * holder. The lock file appears whole (written aside, then hard-linked into place: `link` fails
 * if the name exists), and a stale one is moved aside by `rename` (only one process can move a
 * given file), checked to be the stale one read, and removed; so two processes taking over the
 * same stale lock cannot both win.
 */
export async function lockDataDir(dataDir: string, who: { role: string; port?: number | undefined }): Promise<DataDirLock> {
  const path = join(dataDir, lockName);
  const mine: LockHolder = { pid: process.pid, started: processStart(process.pid) ?? '', role: who.role, port: who.port, nonce: randomUUID() };
  const draft = `${path}.${mine.nonce}`;
  await writeFile(draft, JSON.stringify(mine), { flag: 'wx' });
  try {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      try {
        await link(draft, path);
        return held(path, mine.nonce);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(path);
      if (holder === 'missing') continue;
      if (holder !== 'unreadable' && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      await removeStale(path, holder === 'unreadable' ? null : holder.nonce, mine.nonce);
    }
    throw new Error(`could not take the lock of ${dataDir}: it keeps changing hands`);
  } finally {
    await unlink(draft).catch(() => {});
  }
}

/** Moves a stale lock aside; if what moved is not the stale lock read (a fresh one took its place), puts it back. */
async function removeStale(path: string, staleNonce: string | null, myNonce: string): Promise<void> {
  const aside = `${path}.stale-${myNonce}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readHolder(aside);
  const wasStale = moved === 'unreadable' ? staleNonce === null : moved !== 'missing' && moved.nonce === staleNonce;
  if (!wasStale) await link(aside, path).catch(() => {});
  await unlink(aside).catch(() => {});
}

/** Our lock: removed on release, and on exit if the process ends without releasing it. */
function held(path: string, nonce: string): DataDirLock {
  const isOurs = () => {
    try {
      return parse(readFileSync(path, 'utf8'))?.nonce === nonce;
    } catch {
      return false;
    }
  };
  const onExit = () => {
    if (isOurs()) unlinkSync(path);
  };
  process.on('exit', onExit);
  return {
    async release() {
      process.off('exit', onExit);
      if (isOurs()) await unlink(path).catch(() => {});
    },
  };
}
