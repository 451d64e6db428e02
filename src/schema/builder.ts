import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { DateTimeResolver, SafeIntResolver } from 'graphql-scalars';
import { createGraphQLError } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import { relations } from '../db/relations.js';

/** Per-request context shared by HTTP, SSE and WebSocket operations. */
export interface Context {
  db: Database;
}

export interface PothosTypes {
  Context: Context;
  DrizzleRelations: typeof relations;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    SafeInt: { Input: number; Output: number };
  };
}

/** The largest page a connection serves; `first`/`last` above it are clamped. */
export const maxPageSize = 100;

export const builder = new SchemaBuilder<PothosTypes>({
  plugins: [RelayPlugin, ValidationPlugin, DrizzlePlugin],
  // Fields are non-null unless they say otherwise: clients should not null-check what cannot be null.
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: 20,
    maxConnectionSize: maxPageSize,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  validation: {
    validationError: (result) =>
      createGraphQLError(result.issues.map((issue) => issue.message).join('; '), {
        extensions: { code: 'BAD_USER_INPUT' },
      }),
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('SafeInt', SafeIntResolver);
builder.queryType({});
