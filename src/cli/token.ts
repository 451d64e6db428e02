import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/client.js';
import { createToken, isTokenScope, listTokens, revokeToken, type TokenScope, tokenScopes } from '../services/tokens.js';
import { callServer, ServerApiError, serverTarget, type ServerTarget } from './server-api.js';
import { exitWith, openCliDatabase, readConfig } from './setup.js';

const usage = `usage:
  npm run token -- create --scope ingest|admin [--scope …] [--name NAME] [--expires-in-days N]
  npm run token -- create … --server http://localhost:4000/graphql --token ADMIN_TOKEN   (through a running server)
  npm run token -- revoke ID
  npm run token -- list
  (revoke and list take --server URL --token ADMIN_TOKEN too)
(in the Docker image: node dist/cli/token.js …)`;

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
    server: { type: 'string' },
    token: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [command, argument] = positionals;

if (values.help) {
  console.log(usage);
  process.exit(0);
}

function scopesOf(given: string[] | undefined): TokenScope[] {
  if (!given?.length) fail('create needs at least one --scope');
  const scopes = given.filter(isTokenScope);
  const unknown = given.filter((scope) => !isTokenScope(scope));
  if (unknown.length > 0) fail(`unknown scope ${unknown.join(', ')}; expected ${tokenScopes.join(' or ')}`);
  return scopes;
}

function daysOf(days: string | undefined): number | null {
  if (days === undefined) return null;
  const n = Number(days);
  if (!Number.isFinite(n) || n <= 0) fail('--expires-in-days must be a positive number');
  return n;
}

const announce = (id: number, scopes: TokenScope[], secret: string) =>
  console.log(`Created token ${id} (${scopes.join(', ')}). Store it now; it is not shown again:\n${secret}`);

const createMutation = `mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    __typename
    ... on CreatedApiToken { id secret }
    ... on Error { code message }
  }
}`;

async function createThrough(target: ServerTarget, scopes: TokenScope[], days: number | null) {
  if (days !== null && !Number.isInteger(days)) fail('--expires-in-days must be a whole number with --server');
  const input = { scopes: scopes.map((scope) => scope.toUpperCase()), name: values.name, expiresInDays: days ?? undefined };
  const token = await callServer(target, createMutation, { input }, 'createApiToken', z.object({ id: z.number(), secret: z.string() }));
  announce(token.id, scopes, token.secret);
}

const listQuery = `query ApiTokens { apiTokens { id name scopes expiresAt revokedAt } }`;
const listed = z.array(
  z.object({ id: z.number(), name: z.string(), scopes: z.array(z.string()), expiresAt: z.string().nullable(), revokedAt: z.string().nullable() }),
);

const revokeMutation = `mutation RevokeApiToken($id: Int!) {
  revokeApiToken(id: $id) {
    __typename
    ... on RevokedApiToken { id revoked }
    ... on Error { code message }
  }
}`;

/** One line per token: id, state, scopes, name (tab-separated, the same with or without --server). */
function printTokens(tokens: { id: number; name: string; scopes: string[]; expiresAt: Date | null; revokedAt: Date | null }[]) {
  for (const t of tokens) {
    const state = t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt < new Date() ? 'expired' : 'live';
    console.log(`${t.id}\t${state}\t${t.scopes.join(',')}\t${t.name}`);
  }
}

const revokedLine = (id: number, revoked: boolean) => (revoked ? `Revoked token ${id}.` : `No live token ${id}.`);

function revokeId(): number {
  const id = Number(argument);
  if (!Number.isSafeInteger(id)) fail('revoke needs a numeric token ID (see `npm run token -- list`)');
  return id;
}

async function runThrough(target: ServerTarget) {
  if (command === 'create') {
    await createThrough(target, scopesOf(values.scope), daysOf(values['expires-in-days']));
  } else if (command === 'revoke') {
    const id = revokeId();
    const { revoked } = await callServer(target, revokeMutation, { id }, 'revokeApiToken', z.object({ revoked: z.boolean() }));
    console.log(revokedLine(id, revoked));
  } else {
    const tokens = await callServer(target, listQuery, {}, 'apiTokens', listed);
    const date = (value: string | null) => (value === null ? null : new Date(value));
    printTokens(tokens.map((t) => ({ ...t, scopes: t.scopes.map((scope) => scope.toLowerCase()), expiresAt: date(t.expiresAt), revokedAt: date(t.revokedAt) })));
  }
}

async function runLocally(database: DatabaseHandle) {
  if (command === 'create') {
    const scopes = scopesOf(values.scope);
    const days = daysOf(values['expires-in-days']);
    const token = await createToken(database.db, { name: values.name ?? scopes.join('+'), scopes, expiresAt: days === null ? null : new Date(Date.now() + days * 86_400_000) });
    announce(token.id, scopes, token.secret);
  } else if (command === 'revoke') {
    const id = revokeId();
    console.log(revokedLine(id, await revokeToken(database.db, id)));
  } else {
    printTokens(await listTokens(database.db));
  }
}

if (command !== 'create' && command !== 'revoke' && command !== 'list') fail(`unknown command "${command ?? ''}"`);

const config = readConfig();
let target: ServerTarget | null = null;
try {
  target = serverTarget(values.server, values.token ?? config.PARLEY_TOKEN);
} catch (error) {
  if (error instanceof ServerApiError) fail(error.message);
  throw error;
}
if (target) {
  await runThrough(target).catch((error: unknown) => {
    if (error instanceof ServerApiError) exitWith(`token: ${error.message}`);
    throw error;
  });
} else {
  const database = await openCliDatabase(config, { viaServer: true });
  try {
    await runLocally(database);
  } finally {
    await database.close();
  }
}
