import { type Config, ConfigError, loadConfig } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../db/client.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';

/** Prints the one line an operator needs and exits 1: for expected failures, not bugs. */
export function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The configuration, or every invalid variable listed and exit 1 (no stack). */
export function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
}

/**
 * The configured database for a CLI. An embedded data directory a server (or another CLI)
 * holds is refused with one line naming that process; `viaServer` says the command can do its
 * work through the server's API instead, so the line says how.
 */
export async function openCliDatabase(config: Config, { viaServer = false } = {}): Promise<DatabaseHandle> {
  try {
    return await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const { holder } = error;
    const api = viaServer && holder.role === 'server' ? `, or pass --server http://localhost:${holder.port ?? config.PORT}/graphql --token TOKEN` : '';
    exitWith(`${error.message}${api}`);
  }
}
