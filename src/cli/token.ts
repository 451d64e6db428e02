import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { createToken, isTokenScope, listTokens, revokeToken, type TokenScope, tokenScopes } from '../services/tokens.js';

const usage = `usage:
  npm run token -- create --scope ingest|admin [--scope …] [--name NAME] [--expires-in-days N]
  npm run token -- revoke ID
  npm run token -- list`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    scope: { type: 'string', multiple: true },
    name: { type: 'string' },
    'expires-in-days': { type: 'string' },
  },
});
const [command, argument] = positionals;

function scopesOf(given: string[] | undefined): TokenScope[] {
  if (!given?.length) fail('create needs at least one --scope');
  const scopes = given.filter(isTokenScope);
  const unknown = given.filter((scope) => !isTokenScope(scope));
  if (unknown.length > 0) fail(`unknown scope ${unknown.join(', ')}; expected ${tokenScopes.join(' or ')}`);
  return scopes;
}

function expiryOf(days: string | undefined): Date | null {
  if (days === undefined) return null;
  const n = Number(days);
  if (!Number.isFinite(n) || n <= 0) fail('--expires-in-days must be a positive number');
  return new Date(Date.now() + n * 86_400_000);
}

if (command !== 'create' && command !== 'revoke' && command !== 'list') fail(`unknown command "${command ?? ''}"`);

const config = loadConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR });
try {
  if (command === 'create') {
    const scopes = scopesOf(values.scope);
    const token = await createToken(database.db, { name: values.name ?? scopes.join('+'), scopes, expiresAt: expiryOf(values['expires-in-days']) });
    console.log(`Created token ${token.id} (${scopes.join(', ')}). Store it now; it is not shown again:\n${token.secret}`);
  } else if (command === 'revoke') {
    const id = Number(argument);
    if (!Number.isSafeInteger(id)) fail('revoke needs a numeric token ID (see `npm run token -- list`)');
    console.log((await revokeToken(database.db, id)) ? `Revoked token ${id}.` : `No live token ${id}.`);
  } else {
    for (const t of await listTokens(database.db)) {
      const state = t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt < new Date() ? 'expired' : 'live';
      console.log(`${t.id}\t${state}\t${t.scopes.join(',')}\t${t.name}`);
    }
  }
} finally {
  await database.close();
}
