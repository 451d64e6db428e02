import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin, { type StandardSchemaV1 } from '@pothos/plugin-validation';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { type GraphQLField, getNamedType, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { createGraphQLError } from 'graphql-yoga';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { EventHub } from '../events/hub.js';
import type { Extractor } from '../services/extraction.js';
import type { Fetcher } from '../sources/fetch.js';
import type { Viewer } from '../services/tokens.js';
import { relations } from '../db/relations.js';

/** Per-request context shared by HTTP, SSE and WebSocket operations. */
export interface Context {
  db: Database;
  /** the caller's API token, or null for anonymous (read-only) access */
  viewer: Viewer | null;
  /** the process-wide live event hub */
  events: EventHub;
  /** turns an article into an extraction off the event loop (the server's worker pool) */
  extract: Extractor;
  /** how sources are fetched and what intervals they may have */
  sources: SourceAccess;
}

/** What the source mutations need from the server: its fetcher and interval settings. */
export interface SourceAccess {
  fetcher: Fetcher;
  /** shortest poll interval accepted, in seconds */
  minIntervalS: number;
  /** interval of a source added without one, in seconds */
  defaultIntervalS: number;
}

export interface PothosTypes {
  Context: Context;
  AuthScopes: { ingest: boolean; admin: boolean };
  DrizzleRelations: typeof relations;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    SafeInt: { Input: number; Output: number };
  };
}

function issuePath(issue: StandardSchemaV1.Issue): string {
  const path = (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.');
  return path ? `${path}: ` : '';
}

/** A connection's page when neither `first` nor `last` is given. */
const defaultPageSize = 20;
/** The largest page a connection serves; a larger `first`/`last` is a BAD_USER_INPUT error. */
export const maxPageSize = 100;
const pageSize = z.number().int().min(0, 'must not be negative').max(maxPageSize, `must be at most ${maxPageSize}: page on with \`after\`/\`before\``);
const pageSizeDescription = (end: string) => `The ${end} n items, 0 to ${maxPageSize}; default ${defaultPageSize}.`;

const isList = (type: GraphQLOutputType): boolean => isListType(type) || (isNonNullType(type) && isList(type.ofType));

/**
 * What a field costs (see server/limits.ts): 1, and its selection counted once per row it can
 * return. A connection returns up to `first`/`last` rows (clamped as the connection clamps
 * them), so its `nodes`/`edges` count once; other lists count `first`, their ids, or 10.
 */
function fieldComplexity(args: Record<string, unknown>, _ctx: Context, field: GraphQLField<unknown, Context, Record<string, unknown>>) {
  const requested = [args.first, args.last].find((n): n is number => typeof n === 'number');
  if (getNamedType(field.type).name.endsWith('Connection')) {
    return { field: 1, multiplier: Math.min(Math.max(requested ?? defaultPageSize, 0), maxPageSize) };
  }
  if (!isList(field.type)) return 1;
  if (field.name === 'nodes' || field.name === 'edges') return { field: 1, multiplier: Array.isArray(args.ids) ? args.ids.length : 1 };
  return { field: 1, multiplier: requested ?? 10 };
}

export const builder = new SchemaBuilder<PothosTypes>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, ValidationPlugin, DrizzlePlugin, ComplexityPlugin],
  // Limits are enforced per request by server/limits.ts; the plugin supplies the weights.
  complexity: { fieldComplexity },
  scopeAuth: {
    authScopes: ({ viewer }) => ({
      ingest: !!viewer && (viewer.scopes.includes('ingest') || viewer.scopes.includes('admin')),
      admin: !!viewer?.scopes.includes('admin'),
    }),
    // Missing credentials and insufficient scope are different fixes for the client.
    unauthorizedError: (_parent, { viewer }) =>
      viewer
        ? createGraphQLError('This token lacks the scope this operation needs.', { extensions: { code: 'FORBIDDEN' } })
        : createGraphQLError('Send `Authorization: Bearer <token>` to use mutations.', {
            extensions: { code: 'UNAUTHENTICATED' },
          }),
  },
  // Mutations answer their result type or a typed error directly: `... on Statement { text }`.
  errors: { directResult: true },
  // Fields are non-null unless they say otherwise: clients should not null-check what cannot be null.
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: defaultPageSize,
    maxConnectionSize: maxPageSize,
  },
  relay: {
    // A page larger than the server serves is refused rather than silently cut short.
    firstArgOptions: { description: pageSizeDescription('first'), validate: pageSize },
    lastArgOptions: { description: pageSizeDescription('last'), validate: pageSize },
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  validation: {
    validationError: (result) =>
      createGraphQLError(result.issues.map((issue) => `${issuePath(issue)}${issue.message}`).join('; '), {
        extensions: {
          code: 'BAD_USER_INPUT',
          issues: result.issues.map((issue) => ({ path: issuePath(issue).slice(0, -2), message: issue.message })),
        },
      }),
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('SafeInt', SafeIntResolver);
builder.queryType({});
builder.mutationType({});
